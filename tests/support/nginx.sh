#!/usr/bin/env bash
# Serves a build (default dist/) with the nginx configuration that build wrote
# (_deploy/nginx/broadsheet.conf) on the given port (default 4173), in the
# foreground, as the end-to-end tests' web server. A build for a base path such
# as /broadsheet/ is served there and only there: nothing answers at /.
# Usage: nginx.sh [PORT] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${1:-4173}"
site="$(cd "${2:-$root/dist}" && pwd)"
run="$(mktemp -d)"
# nginx's workers run as another user, who must be able to read the root through the link.
chmod 755 "$run"
mkdir -p "$run/temp"
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
  www="$run/www"
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
cat > "$run/nginx.conf" <<CONF
$load_brotli
worker_processes 1;
error_log stderr warn;
pid $run/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $run/temp/body;
  proxy_temp_path $run/temp/proxy;
  fastcgi_temp_path $run/temp/fastcgi;
  uwsgi_temp_path $run/temp/uwsgi;
  scgi_temp_path $run/temp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $www;
    include $config;
    $outside_base
    $include_brotli
  }
}
CONF
exec nginx -c "$run/nginx.conf" -g 'daemon off;'
