#!/usr/bin/env bash
# What dev auto-diff adds to an unchanged dev restart, in fresh JVMs: the 200-entity model in a Spring Boot app,
# started RUNS times (default 10) in each of three configurations, alternating. Writes its section of
# benchmarks/README.md. Run from the repository root: bash benchmarks/dev-restart-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks,sample-app -am package dependency:build-classpath -DskipTests -Dinvoker.skip=true \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
java -cp "benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)" \
  dev.migrate.benchmarks.devrestart.DevRestartBenchmark \
  "$(cat sample-app/target/runtime-classpath.txt)" "$WORK" "${RUNS:-10}" --readme benchmarks/README.md
