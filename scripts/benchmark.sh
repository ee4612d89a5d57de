#!/usr/bin/env bash
# Benchmarks Spor on a large demo municipality: starts Spor on its own embedded database (generated on the first
# run, reused after), waits until it is up, runs scripts/LoadTest.java against it on loopback and stops it again.
# Not part of `mvn verify`.
#
#   scripts/benchmark.sh                       # 100 000 children, 8 threads
#   BENCH_CHILDREN=20000 BENCH_THREADS=4 scripts/benchmark.sh
#
# Settings (environment): BENCH_CHILDREN (100000), BENCH_PORT (8091), BENCH_DATA_DIR (./data/bench),
# BENCH_THREADS (8), BENCH_REQUESTS (400 per page), BENCH_SECONDS (60 per page), BENCH_WARMUP (50 per page),
# BENCH_HEAP (2g), BENCH_SPRING_ARGS (extra arguments for Spor, e.g. "--spring.web.resources.chain.enabled=false").
# The data directory holds one generated size; delete it to generate another.
set -euo pipefail
cd "$(dirname "$0")/.."

CHILDREN=${BENCH_CHILDREN:-100000}
PORT=${BENCH_PORT:-8091}
DATA_DIR=${BENCH_DATA_DIR:-./data/bench}
THREADS=${BENCH_THREADS:-8}
REQUESTS=${BENCH_REQUESTS:-400}
SECONDS_PER_PAGE=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-50}
HEAP=${BENCH_HEAP:-2g}
LOG=target/benchmark-server.log

jar() { ls target/spor-*.jar 2>/dev/null | grep -v plain | head -1; }

if [[ -z "$(jar)" || -n "$(find src pom.xml -newer "$(jar)" -print -quit)" ]]; then
    echo "Building the jar..."
    mvn -B -q package -DskipTests
fi

if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then
    echo "Port $PORT is already in use; set BENCH_PORT." >&2
    exit 1
fi

: >"$LOG"
echo "Starting Spor on port $PORT with data in $DATA_DIR ($CHILDREN children; the first run generates them)..."
java -Xmx"$HEAP" -jar "$(jar)" --server.port="$PORT" --spor.embedded-db.data-dir="$DATA_DIR" \
    --spor.demo.enabled=true --spor.demo.children="$CHILDREN" ${BENCH_SPRING_ARGS:-} >"$LOG" 2>&1 &
SERVER=$!

stop_server() {
    if kill -0 "$SERVER" 2>/dev/null; then
        echo "Stopping Spor (pid $SERVER)..."
        kill "$SERVER"
        for _ in $(seq 1 90); do
            kill -0 "$SERVER" 2>/dev/null || return 0
            sleep 1
        done
        echo "Spor did not stop in 90 s; killing it." >&2
        kill -9 "$SERVER"
    fi
}
trap stop_server EXIT

# Up means: health answers UP and the demo data is complete (the login block is logged after generation).
for _ in $(seq 1 3600); do
    if ! kill -0 "$SERVER" 2>/dev/null; then
        echo "Spor stopped during start; see $LOG" >&2
        tail -20 "$LOG" >&2
        exit 1
    fi
    if grep -q "Spor is running at" "$LOG" && curl -fs "http://localhost:$PORT/actuator/health" | grep -q UP; then
        break
    fi
    sleep 1
done
grep -E "Demo data: [0-9]+ children, " "$LOG" | sed 's/.*Demo data:/Generated:/' || echo "Reused the demo data in $DATA_DIR"

DB_PORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$LOG" | head -1 | sed 's/.*://')
if command -v psql >/dev/null && [[ -n "$DB_PORT" ]]; then
    psql -h localhost -p "$DB_PORT" -U postgres -d postgres -At -F ' ' -c "
        select 'Data: ' || (select count(*) from child) || ' children, ' || (select count(*) from case_file)
            || ' cases, ' || (select count(*) from deadline) || ' deadlines, '
            || (select count(*) from chronology_entry) || ' chronology entries, '
            || (select count(*) from measurement) || ' measurements, '
            || (select count(*) from progression_alert where resolved_at is null) || ' open progression alerts, '
            || (select count(*) from app_user) || ' users'"
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java scripts/LoadTest.java --base "http://localhost:$PORT" --threads "$THREADS" --requests "$REQUESTS" \
    --seconds "$SECONDS_PER_PAGE" --warmup "$WARMUP"
