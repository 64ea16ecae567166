-- wrk script: one Bot Framework turn per request on /api/messages ("deliveryMode": "expectReplies"),
-- spread over 50 conversations (each wrk thread owns its own ids). Used by scripts/bench-api-messages.sh.
local questions = {
  "Bonjour, comment se faire rembourser une perruque pendant la chimiothérapie ?",
  "J'habite à Lyon, existe-t-il une aide financière pour les frais de transport vers l'hôpital ?",
  "Ma mère a un cancer du sein, peut-on avoir une aide à domicile quelques heures par semaine ?",
  "Je voudrais faire un don et recevoir un reçu fiscal, comment faire ?",
  "Est-ce que je dois remplir le questionnaire de santé pour mon prêt immobilier après un cancer ?",
}
local conversations = 50
local counter = 0
local threads = 0

-- Runs in the main state; thread:set makes "prefix" a global of that thread's state.
function setup(thread)
  threads = threads + 1
  thread:set("prefix", "t" .. threads)
end

request = function()
  counter = counter + 1
  local conversation = "bench-" .. prefix .. "-" .. (counter % conversations)
  local text = questions[(counter % #questions) + 1]
  local body = '{"type":"message","id":"' .. counter .. '","channelId":"bench","serviceUrl":"http://127.0.0.1:9/",'
    .. '"conversation":{"id":"' .. conversation .. '"},"from":{"id":"user-' .. conversation .. '"},'
    .. '"recipient":{"id":"knowledgebot"},"locale":"fr-FR","deliveryMode":"expectReplies","text":"' .. text .. '"}'
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("turns/s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
