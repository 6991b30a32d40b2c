#!/usr/bin/env bash
# Runs Pejling on http://localhost:8080 (QUARKUS_HTTP_PORT to change): builds first when the sources are newer than
# the runnable jar. With no QUARKUS_DATASOURCE_JDBC_URL it starts an embedded PostgreSQL with its data in
# ~/.pejling (PEJLING_DATA_DIR to change) and loads the demo organisation on the first start.
set -euo pipefail
cd "$(dirname "$0")"
jar=backend/target/quarkus-app/quarkus-run.jar

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find pom.xml openapi.yaml backend/pom.xml backend/src/main frontend/pom.xml frontend/package-lock.json \
      frontend/index.html frontend/src frontend/public -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "Building Pejling (the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -q package -DskipTests
fi
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
