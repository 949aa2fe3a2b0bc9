#!/usr/bin/env bash
# Reproduces BENCHMARKS.md. Usage: bench/run.sh ingest|queries|search-ab|analysis|morphology|relevance|cases|cluster|workbench [--check ...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BD="${BENCH_DIR:-/tmp/courtsearch-bench}"
# the generator and loader are test support: they live in the test kit, beside the command line's classpath
CP="$ROOT/cli/target/courtsearch-cli.jar:$ROOT/cli/target/lib/*:$ROOT/testkit/target/classes"
export COURTSEARCH_HOME="$BD/home"
export COURTSEARCH_ES_HEAP="${COURTSEARCH_ES_HEAP:-4g}"
mkdir -p "$BD"
cs() { "$ROOT/courtsearch" "$@"; }

# the peak of heap in use (before a collection) and the largest heap left after one, from a -Xlog:gc file
peak_heap() {
  grep -oE '[0-9]+M->[0-9]+M' "$1" | awk -F'->' '{b=$1+0; a=$2+0; if (b>mb) mb=b; if (a>ma) ma=a} END {printf "peak in use %d MB, largest live after GC %d MB\n", mb, ma}'
}

# CPU seconds a process has used so far (user + system), from /proc
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"
}

# the embedded node's address
node_url() {
  python3 -c "import json;print('http://127.0.0.1:%d' % json.load(open('$COURTSEARCH_HOME/es/node.json'))['http_port'])"
}

# waits until the site on a port answers (at most the seconds given)
await_site() { # port seconds
  for _ in $(seq 1 "$2"); do curl -sf "http://127.0.0.1:$1/api/health" >/dev/null && break; sleep 1; done
}

# stops a site started in the background and waits until its port is free
stop_site() { # pid port
  kill "$1"; wait "$1" 2>/dev/null || true
  while curl -sf "http://127.0.0.1:$2/api/health" >/dev/null; do sleep 1; done
}

ingest_one() { # name corpus-dir
  local name=$1 dir=$2 node c0 c1
  # the node's CPU is a cost of every run: on a shared machine it is the user's, on a cluster the capacity they buy
  node=$(python3 -c "import json;print(json.load(open('$COURTSEARCH_HOME/es/node.json'))['pid'])")
  c0=$(cpu_seconds "$node")
  COURTSEARCH_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$BD/gc-$name.log" /usr/bin/time -f "%U %S" -o "$BD/time-$name.txt" \
    "$ROOT/courtsearch" --index "bench-$name" index --no-progress "$dir" | tee "$BD/ingest-$name.txt"
  c1=$(cpu_seconds "$node")
  python3 - "$COURTSEARCH_HOME/runs/last-index.json" "$c0" "$c1" "$BD/time-$name.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
node = float(sys.argv[3]) - float(sys.argv[2])
indexer = sum(float(x) for x in open(sys.argv[4]).read().split()[-2:])
n = max(1, r['decisions_indexed'])
print(f"{r['decisions_indexed']} decisions in {r['seconds']:.1f} s = {r['decisions_per_second']:.0f} decisions/s; skipped {r['skipped']}, failed {r['failed']}")
print(f"CPU: node {node:.1f} s = {1000 * node / n:.2f} ms per decision; indexer {indexer:.1f} s = {1000 * indexer / n:.2f} ms per decision")
PY
  peak_heap "$BD/gc-$name.log"
}

