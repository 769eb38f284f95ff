#!/usr/bin/env bash
# Serves a build (default dist/) with the nginx configuration that build wrote
# (_deploy/nginx/broadsheet.conf, and its map of moved articles) on the given port (default 4173), in the
# foreground, as the end-to-end tests' web server. A build for a base path such
# as /broadsheet/ is served there and only there: nothing answers at /.
# Usage: nginx.sh [PORT] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${1:-4173}"
site="$(cd "${2:-$root/dist}" && pwd)"
config="$site/_deploy/nginx/broadsheet.conf"
base="$(sed -n 's/^location ^~ \(\/[^ ]*\) {$/\1/p' "$config" | head -n 1)"
if [ -z "$base" ]; then
  echo "nginx.sh: no base path in $config; build the site first" >&2
  exit 1
fi
# The server's root holds the build at its base path, as on a real host.
outside_base=""
if [ "$base" = "/" ]; then
  www="$site"
else
  outside_base="location / { return 404; }"
  # nginx's workers run as another user, who must be able to read the root through the link.
  www="$(mktemp -d)"
  chmod 755 "$www"
  mkdir -p "$(dirname "$www${base%/}")"
  ln -s "$site" "$www${base%/}"
fi
modules=/usr/lib/nginx/modules
load_brotli=""
include_brotli=""
if [ -f "$modules/ngx_http_brotli_filter_module.so" ] && [ -f "$modules/ngx_http_brotli_static_module.so" ]; then
  load_brotli="load_module $modules/ngx_http_brotli_filter_module.so; load_module $modules/ngx_http_brotli_static_module.so;"
  include_brotli="include $root/deploy/nginx/brotli.conf;"
fi
source "$root/tests/support/runNginx.sh"
run_nginx "$port" "
    root $www;
    include $config;
    $outside_base
    $include_brotli" "$load_brotli" "include $site/_deploy/nginx/moved-articles.conf;"
