#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team store's tests (issue 30): `start DIR` makes a cluster in DIR with a
# role and a database that need a password (scram-sha-256 over TCP, as a team's server would), starts it on a free
# local port and prints its postgresql:// address; `stop DIR` stops it. Uses Debian's binaries
# (install-test-deps.sh installs them); as root the cluster runs as the postgres user, which initdb requires.
set -euo pipefail

action=${1:?usage: postgres.sh start|stop DIR}
dir=${2:?usage: postgres.sh start|stop DIR}
bin=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_owner=()
[ "$(id -u)" -ne 0 ] || as_owner=(runuser -u postgres --)

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then # the postgres user must reach DIR inside a private scratch folder
      chmod o+x "$(dirname "$dir")"
      chown postgres "$dir"
    fi
    port=55432
    while (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; do port=$((port + 1)); done
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" > "$dir/password"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir/password"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/password" \
      > "$dir/initdb.log"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start > /dev/null
    PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE benchlens LOGIN PASSWORD '$password'" -c "CREATE DATABASE benchlens OWNER benchlens"
    echo "postgresql://benchlens:$password@127.0.0.1:$port/benchlens"
    ;;
  stop)
    # Stopping twice (the step, then the exit trap) is not an error: only a running server is stopped.
    [ ! -f "$dir/data/postmaster.pid" ] || "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null
    ;;
  *)
    echo "usage: postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