case "${1:-}" in
  relevance)
    # the relevance set's generated corpus (its size and seed are part of the judgments), then the measurement
    [ -f "$BD/relevance-corpus/.ground-truth.jsonl" ] || java -cp "$CP" org.courtsearch.testkit.CorpusGenerator \
      "$BD/relevance-corpus" 1000 html-txt 2027
    cs relevance --corpus "$BD/relevance-corpus" "${@:2}"
    ;;
  ingest)
    # BENCH_REAL_LENGTHS=1: texts as long as published acts (median ~5k characters, mean ~12k; RealLengths)
    lengths=""; suffix=""
    if [ "${BENCH_REAL_LENGTHS:-0}" = 1 ]; then lengths="--real-lengths"; suffix="-real"; fi
    [ -d "$BD/mixed-10k$suffix" ] || java -cp "$CP" org.courtsearch.testkit.CorpusGenerator "$BD/mixed-10k$suffix" 10000 mixed 11 $lengths
    [ -d "$BD/htmltxt-100k$suffix" ] || java -cp "$CP" org.courtsearch.testkit.CorpusGenerator "$BD/htmltxt-100k$suffix" 100000 html-txt 12 $lengths
    du -sh "$BD/mixed-10k$suffix" "$BD/htmltxt-100k$suffix"
    cs node start
    ingest_one "mixed$suffix" "$BD/mixed-10k$suffix"
    ingest_one "htmltxt$suffix" "$BD/htmltxt-100k$suffix"
    echo "second run over the 100k tree (all unchanged):"
    COURTSEARCH_JAVA_OPTS="-Xmx1g" cs --index "bench-htmltxt$suffix" index --no-progress "$BD/htmltxt-100k$suffix"
    ;;
  queries)
    cs node start
    url=$(node_url)
    for n in ${BENCH_SIZES:-100000 1000000}; do
      alias="bench-load-$n"
      if ! curl -sf "$url/$alias/_count" >/dev/null; then
        java -cp "$CP" org.courtsearch.testkit.CorpusLoader "$url" "$alias" "$n"
        curl -s -XPOST "$url/$alias/_forcemerge?max_num_segments=1" >/dev/null || true
      fi
      # the launcher execs java, so $! is the server itself
      # BENCH_SPLIT=false: every facet in the main search (the A/B of Searcher's msearch split)
      COURTSEARCH_JAVA_OPTS="-Xmx512m -Dcourtsearch.search.split=${BENCH_SPLIT:-true}" \
        "$ROOT/courtsearch" --index "$alias" serve --port 7171 > "$BD/serve-$n.log" 2>&1 &
      pid=$!
      await_site 7171 60
      echo "== $n decisions ($(curl -s http://127.0.0.1:7171/api/health))"
      # BENCH_RELATED=true: every search with related forms on
      java -Dbench.related="${BENCH_RELATED:-false}" -cp "$CP:$ROOT/cli/target/test-classes" \
        org.courtsearch.web.bench.ApiBench http://127.0.0.1:7171 400
      stop_site "$pid" 7171
    done
    ;;
  search-ab) # issue 22: /api/search against a naive search of the same shape (every facet in the hits' search), alternated, 1M
    # BENCH_INDEX: the 1M alias (made by `queries`); BENCH_COLD=1: the request cache emptied before every search, not per run
    cs node start >/dev/null
    url=$(node_url)
    alias=${BENCH_INDEX:-bench-load-1000000}
    curl -sf "$url/$alias/_count" >/dev/null || { echo "no $alias: run bench/run.sh queries first" >&2; exit 1; }
    for split in true false true false true false; do
      COURTSEARCH_JAVA_OPTS="-Xmx512m -Dcourtsearch.search.split=$split" \
        "$ROOT/courtsearch" --index "$alias" serve --port 7171 > "$BD/serve-ab.log" 2>&1 &
      pid=$!
      await_site 7171 90
      curl -s -XPOST "$url/_cache/clear?request=true" >/dev/null
      echo "== $([ "$split" = true ] && echo ours || echo naive)"
      java -Dbench.searchOnly=true ${BENCH_COLD:+-Dbench.clearCache=$url} -cp "$CP:$ROOT/cli/target/test-classes" \
        org.courtsearch.web.bench.ApiBench http://127.0.0.1:7171 400 | grep GET
      stop_site "$pid" 7171
    done
    ;;
  analysis) # analysis alone, per morphology, one thread, on the real samples' text
    (cd "$ROOT" && mvn -B -q -o dependency:build-classpath -pl analysis-plugin -Dmdep.includeScope=test \
      -Dmdep.outputFile="$BD/analysis.cp" >/dev/null)
    java -cp "$ROOT/analysis-plugin/target/test-classes:$ROOT/analysis-plugin/target/classes:$(cat "$BD/analysis.cp")" \
      org.courtsearch.analysis.bench.AnalysisBench "$ROOT/samples/real" "${BENCH_SECONDS:-10}"
    ;;
  morphology) # the whole ingest of one corpus per morphology: rate and index size
    n=${BENCH_MORPH_SIZE:-30000}
    [ -d "$BD/htmltxt-$n" ] || java -cp "$CP" org.courtsearch.testkit.CorpusGenerator "$BD/htmltxt-$n" "$n" html-txt 13
    cs node start
    url=$(node_url)
    for m in ${BENCH_MORPHOLOGIES:-snowball light morfologik lemma}; do
      for old in $(curl -s "$url/_cat/indices/bench-morph-$m*?h=index"); do curl -s -XDELETE "$url/$old" >/dev/null; done
      nodepid=$(python3 -c "import json;print(json.load(open('$COURTSEARCH_HOME/es/node.json'))['pid'])")
      cpu0=$(awk '{print $14+$15}' /proc/$nodepid/stat)
      COURTSEARCH_MORPHOLOGY=$m COURTSEARCH_JAVA_OPTS="-Xmx1g" cs --index "bench-morph-$m" index --no-progress "$BD/htmltxt-$n" >/dev/null
      cpu1=$(awk '{print $14+$15}' /proc/$nodepid/stat)
      rate=$(python3 -c "import json;r=json.load(open('$COURTSEARCH_HOME/runs/last-index.json'));print('%d decisions in %.1f s = %.0f/s' % (r['decisions_indexed'], r['seconds'], r['decisions_per_second']))")
      curl -s -XPOST "$url/bench-morph-$m/_forcemerge?max_num_segments=1" >/dev/null
      size=$(curl -s "$url/bench-morph-$m/_stats/store" | python3 -c "import json,sys;print(json.load(sys.stdin)['_all']['primaries']['store']['size_in_bytes'])")
      echo "$m: $rate; node CPU $(( (cpu1 - cpu0) * 1000000 / $(getconf CLK_TCK) / n )) µs/decision; index $((size / 1048576)) MB = $((size / n)) bytes/decision"
    done
    ;;
  cases) # card pages without acts through the whole index run; then the case reports at 1M cases
    n=${BENCH_CARDS:-20000}
    [ -d "$BD/cards-$n" ] || java -cp "$CP" org.courtsearch.testkit.CaseCorpusGenerator "$BD/cards-$n" "$n" \
      "$BD/cards-$n.truth.jsonl" 21 --cards-only
    echo "$(find "$BD/cards-$n" -type f | wc -l) card pages, $(du -sh "$BD/cards-$n" | cut -f1)"
    cs node start
    url=$(node_url)
    for old in $(curl -s "$url/_cat/indices/bench-cards*?h=index"); do curl -s -XDELETE "$url/$old" >/dev/null; done
    start=$(date +%s.%N)
    COURTSEARCH_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$BD/gc-cards.log" cs --index bench-cards index --no-progress "$BD/cards-$n" \
      | tail -1
    end=$(date +%s.%N)
    python3 - "$COURTSEARCH_HOME/runs/last-index.json" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); wall = float(sys.argv[3]) - float(sys.argv[2])
