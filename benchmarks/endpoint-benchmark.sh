#!/usr/bin/env bash
# GET /actuator/migrations under load: wrk, 2 threads, 50 connections, on loopback against the sample app (H2,
# 5 migrations). Three runs that say what they measure: a cold JVM without warm-up, a warm JVM with drift in the
# response (the default), and a warm JVM with drift off. Each run prints the load average before it starts, since
# wrk and the app share the machine with whatever else runs.
# Run from the repository root: bash benchmarks/endpoint-benchmark.sh   (needs wrk, for example apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"

./mvnw -B -q -pl sample-app -am package dependency:build-classpath -DskipTests -Dinvoker.skip=true \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
CP="sample-app/target/classes:$(cat sample-app/target/runtime-classpath.txt)"
WORK="$(mktemp -d)"
APP=""
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT
URL_PATH=/actuator/migrations

start_app() {
  PORT=$((18080 + RANDOM % 1000))
  java -cp "$CP" dev.migrate.sample.SampleApplication --server.port=$PORT "$@" > "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT$URL_PATH" > "$WORK/body.json" && break
    sleep 0.5
  done
}

stop_app() {
  kill $APP; wait $APP 2>/dev/null || true; APP=""
}

measure() {
  local name="$1"
  local load
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== $name"
  echo "load average before: $load on $(nproc) CPUs"
  echo "response: $(wc -c < "$WORK/body.json") bytes, drift $(grep -o '"drift":{"status":"[A-Z_]*"' "$WORK/body.json" | cut -d'"' -f6)"
  wrk -t2 -c50 -d"$DURATION" --latency "http://127.0.0.1:$PORT$URL_PATH" | tee "$WORK/wrk.txt"
  echo "summary | $name | $(grep Requests/sec "$WORK/wrk.txt" | awk '{print $2}') req/s | p50 $(awk '$1=="50%"{print $2}' "$WORK/wrk.txt") | p90 $(awk '$1=="90%"{print $2}' "$WORK/wrk.txt") | p99 $(awk '$1=="99%"{print $2}' "$WORK/wrk.txt") | max $(awk '$1=="Latency"{print $4}' "$WORK/wrk.txt") | load before $load"
}

start_app
measure "cold JVM, no warm-up, drift included"
wrk -t2 -c50 -d"$WARMUP" "http://127.0.0.1:$PORT$URL_PATH" > /dev/null
measure "warm JVM ($WARMUP warm-up), drift included"
stop_app

start_app --migrate.drift.enabled=false
wrk -t2 -c50 -d"$WARMUP" "http://127.0.0.1:$PORT$URL_PATH" > /dev/null
measure "warm JVM ($WARMUP warm-up), drift off"
stop_app
