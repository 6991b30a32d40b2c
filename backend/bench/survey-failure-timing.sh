#!/usr/bin/env bash
# Measures how long the survey takes to refuse a link: unknown (404), already used (409) and closed round (410).
# A respondent (or an attacker) must not learn from the response time whether a token exists. Starts the built jar
# in the zero-install demo on a spare port with a fresh data directory, takes two invitation links from the mock
# mailer's log, and prints the median and mean of N requests per case.
#   usage: backend/bench/survey-failure-timing.sh [requests per case, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-200}
port=18999
data=$(mktemp -d)
log="$data/app.log"
QUARKUS_HTTP_PORT=$port PEJLING_DATA_DIR="$data" java -jar backend/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/q/health/ready" >/dev/null && break; sleep 1; done
for _ in $(seq 1 60); do [ "$(grep -o '/s#[A-Za-z0-9_-]*' "$log" | sort -u | wc -l)" -ge 2 ] && break; sleep 1; done
mapfile -t tokens < <(grep -o '/s#[A-Za-z0-9_-]*' "$log" | sed 's|/s#||' | awk '!seen[$0]++' | head -2)
used=${tokens[0]}; closed=${tokens[1]}
unknown=$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')

# Use the first link up: answer every statement with "ved ikke".
survey=$(curl -sf -H "X-Survey-Token: $used" "$base/api/survey")
body=$(python3 -c 'import json,sys; s=json.load(sys.stdin); print(json.dumps({"answers":[{"statementId":st["id"],"score":None} for v in s["values"] for st in v["statements"]],"stories":[]}))' <<<"$survey")
curl -sf -o /dev/null -X POST -H "X-Survey-Token: $used" -H 'Content-Type: application/json' -d "$body" "$base/api/survey/submit"

# Two cases interleaved request by request, so that warm-up and machine load fall on both alike.
compare() { # label-a token-a status-a label-b token-b status-b
  local rows
  rows=$(for _ in $(seq 1 "$n"); do
    echo "a $(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "X-Survey-Token: $2" "$base/api/survey")"
    echo "b $(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "X-Survey-Token: $5" "$base/api/survey")"
  done)
  python3 - "$1" "$3" "$4" "$6" <<PY
import statistics, sys
la, ca, lb, cb = sys.argv[1:5]
rows = [l.split() for l in """$rows""".strip().splitlines()]
for key, label, code in (("a", la, ca), ("b", lb, cb)):
    mine = [r for r in rows if r[0] == key]
    assert all(r[1] == code for r in mine), f"{label}: unexpected status {set(r[1] for r in mine)}"
    ms = [float(r[2]) * 1000 for r in mine]
    print(f"{label:<18} {code}  n={len(ms)}  median={statistics.median(ms):.2f} ms  mean={statistics.mean(ms):.2f} ms")
PY
}

compare "unknown token" "$unknown" 404 "already answered" "$used" 409 >/dev/null   # warm-up, not reported
echo "Survey refusals, $n requests per case, interleaved (loopback):"
compare "unknown token" "$unknown" 404 "already answered" "$used" 409
hr=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"hr@demo.pejling.dk","password":"demo1234"}' "$base/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
round=$(curl -sf -H "Authorization: Bearer $hr" "$base/api/rounds" | python3 -c 'import json,sys; print([r for r in json.load(sys.stdin) if r["status"]=="OPEN"][0]["id"])')
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $hr" "$base/api/rounds/$round/close"
compare "unknown token" "$unknown" 404 "round closed" "$closed" 410
