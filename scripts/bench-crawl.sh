#!/usr/bin/env bash
# Crawl throughput on loopback: renders the service-public publications to a static site (once), serves it on
# 127.0.0.1 with scripts/serve-site.py, and runs `kb crawl` RUNS times into fresh data directories with the
# politeness delay at 0. Prints pages/s per run, the median, and the peak resident memory of the crawler.
#     scripts/bench-crawl.sh [RUNS] [CONCURRENCY]        (defaults: 5 runs, 8 requests at once)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
concurrency="${2:-8}"
site="data/fiches-site"
port="${BENCH_CRAWL_PORT:-18181}"
work="$(mktemp -d)"

if [ ! -f "$site/index.html" ]; then
    dotnet run --file scripts/render-fiches-site.cs -- data/fiches/particuliers "$site"
fi
dotnet build src/KnowledgeBot.Cli -c Release -v quiet -nologo >/dev/null
kb="src/KnowledgeBot.Cli/bin/Release/net10.0/kb"

python3 scripts/serve-site.py "$site" "$port" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

export KNOWLEDGEBOT_KnowledgeBot__Crawler__OriginAliases__0__Public=https://www.service-public.fr
export KNOWLEDGEBOT_KnowledgeBot__Crawler__OriginAliases__0__FetchFrom="http://127.0.0.1:$port"
export KNOWLEDGEBOT_KnowledgeBot__Crawler__DelayPerHost=00:00:00
export KNOWLEDGEBOT_KnowledgeBot__Crawler__MaxConcurrencyPerHost="$concurrency"

rates=()
for run in $(seq 1 "$runs"); do
    /usr/bin/time -f "%M" -o "$work/memory-$run" \
        "$kb" crawl --data "$work/data-$run" --seed https://www.service-public.fr/ > "$work/out-$run" 2>/dev/null
    rate="$(sed -n 's/.*(\([0-9.]*\) pages\/s).*/\1/p' "$work/out-$run" | head -1)"
    fetched="$(sed -n 's/^crawl: \([0-9]*\) fetched.*/\1/p' "$work/out-$run")"
    echo "run $run: $fetched pages fetched, $rate pages/s, peak memory $(( $(cat "$work/memory-$run") / 1024 )) MiB"
    rates+=("$rate")
done
median="$(printf '%s\n' "${rates[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}')"
peak="$(cat "$work"/memory-* | sort -n | tail -1)"
echo "median: $median pages/s over $runs runs; peak memory $(( peak / 1024 )) MiB (concurrency $concurrency, delay 0)"
