#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 (installing Debian's package if needed)
# and prints the DATABASE_URL for it. Usage: eval "$(.ci/postgres.sh start DIR)"; .ci/postgres.sh stop DIR
set -euo pipefail
action=${1:?start|stop}; dir=${2:?data dir}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
case "$action" in
start)
  if [ -z "$bindir" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
  mkdir -p "$dir" && chown postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  runuser -u postgres -- "$bindir/initdb" -D "$dir/data" -A trust -U eo >/dev/null
  runuser -u postgres -- "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" start >&2
  runuser -u postgres -- "$bindir/createdb" -h 127.0.0.1 -p "$port" -U eo eo_test
  echo "export EO_TEST_POSTGRES_URL=postgresql://eo@127.0.0.1:$port/eo_test"
  ;;
stop)
  [ -d "$dir/data" ] && runuser -u postgres -- "$bindir/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
  ;;
esac
