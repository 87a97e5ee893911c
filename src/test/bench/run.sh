#!/usr/bin/env bash
# policygraph benchmarks: bulk ingest, five GraphQL queries vs raw Cypher vs @neo4j/graphql, startup and memory.
# Usage: src/test/bench/run.sh [articles=10000] [seed=1]
# Writes target/bench/results-<articles>.md (and the pieces next to it). Loopback only. Needs JDK 21+, Node 20, npm.
set -euo pipefail
cd "$(dirname "$0")/../../.."
N=${1:-10000}
SEED=${2:-1}
OUT=target/bench
mkdir -p "$OUT"

. src/main/sh/jdk.sh
use_jdk 21 "The benchmark" || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
FLAGS="--enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B package -DskipTests
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt"
fi
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"

CORPUS="$OUT/synthetic-$N"
[ -f "$CORPUS.jsonl" ] || java -cp "$CP" dev.policygraph.bench.GenerateCorpus "$N" "$SEED" "$CORPUS"

# 1. Bulk ingest end to end on a fresh store, against extraction alone.
STORE="$OUT/store-$N"
if [ "${SKIP_INGEST:-}" != 1 ]; then
  rm -rf "$STORE"
  java $FLAGS -Xmx2g -cp "$CP" dev.policygraph.bench.IngestBenchmark "$CORPUS.jsonl" "$STORE" "$OUT/ingest-$N.md" \
    2>&1 | grep -v -E '^(WARNING|INFO|[A-Z][a-z]{2} [0-9]+, )' || true
fi

# 4. Startup to first answer with the embedded database on that store; resident memory.
BOLT=$(free_port); HTTP=$(free_port); PEER=$(free_port)
# The service reads in-process; the operators' Bolt connector (with a password) is opened for the raw-Cypher
# baseline and the @neo4j/graphql peer only.
BOLT_PASSWORD="bench-$(date +%s)-$RANDOM"
# The service's heap as the README starts it (the JVM would otherwise size it at a quarter of the RAM and grow it
# under load rather than collect).
SERVICE_JVM="${SERVICE_JVM:--Xmx768m}"
START=$(date +%s%N)
java $FLAGS $SERVICE_JVM -Dpolicygraph.embedded.data-dir="$STORE" -Dpolicygraph.embedded.bolt-enabled=true \
  -Dpolicygraph.embedded.bolt-port="$BOLT" -Dpolicygraph.embedded.bolt-password="$BOLT_PASSWORD" \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$HTTP" -Dpolicygraph.seed.enabled=false \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/service-$N.log" 2>&1 &
SERVICE=$!; PIDS+=("$SERVICE")
until curl -sf -H 'Content-Type: application/json' -d '{"query":"{ meetings(first: 1) { totalCount } }"}' \
    "http://127.0.0.1:$HTTP/graphql" > "$OUT/first-answer-$N.json"; do
  kill -0 "$SERVICE" || { echo "service died, see $OUT/service-$N.log"; exit 1; }
  sleep 0.1
done
FIRST_MS=$(( ($(date +%s%N) - START) / 1000000 ))
RSS_START=$(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status)
# The service's resident memory every 0.2 s (epoch ms, kB), to say in which part of the run it peaks.
rm -f "$OUT/rss-$N.tsv" "$OUT/phases-$N.tsv"
( while kill -0 "$SERVICE" 2>/dev/null; do
    echo "$(date +%s%3N) $(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status 2>/dev/null)" >> "$OUT/rss-$N.tsv"; sleep 0.2
  done ) &
PIDS+=($!)
echo "$(date +%s%3N)	start-up done; the @neo4j/graphql peer starting" > "$OUT/phases-$N.tsv"

# 3. The @neo4j/graphql peer on the same database.
PEER_URL=-
if [ "${SKIP_PEER:-}" != 1 ]; then
  (cd src/test/bench/neo4j-graphql && npm install --no-audit --no-fund --loglevel=error > /dev/null)
  NEO4J_PASSWORD="$BOLT_PASSWORD" node src/test/bench/neo4j-graphql/server.mjs "$PEER" "bolt://127.0.0.1:$BOLT" > "$OUT/peer-$N.log" 2>&1 &
  PEER_PID=$!; PIDS+=("$PEER_PID")
  for i in $(seq 1 300); do
    grep -q ready "$OUT/peer-$N.log" && break
    kill -0 "$PEER_PID" || { echo "peer died:"; cat "$OUT/peer-$N.log"; break; }
    sleep 0.2
  done
  grep -q ready "$OUT/peer-$N.log" && PEER_URL="http://127.0.0.1:$PEER/"