print(f"{r['files']} card pages: {r['case_sources']} case sources, {r['cases_updated']} case records; run {r['seconds']:.1f} s = "
      f"{r['files'] / r['seconds']:.0f} pages/s (command start to finish {wall:.1f} s = {r['files'] / wall:.0f} pages/s)")
PY
    peak_heap "$BD/gc-cards.log"
    m=${BENCH_CASES:-1000000}
    alias="bench-caseload-$m"
    if ! curl -sf "$url/$alias-cases/_count" >/dev/null; then
      java -cp "$CP" org.courtsearch.testkit.CaseLoader "$url" "$alias" "$m"
      curl -s -XPOST "$url/$alias-cases/_forcemerge?max_num_segments=1" >/dev/null || true
    fi
    COURTSEARCH_JAVA_OPTS="-Xmx512m" "$ROOT/courtsearch" --index "$alias" serve --port 7172 > "$BD/serve-cases.log" 2>&1 &
    pid=$!
    await_site 7172 60
    echo "== $m cases ($(curl -s "$url/$alias-cases/_count"))"
    java -cp "$CP:$ROOT/cli/target/test-classes" org.courtsearch.web.bench.CaseApiBench http://127.0.0.1:7172 100
    echo "== the same with the shard request cache off (every report computed afresh)"
    curl -s -XPUT "$url/$alias-cases/_settings" -H 'Content-Type: application/json' \
      -d '{"index.requests.cache.enable": false}' >/dev/null
    java -cp "$CP:$ROOT/cli/target/test-classes" org.courtsearch.web.bench.CaseApiBench http://127.0.0.1:7172 100
    curl -s -XPUT "$url/$alias-cases/_settings" -H 'Content-Type: application/json' \
      -d '{"index.requests.cache.enable": true}' >/dev/null
    kill "$pid"; wait "$pid" 2>/dev/null || true
    ;;
  cluster) # the cost of a three-node cluster on this one machine: 1M decisions loaded, then searched, on 1 node and on 3
    m=${BENCH_CLUSTER_SIZE:-1000000}
    for setup in one three; do
      if [ "$setup" = one ]; then
        cs node start >/dev/null
        url=$(node_url)
        shards=1; replicas=0
      else
        cs node stop >/dev/null || true
        url=$(cs node start --nodes 3 --node-heap "${BENCH_NODE_HEAP:-1500m}" | sed -n 's/^use it: export COURTSEARCH_ES_URL=//p')
        shards=3; replicas=1
      fi
      alias="bench-cluster-$setup"
      first=${url%%,*}
      for old in $(curl -s "$first/_cat/indices/$alias*?h=index"); do curl -s -XDELETE "$first/$old" >/dev/null; done
      echo "== $setup: $url, $shards shards, $replicas replicas"
      t0=$(date +%s.%N)
      COURTSEARCH_INDEX_SHARDS=$shards COURTSEARCH_INDEX_REPLICAS=$replicas \
        java -cp "$CP" org.courtsearch.testkit.CorpusLoader "$url" "$alias" "$m" 5 | tail -1
      curl -s "$first/_cluster/health/$alias?wait_for_status=green&timeout=300s" >/dev/null
      t1=$(date +%s.%N)
      python3 -c "print('load to green: %.0f s = %.0f decisions/s' % ($t1 - $t0, $m / ($t1 - $t0)))"
      curl -s -XPOST "$first/$alias/_forcemerge?max_num_segments=1" >/dev/null || true
      COURTSEARCH_ES_URL="$url" COURTSEARCH_JAVA_OPTS="-Xmx512m" "$ROOT/courtsearch" --index "$alias" serve --port 7173 \
        > "$BD/serve-cluster-$setup.log" 2>&1 &
      pid=$!
      await_site 7173 60
      java -cp "$CP:$ROOT/cli/target/test-classes" org.courtsearch.web.bench.ApiBench http://127.0.0.1:7173 400
      stop_site "$pid" 7173
      curl -s -XDELETE "$first/$alias-v1" >/dev/null || true
    done
    cs node stop >/dev/null || true
    ;;
  workbench) # a batch of 1,000 names over 1M decisions (API and command), and the methodology package of a ~100k report
    m=${BENCH_SIZE:-1000000}
    cs node start >/dev/null
    url=$(node_url)
    alias="bench-load-$m"
    if ! curl -sf "$url/$alias/_count" >/dev/null; then
      java -cp "$CP" org.courtsearch.testkit.CorpusLoader "$url" "$alias" "$m"
      curl -s -XPOST "$url/$alias/_forcemerge?max_num_segments=1" >/dev/null || true
    fi
    # 1,000 distinct names as an investigator's list has them: surname and initials, quoted
    python3 - "$BD/names-1000.txt" <<'PY'
