#!/usr/bin/env bash
# The compose deployment run end to end on this machine, as a team would run it: the images
# built, the stack up, the samples indexed by the indexer service, a search through the site's
# published port (with and without the access token), the node stopped and started again, the
# stack down and up again (the volumes keep the index), then everything removed; then the
# cluster profile: three nodes and their site, the samples indexed, one node stopped, the same
# decisions found.
#
# Needs Docker with docker-compose (v1, Debian's) or `docker compose` (v2), and the jars of
# `mvn -DskipTests install`. Without registry access, give a JRE 17 base image
# (docker/base-image.sh builds local/debian-jre17:bookworm from Debian packages); the node is then
# courtsearch's own (docker/elasticsearch-local), without security. With registry access:
#   COURTSEARCH_BASE_IMAGE=eclipse-temurin:17-jre ES_DOCKERFILE=docker/elasticsearch/Dockerfile docker/compose-check.sh
# Prints the time of each step (BENCHMARKS.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export COURTSEARCH_BASE_IMAGE="${COURTSEARCH_BASE_IMAGE:-local/debian-jre17:bookworm}"
export ES_DOCKERFILE="${ES_DOCKERFILE:-docker/elasticsearch-local/Dockerfile}"
export COMPOSE_PROJECT_NAME="${COMPOSE_PROJECT_NAME:-courtsearch-check}"
PORT="${CHECK_PORT:-17070}"
ENV_FILE="$(mktemp)"
TOKEN="check-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cat > "$ENV_FILE" <<ENV
ELASTIC_PASSWORD=pw-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')
COURTSEARCH_ACCESS_TOKEN=$TOKEN
ES_HEAP=512m
ES_MEM_LIMIT=1536m
DECISIONS_DIR=./samples
COURTSEARCH_PUBLISH=127.0.0.1:$PORT
ES_PUBLISH=127.0.0.1:$((PORT + 1))
ES01_PUBLISH=127.0.0.1:$((PORT + 2))
COURTSEARCH_CLUSTER_PUBLISH=127.0.0.1:$((PORT + 3))
ENV
# the node's limits within what this machine lets Docker set (a CI runner may not raise them)
lock=$(ulimit -Hl)
if [ "$lock" != unlimited ]; then
  printf 'ES_MEMLOCK=%d\nES_MEMORY_LOCK=false\n' $((lock * 1024)) >> "$ENV_FILE"
fi
files=$(ulimit -Hn)
if [ "$files" != unlimited ] && [ "$files" -lt 65536 ]; then
  echo "ES_NOFILE=$files" >> "$ENV_FILE"
fi

if docker compose version >/dev/null 2>&1; then
  compose() { docker compose --env-file "$ENV_FILE" "$@"; }
else
  compose() { docker-compose --env-file "$ENV_FILE" "$@"; }
fi
cleanup() {
  compose --profile index --profile cluster down -v --remove-orphans >/dev/null 2>&1 || true
  rm -f "$ENV_FILE"
}
trap cleanup EXIT

for f in cli/target/courtsearch-cli.jar es-node/target/es-home/lib analysis-plugin/target; do
  [ -e "$f" ] || { echo "compose-check: $f is missing: run mvn -B -DskipTests install first" >&2; exit 2; }
done
docker image inspect "$COURTSEARCH_BASE_IMAGE" >/dev/null 2>&1 || [[ "$COURTSEARCH_BASE_IMAGE" != local/* ]] \
  || { echo "compose-check: no base image $COURTSEARCH_BASE_IMAGE: run docker/base-image.sh" >&2; exit 2; }

step_start=$(date +%s.%N)
step() { local now; now=$(date +%s.%N); printf 'compose-check: %-44s %6.1f s\n' "$1" "$(echo "$now - $step_start" | bc)"; step_start=$now; }
fail() { echo "compose-check: FAILED: $*" >&2; compose ps >&2 || true; compose logs --tail 40 >&2 || true; exit 1; }

healthy() { # service: wait until its container's health check passes
  local id status
  for _ in $(seq 1 120); do
    id=$(compose ps -q "$1")
    status=$(docker inspect -f '{{.State.Health.Status}}' "$id" 2>/dev/null || echo starting)
    [ "$status" = healthy ] && return 0
    sleep 2
  done
  fail "$1 never became healthy"
}
total() { # the number of decisions a search for «суд» finds through the site (on port $1, default the single node's)
  curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${1:-$PORT}/api/search?q=%D1%81%D1%83%D0%B4" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}

compose config -q || fail "the compose file is not valid for $(compose version --short 2>/dev/null || echo this compose)"
compose build >/dev/null
step "images built"
compose up -d es web >/dev/null 2>&1 || fail "compose up"
healthy es
healthy web
step "stack up (node and site healthy)"
compose --profile index run --rm indexer > /tmp/compose-check-index.log 2>&1 || { cat /tmp/compose-check-index.log >&2; fail "the indexer service"; }
grep "courtsearch index:" /tmp/compose-check-index.log
step "samples indexed by the indexer service"
n=$(total)
[ "$n" -gt 0 ] || fail "a search through the site found nothing"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/search?q=%D1%81%D1%83%D0%B4")
[ "$code" = 401 ] || fail "without the access token the site answered $code, not 401"
echo "compose-check: «суд» finds $n decisions through the site; without the token: $code"
step "searched through the published port"
compose stop es >/dev/null 2>&1
compose start es >/dev/null 2>&1
healthy es
for _ in $(seq 1 30); do m=$(total 2>/dev/null || echo 0); [ "$m" = "$n" ] && break; sleep 2; done
[ "$m" = "$n" ] || fail "after the node's restart the site finds $m decisions, not $n"
step "node stopped and started, nothing lost"
compose down >/dev/null 2>&1
compose up -d es web >/dev/null 2>&1 || fail "compose up, the second time"
healthy es
healthy web
m=$(total)
[ "$m" = "$n" ] || fail "after down and up the site finds $m decisions, not $n"
step "down and up again, the volume kept the index"
compose --profile index down -v >/dev/null 2>&1
step "torn down"

# --profile cluster: three nodes and their site; the samples indexed through it, one node stopped
compose --profile cluster up -d es01 es02 es03 web-cluster >/dev/null 2>&1 || fail "compose up of the cluster profile"
for s in es01 es02 es03 web-cluster; do healthy "$s"; done
step "cluster profile up (three nodes and the site healthy)"
docker exec "$(compose --profile cluster ps -q web-cluster)" java -Xmx512m -Dcourtsearch.root=/app -jar /app/courtsearch-cli.jar \
  index --no-progress /app/samples > /tmp/compose-check-index.log 2>&1 || { cat /tmp/compose-check-index.log >&2; fail "indexing into the cluster"; }
c=$(total $((PORT + 3)))
[ "$c" = "$n" ] || fail "the cluster's site finds $c decisions, the single node's found $n"
step "samples indexed into the cluster, the same $c found"
compose --profile cluster stop es02 >/dev/null 2>&1
c=$(total $((PORT + 3)))
[ "$c" = "$n" ] || fail "with es02 stopped the cluster's site finds $c decisions, not $n"
step "a node stopped: every decision still found (replicas)"
compose --profile cluster down -v >/dev/null 2>&1
step "cluster torn down"
echo "compose-check: passed"
