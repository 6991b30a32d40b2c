#!/usr/bin/env bash
# Pejling's benchmark and data generator (docs/benchmarks.md). Builds what is missing, then runs:
#   bench/run.sh [benchmark options]          the benchmark: prints the table (docs/benchmarks.md lists the options)
#   bench/run.sh generate --dir DIR [...]     the data generator alone: keeps the database in DIR
# Needs Java 17, wrk and pgbench (Debian: apt-get install wrk postgresql-client), and for the page's bytes Node and
# Chromium as the browser tests do.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || [ ! -d bench/target/lib ] || [ -n "$(find backend/src bench/src frontend/src -newer "$jar" -type f -print -quit)" ]; then
  echo "Building Pejling and the benchmark (./mvnw package -DskipTests) ..." >&2
  ./mvnw -q package -DskipTests >&2
fi
main=dk.pejling.bench.Benchmark
case "${1:-}" in
  generate) main=dk.pejling.bench.Generate; shift ;;
  serve) main=dk.pejling.bench.Serve; shift ;;
  probe) main=dk.pejling.bench.Probe; shift ;;
esac
exec java -cp "bench/target/classes:bench/target/lib/*" -Dpejling.jar="$jar" -Dpejling.frontend=frontend "$main" "$@"
