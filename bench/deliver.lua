-- wrk: complaints-service handing accepted complaints to cases-service (POST /complaint-deliveries),
-- each a new complaint whose extortionist's number is one of POOL numbers (+9647 and nine digits,
-- as bench/volume-cases.sh fills them), so every arrival is correlated with the cases sharing it
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local pool = tonumber(os.getenv("POOL") or "500")
local governorates = { "IQ-BG", "IQ-BA", "IQ-NI", "IQ-AR", "IQ-SU", "IQ-DA", "IQ-KA", "IQ-NA", "IQ-BB",
  "IQ-DI", "IQ-AN", "IQ-SD", "IQ-KI", "IQ-WA", "IQ-DQ", "IQ-MU", "IQ-QA", "IQ-MA" }
local counter = 0

local function uuid()
  return string.format("%08x-%04x-4%03x-8%03x-%04x%08x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffff), math.random(0, 0x7fffffff))
end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  counter = counter + 1
  local body = string.format([[
{"deliveryId":"%s","complaintId":"%s","trackingNumber":"BENCH-%d-%d","governorate":"%s","priority":"HIGH",
 "priorityScore":40,"victim":{"minor":false},"selfHarmRisk":false,"platforms":["INSTAGRAM"],
 "threatTypes":["PUBLISH_INTIMATE_IMAGES"],"demandTypes":["MONEY"],"money":{"amount":1000000,"currency":"IQD"},
 "identifiers":[{"type":"PHONE","value":"+9647%09d"}],"evidence":[],"acceptedAt":"2026-12-01T10:00:00Z",
 "acceptedBy":"officer-bench"}]], uuid(), uuid(), math.random(0, 99999), counter,
    governorates[math.random(1, #governorates)], math.random(0, pool - 1))
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
