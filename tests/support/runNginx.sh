# Sourced by nginx.sh and plainNginx.sh: runs nginx in the foreground, as an
# unprivileged test server, with one server block listening on 127.0.0.1.
# Usage: run_nginx PORT "SERVER BLOCK BODY" ["TOP-LEVEL DIRECTIVES"] ["HTTP-LEVEL DIRECTIVES"]
run_nginx() {
  local port="$1" server_body="$2" top_level="${3:-}" http_level="${4:-}"
  local run
  run="$(mktemp -d)"
  # nginx's workers run as another user, who must be able to read what the server block names.
  chmod 755 "$run"
  mkdir -p "$run/temp"
  cat > "$run/nginx.conf" <<CONF
$top_level
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
  $http_level
  server {
    listen 127.0.0.1:$port;
    $server_body
  }
}
CONF
  exec nginx -c "$run/nginx.conf" -g 'daemon off;'
}