import random, sys
random.seed(1000)
surnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Федоров",
    "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
    "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьев", "Борисов", "Яковлев", "Григорьев"]
initials = "АБВГДЕИКЛМНОПРСТЮЯ"
names = set()
while len(names) < 1000:
    names.add('"%s %s.%s."' % (random.choice(surnames), random.choice(initials), random.choice(initials)))
open(sys.argv[1], "w").write("\n".join(sorted(names)) + "\n")
PY
    COURTSEARCH_JAVA_OPTS="-Xmx512m" "$ROOT/courtsearch" --index "$alias" serve --port 7174 > "$BD/serve-workbench.log" 2>&1 &
    pid=$!
    await_site 7174 60
    echo "== $(curl -s http://127.0.0.1:7174/api/health)"
    for run in 1 2 3; do
      t=$(curl -s -o "$BD/batch-api.json" -w '%{time_total}' -XPOST -H 'Content-Type: text/plain; charset=utf-8' \
        --data-binary @"$BD/names-1000.txt" http://127.0.0.1:7174/api/batch)
      python3 -c "import json,sys; r=json.load(open('$BD/batch-api.json'))['rows']; print('POST /api/batch, 1,000 names, run $run: %s s; %d lines, %d with decisions, %d errors' % (sys.argv[1], len(r), sum(1 for x in r if (x.get('count') or 0) > 0), sum(1 for x in r if x.get('error'))))" "$t"
    done
    t0=$(date +%s.%N)
    COURTSEARCH_JAVA_OPTS="-Xmx512m" cs --index "$alias" batch "$BD/names-1000.txt" --out "$BD/batch-1000.xlsx"
    t1=$(date +%s.%N)
    python3 -c "print('courtsearch batch (command start to XLSX written): %.1f s' % ($t1 - $t0))"
    # the methodology package of a report of about 100,000 decisions (BENCH_PACKAGE_QUERY picks the report)
    pq=${BENCH_PACKAGE_QUERY:-by=region&by=month&from=2022-01-01&to=2023-01-31}
    for run in 1 2; do
      out=$(curl -s -o "$BD/package.zip" -w '%{time_total} %{size_download}' "http://127.0.0.1:7174/api/report/package?$pq")
      python3 - "$BD/package.zip" $out <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
q = json.loads(z.read("query.json"))
sizes = {i.filename: i.file_size for i in z.infolist()}
print(f"methodology package: {q['total']} decisions, {float(sys.argv[2]):.1f} s, {int(sys.argv[3]) / 1e6:.1f} MB zipped "
      f"(decisions.csv {sizes['decisions.csv'] / 1e6:.1f} MB unzipped)")
PY
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
    ;;
  office) # issue 14: the mixed corpus with office files LibreOffice wrote; Tika alone and the index run on the same files and cores
    # BENCH_OFFICE_LENGTHS=real: the texts as long as published acts (issue 22), not a few kilobytes each
    n=${BENCH_OFFICE_SIZE:-3000}
    lengths=${BENCH_OFFICE_LENGTHS:-short}
    dir="$BD/office-$n"
    [ "$lengths" = real ] && dir="$BD/office-real-$n"
    if [ ! -f "$dir/.complete" ]; then
      rm -rf "$dir-src" "$dir"
      java -cp "$CP" org.courtsearch.testkit.CorpusGenerator "$dir-src" "$n" html-txt 14 $([ "$lengths" = real ] && echo --real-lengths)
      python3 "$ROOT/bench/office_corpus.py" "$dir-src" "$dir"
      touch "$dir/.complete"
    fi
    du -sh "$dir"
    cs node start >/dev/null
    for run in 1 2; do
      java -Dlogback.configurationFile="$ROOT/bench/logback-quiet.xml" -cp "$ROOT/cli/target/lib/*" "$ROOT/bench/TikaAlone.java" "$dir" 2 | tee "$BD/tika-alone.txt"
      url=$(node_url)
      for old in $(curl -s "$url/_cat/indices/bench-office*?h=index"); do curl -s -XDELETE "$url/$old" >/dev/null; done
      ingest_one office "$dir"
      python3 - "$BD/tika-alone.txt" "$COURTSEARCH_HOME/runs/last-index.json" <<'PY'
import json, re, sys
tika = float(re.search(r"= (\d+) files/s", open(sys.argv[1]).read()).group(1))
r = json.load(open(sys.argv[2]))
ours = r["files"] / r["seconds"]
print(f"ratio: index run {ours:.0f} files/s / Tika alone {tika:.0f} files/s = {ours / tika:.2f}")
PY
    done
    ;;
  *) echo "usage: bench/run.sh ingest|queries|search-ab|analysis|morphology|relevance|cases|cluster|workbench|office" >&2; exit 2 ;;
esac
