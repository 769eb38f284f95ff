#!/usr/bin/env bash
# Serves a folder with nginx and none of the production configuration: no
# security headers, no caching rules. `--cors` lets pages on any origin read it.
# The tests use it as a host that cannot set headers, and as a second server.
# Usage: plainNginx.sh PORT DIR [--cors]
set -euo pipefail
port="$1"
dir="$(cd "$2" && pwd)"
cors=""
if [ "${3:-}" = "--cors" ]; then
  cors='add_header Access-Control-Allow-Origin "*" always;'
fi
run="$(mktemp -d)"
chmod 755 "$run"
mkdir -p "$run/temp"
cat > "$run/nginx.conf" <<CONF
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
    root $dir;
    error_page 404 /404.html;
    location / {
      $cors
      try_files \$uri \$uri/index.html =404;
    }
  }
}
CONF
exec nginx -c "$run/nginx.conf" -g 'daemon off;'
