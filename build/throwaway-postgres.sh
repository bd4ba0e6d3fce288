# Sourced by build/test.sh and build/bench-import.sh: installs PostgreSQL's server from Debian's packages where
# it is missing, then starts a throwaway cluster (its own folder, port and socket folder) that is stopped and
# removed when the calling script exits, on failure too. Sets PG_PORT.
# Durability is not what the callers check, so fsync is off: the suite and the benchmark run several times faster.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_bin=$(find_pg_bin)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "== Installing PostgreSQL from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  pg_bin=$(find_pg_bin)
fi

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
pg_work=$(mktemp -d /tmp/mrt-postgres.XXXXXX)
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres "$pg_work"
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_PORT=55432
while (echo >"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done

stop_throwaway_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_work"
}
trap stop_throwaway_postgres EXIT

echo "== Starting a throwaway PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on 127.0.0.1:$PG_PORT"
as_pg "$pg_bin/initdb" -D "$pg_work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pg_work/initdb.log" 2>&1 \
  || { cat "$pg_work/initdb.log"; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$pg_work/data" -l "$pg_work/postgres.log" -w -t 60 start \
  -o "-p $PG_PORT -k $pg_work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
  || { cat "$pg_work/postgres.log"; exit 1; }
