#!/usr/bin/env bash
# Runs the integration tests against a real Debian PostgreSQL server instead of the embedded one (the production
# path): a throw-away cluster on a free port with a role and database with a random password, all removed on exit.
# Needs root and Debian's postgresql package (apt-get install postgresql). Run `mvn verify` once before.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]]; then
  echo "Run as root: the script creates and removes a PostgreSQL cluster with pg_createcluster." >&2
  exit 1
fi
if ! command -v pg_createcluster >/dev/null; then
  echo "pg_createcluster not found: apt-get install postgresql" >&2
  exit 1
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster="spor_test_$$"
database=spor_test
role=spor_test
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
started=false

# A run that was killed hard leaves its cluster behind; drop those whose script is gone.
pg_lsclusters -h | while read -r stale_version stale_cluster _; do
  if [[ $stale_cluster =~ ^spor_test_([0-9]+)$ ]] && ! kill -0 "${BASH_REMATCH[1]}" 2>/dev/null; then
    echo "Dropping left-over cluster $stale_version/$stale_cluster"
    pg_dropcluster --stop "$stale_version" "$stale_cluster"
  fi
done

free_port() {
  local port
  for port in $(seq 55432 55531); do
    if ! pg_lsclusters -h | awk '{print $3}' | grep -qx "$port" \
        && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port between 55432 and 55531" >&2
  return 1
}
port=$(free_port)

admin_psql() {
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"
}

cleanup() {
  local status=$?
  if $started; then
    if [[ $status -ne 0 ]]; then
      echo "--- end of the PostgreSQL log ---"
      tail -n 30 "/var/log/postgresql/postgresql-$version-$cluster.log" || true
    fi
    admin_psql -d postgres -c "drop database if exists $database with (force)" -c "drop role if exists $role" || true
    pg_dropcluster --stop "$version" "$cluster"
    echo "Dropped database $database and cluster $version/$cluster"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 143' INT TERM

echo "Starting PostgreSQL $version cluster $cluster on port $port"
pg_createcluster "$version" "$cluster" --port "$port" --start-conf=manual --locale=C.UTF-8 --start --quiet \
  -- --auth-local=peer --auth-host=scram-sha-256
started=true
# The password goes through stdin, not the command line.
admin_psql -d postgres <<SQL
create role $role login password '$password';
create database $database owner $role encoding 'UTF8';
SQL

skip_npm=()
if [[ -d frontend/node_modules ]]; then
  skip_npm=(-DskipNpm)
fi
mkdir -p target
marker=target/.postgres-tests-started
touch "$marker"
status=0
# The demo generator's test fills an empty database of its own, which only the embedded server gives it.
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$port/$database" \
SPRING_DATASOURCE_USERNAME="$role" \
SPRING_DATASOURCE_PASSWORD="$password" \
  mvn -B -ntp "${skip_npm[@]}" test -Dtest='*IntegrationTests,!DemoDataIntegrationTests' -DexcludedGroups=browser \
    -Dsurefire.failIfNoSpecifiedTests=false || status=$?
bash scripts/surefire-summary.sh "$marker" "Integration tests on PostgreSQL $version (port $port)"

# Proof that the tests used this server and not the embedded one: Flyway migrated this database.
migrations=$(admin_psql -d "$database" -tA -c "select count(*) from flyway_schema_history where success" 2>/dev/null || echo 0)
if [[ $status -eq 0 && $migrations -eq 0 ]]; then
  echo "The tests did not migrate $database: they did not run against this server." >&2
  status=1
fi
echo "Flyway applied $migrations migrations to $database on PostgreSQL $version"
exit $status
