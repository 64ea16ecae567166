#!/usr/bin/env bash
# Runs the benchmarks and writes bench/results/<date>.md (and latest.md): ./bench.sh [--quick] [--help]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The bench program, and the web host and CLI it starts for the bot load and the crawl.
for project in bench/KnowledgeBot.Bench src/KnowledgeBot.Web src/KnowledgeBot.Cli; do
    dotnet build "$here/$project" -c Release --nologo -v quiet -clp:NoSummary
done
exec dotnet "$here/bench/KnowledgeBot.Bench/bin/Release/net10.0/KnowledgeBot.Bench.dll" "$@"
