#!/usr/bin/env bash
# CPU profile of one benchmark measurement, by stage (where the evidence in the report's analysis comes from):
#     bench/profile.sh index ours 100k      # one cold build of our index at 100k passages
#     bench/profile.sh query ours 100k      # one warm query run against the index that build left
# Samples real CPU time with perf (cpu-clock, 499 Hz, call stacks; JIT symbols through the runtime's perf map)
# and prints the share of samples per stage. Needs Debian's linux-perf and ./bench.sh to have been built once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kind="${1:?index or query}"; engine="${2:-ours}"; size="${3:-100k}"
bench="${BENCH_DLL:-$here/bench/KnowledgeBot.Bench/bin/Release/net10.0/KnowledgeBot.Bench.dll}"
work="$here/bench/work/profile"; mkdir -p "$work"
directory="$work/$engine-$size"
case "$kind" in
    index)
        args=(index-once --engine "$engine" --size "$size" --directory "$directory") ;;
    query)
        args=(query-once --engine "$engine" --size "$size" --directory "$directory" --questions "$here/eval/dev.jsonl" --repeats 20) ;;
    *) echo "usage: bench/profile.sh index|query [ENGINE] [SIZE]" >&2; exit 2 ;;
esac
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -q -e cpu-clock -F 499 -g -o "$work/perf.data" -- dotnet "$bench" "${args[@]}" | grep '^RESULT' | cut -c1-400
perf script -i "$work/perf.data" 2>/dev/null > "$work/perf.txt"
python3 "$here/bench/perf-stages.py" "$work/perf.txt"
