#!/usr/bin/env bash
# Load test of the Bot Framework endpoint: 50 concurrent conversations on 127.0.0.1 with wrk (Debian package),
# one turn per request with "deliveryMode": "expectReplies". Prints turns/s, p50/p90/p99 latency and the host's
# peak memory (VmHWM). Usage: scripts/bench-api-messages.sh [DURATION, default 30s]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30s}"
port=5099
data="$(mktemp -d)"
trap 'kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/KnowledgeBot.Web -c Release -v q -nologo >/dev/null
dotnet src/KnowledgeBot.Web/bin/Release/net10.0/KnowledgeBot.Web.dll --environment=Production \
  --urls "http://127.0.0.1:$port" --KnowledgeBot:DataDirectory="$data" \
  --KnowledgeBot:Web:MessagesPerMinute=100000000 --Logging:LogLevel:Default=Warning >"$data/host.log" 2>&1 &
host=$!

echo "waiting for the host and its first index build (data in $data)"
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 1; done
until [ -f "$data/index/segments.gen" ] || ls "$data"/index/segments_* >/dev/null 2>&1; do sleep 1; done
sleep 2
echo "warm-up (one conversation, then 50)"
wrk -t1 -c1 -d5s --timeout 30s -s scripts/api-messages.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c50 -d5s --timeout 30s -s scripts/api-messages.lua "http://127.0.0.1:$port" >/dev/null
echo "measure: 50 concurrent conversations, $duration"
wrk -t2 -c50 -d"$duration" --timeout 30s --latency -s scripts/api-messages.lua "http://127.0.0.1:$port"
echo "host peak memory: $(grep VmHWM /proc/$host/status | awk '{print $2/1024 " MiB"}')"
