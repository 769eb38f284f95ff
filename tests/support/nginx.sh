#!/usr/bin/env bash
# Serves a build (default dist/) with the production nginx configuration on the
# given port (default 4173), in the foreground, as the end-to-end tests' web server.
# Usage: nginx.sh [PORT] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${1:-4173}"
site="$(cd "${2:-$root/dist}" && pwd)"
run="$(mktemp -d)"
mkdir -p "$run/temp"
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
    root $site;
    include $root/deploy/nginx/broadsheet.conf;
    $include_brotli
  }
}
CONF
# security-headers.conf is included by a relative name, resolved against the config's folder.
cp "$root/deploy/nginx/security-headers.conf" "$run/security-headers.conf"
exec nginx -c "$run/nginx.conf" -g 'daemon off;'
