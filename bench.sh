#!/usr/bin/env bash
# Runs the benchmarks and writes bench/results/<date>.md (and latest.md): ./bench.sh [--quick] [--help]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build "$here/bench/KnowledgeBot.Bench" -c Release --nologo -v quiet
exec dotnet "$here/bench/KnowledgeBot.Bench/bin/Release/net10.0/KnowledgeBot.Bench.dll" "$@"
