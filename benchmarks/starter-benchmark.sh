#!/usr/bin/env bash
# Starter benchmarks: startup overhead of the integrity gate with 1,000 migrations, and GET /actuator/migrations
# under load (wrk, 50 connections, 30 s) on loopback. Run from the repository root: bash benchmarks/starter-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks,sample-app -am package dependency:build-classpath -DskipTests \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
CP="sample-app/target/classes:$(cat sample-app/target/runtime-classpath.txt)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== startup overhead (1,000 migrations, median of ${RUNS:-7} runs)"
java -cp "benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)" dev.migrate.benchmarks.starter.StartupOverhead \
  "$CP" sample-app/src/main/resources/db/migrations "$WORK/startup" "${RUNS:-7}"

echo "== GET /actuator/migrations (wrk -t2 -c50 -d30s)"
PORT=18080
java -cp "$CP" dev.migrate.sample.SampleApplication --server.port=$PORT > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/actuator/migrations" > /dev/null && break
  sleep 1
done
wrk -t2 -c50 -d10s "http://127.0.0.1:$PORT/actuator/migrations" > /dev/null   # warm-up
wrk -t2 -c50 -d30s --latency "http://127.0.0.1:$PORT/actuator/migrations"