fi

# A second instance of the service reading the same database through Bolt, as it would an external Neo4j: the
# in-process read path against the Bolt one. SKIP_BOLT_PATH=1 leaves it out.
BOLT_URL=-
if [ "${SKIP_BOLT_PATH:-}" != 1 ]; then
  HTTP2=$(free_port)
  java $FLAGS $SERVICE_JVM -Dpolicygraph.embedded.enabled=false -Dquarkus.neo4j.uri="bolt://127.0.0.1:$BOLT" \
    -Dquarkus.neo4j.authentication.disabled=false -Dquarkus.neo4j.authentication.username=neo4j -Dquarkus.neo4j.authentication.password="$BOLT_PASSWORD" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$HTTP2" -Dpolicygraph.seed.enabled=false \
    -Dpolicygraph.api.warm-up=false -jar target/quarkus-app/quarkus-run.jar > "$OUT/service-bolt-$N.log" 2>&1 &
  BOLT_SERVICE=$!; PIDS+=("$BOLT_SERVICE")
  for i in $(seq 1 600); do
    curl -sf -H 'Content-Type: application/json' -d '{"query":"{ meetings(first: 1) { totalCount } }"}' \
      "http://127.0.0.1:$HTTP2/graphql" > /dev/null && { BOLT_URL="http://127.0.0.1:$HTTP2/graphql"; break; }
    kill -0 "$BOLT_SERVICE" || { echo "the Bolt-path instance died, see $OUT/service-bolt-$N.log"; break; }
    sleep 0.1
  done
fi

# 2. + 3. Five queries: GraphQL over HTTP vs raw Cypher through the driver vs @neo4j/graphql.
NEO4J_PASSWORD="$BOLT_PASSWORD" java -Xmx512m -Dbench.phases="$OUT/phases-$N.tsv" -cp "$CP" dev.policygraph.bench.QueryBenchmark "http://127.0.0.1:$HTTP/graphql" "bolt://127.0.0.1:$BOLT" \
  "$PEER_URL" "${REQUESTS:-200}" "${CLIENTS:-4}" "$OUT/queries-$N.md" "$BOLT_URL" 2>&1 | grep -v -E '^(WARNING|INFO|[A-Z][a-z]{2} [0-9]+, )' || true
RSS_END=$(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status)
HWM=$(awk '/VmHWM/ {print $2}' /proc/$SERVICE/status)
STORE_MB=$(du -sm "$STORE" | cut -f1)

{
  echo "# policygraph benchmark, $N synthetic articles (seed $SEED)"
  echo
  echo "Command: \`src/test/bench/run.sh $N $SEED\` (REQUESTS=${REQUESTS:-200} CLIENTS=${CLIENTS:-4}), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GB RAM," \
       "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (shared with other builds);" \
       "$(java -version 2>&1 | head -1), Node $(node --version)"
  echo
  [ -f "$OUT/ingest-$N.md" ] && cat "$OUT/ingest-$N.md"
  echo
  echo "## Startup and memory (packaged jar, embedded Neo4j on the ingested store, $STORE_MB MB)"
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| launch to first GraphQL answer | $FIRST_MS ms |"
  echo "| resident memory after start | $((RSS_START / 1024)) MB |"
  echo "| resident memory after the query benchmark (peak) | $((RSS_END / 1024)) MB ($((HWM / 1024)) MB) |"
  echo
  echo "Highest resident memory sampled (every 0.2 s) in each part of the run:"
  echo
  echo "| part | MB |"
  echo "|---|---:|"
  awk 'NR == FNR { t[NR] = $1; sub(/^[0-9]+\t/, ""); l[NR] = $0; n = NR; next }
       { for (i = n; i >= 1 && $1 < t[i]; i--) ; if (i >= 1 && $2 > m[i]) m[i] = $2 }
       END { for (i = 1; i < n; i++) printf "| %s | %d |\n", l[i], m[i] / 1024 }' "$OUT/phases-$N.tsv" "$OUT/rss-$N.tsv"
  echo
  cat "$OUT/queries-$N.md"
  [ "$PEER_URL" = - ] && echo && echo "@neo4j/graphql peer did not run: see $OUT/peer-$N.log"
} > "$OUT/results-$N.md"
cat "$OUT/results-$N.md"
