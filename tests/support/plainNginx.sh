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
source "$(dirname "$0")/runNginx.sh"
run_nginx "$port" "
    root $dir;
    error_page 404 /404.html;
    location / {
      $cors
      try_files \$uri \$uri/index.html =404;
    }"
