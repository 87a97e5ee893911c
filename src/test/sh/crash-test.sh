#!/usr/bin/env bash
# Crash test (slow, not part of ./mvnw verify): SIGKILL the service in the middle of a bulk ingest, restart it,
# and check that every article is either complete or absent.
#
# How: after the restart every corpus article is ingested again. An article stored completely is skipped
# (created: false); an absent one is written now. A half-written article would also be skipped, leaving its
# nodes missing, so the final totals would differ from a clean serial ingest of the same corpus, which is the
# reference. Needs the packaged jar:  ./mvnw package -DskipTests  then  src/test/sh/crash-test.sh [kill-after-s]
set -euo pipefail
cd "$(dirname "$0")/../../.."

KILL_AFTER=${1:-4}
JAR=target/quarkus-app/quarkus-run.jar
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
FLAGS="--enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
KEY=crash-test-key
WORK=$(mktemp -d)
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HTTP=$(free_port); BOLT=$(free_port)
PID=

start() { # $1 = store directory
  "$JAVA" $FLAGS -Dquarkus.http.port="$HTTP" -Dpolicygraph.embedded.bolt-port="$BOLT" \
    -Dpolicygraph.embedded.data-dir="$1" -Dpolicygraph.seed.enabled=false \
    -Dpolicygraph.security.ingest-keys="$KEY" -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$HTTP/q/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "service did not become ready; see $WORK/service.log" >&2; exit 1
}

ingest() { # $1 = file
  python3 - "$1" "$HTTP" "$KEY" <<'PY'
import json, sys, urllib.request
text = open(sys.argv[1], encoding="utf-8").read()
body = json.dumps({"query": "mutation ($t: String!) { ingestArticle(input: {text: $t}) { created } }",
                   "variables": {"t": text}}).encode()
req = urllib.request.Request(f"http://127.0.0.1:{sys.argv[2]}/graphql", body,
                             {"Content-Type": "application/json", "Authorization": f"Bearer {sys.argv[3]}"})
print(sys.argv[1], json.load(urllib.request.urlopen(req, timeout=60)).get("errors", "ok"))
PY
}

totals() {
  curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$HTTP/graphql" -d '{"query":"{ meetings { totalCount } officials { totalCount } organizations { totalCount } directives { totalCount } tasks { totalCount } initiatives { totalCount } articles { totalCount } }"}'
}

stop() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }

ARTICLES=$(find src/test/resources/corpus -name '*.txt' | sort)

echo "== reference: clean serial ingest"
start "$WORK/reference"
for f in $ARTICLES; do ingest "$f" >/dev/null; done
REFERENCE=$(totals); stop
if echo "$REFERENCE" | grep -q '"articles":{"totalCount":0}'; then
  echo "INCONCLUSIVE: the reference ingest stored nothing (is the extractor in place?); see $WORK/service.log" >&2
  exit 3
fi

echo "== bulk ingest, SIGKILL after ${KILL_AFTER}s"
start "$WORK/crashed"
( for _ in 1 2 3; do for f in $ARTICLES; do ingest "$f" >/dev/null 2>&1 || true; done; done ) &
LOADER=$!
sleep "$KILL_AFTER"
kill -9 "$PID"; wait "$PID" 2>/dev/null || true
kill "$LOADER" 2>/dev/null || true; wait "$LOADER" 2>/dev/null || true

echo "== restart, ingest everything again"
start "$WORK/crashed"
for f in $ARTICLES; do ingest "$f"; done
AFTER=$(totals); stop

echo "reference: $REFERENCE"
echo "after:     $AFTER"
if [ "$REFERENCE" = "$AFTER" ]; then
  echo "PASS: every article complete or absent after SIGKILL"; rm -rf "$WORK"
else
  echo "FAIL: totals differ (store and log kept in $WORK)"; exit 1
fi
