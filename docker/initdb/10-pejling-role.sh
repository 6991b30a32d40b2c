#!/bin/sh
# Runs once, when the PostgreSQL container creates its data directory: the application gets a role of its own that
# owns the pejling database and is not a superuser (it cannot run programs through COPY … TO PROGRAM, read files of
# the server or change other databases).
set -eu
: "${PEJLING_DB_PASSWORD:?set PEJLING_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set=password="$PEJLING_DB_PASSWORD" <<'SQL'
CREATE ROLE pejling LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE pejling OWNER pejling;
REVOKE ALL ON DATABASE pejling FROM PUBLIC;
SQL
