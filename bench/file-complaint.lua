-- wrk: citizens filing complaints (POST /complaints), each with an identifier and Arabic narrative
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = [[
{"reporterRelation":"SELF","victim":{"name":"ضحية","contactPhone":"07701234567","ageBand":"FROM_18_TO_24",
 "minor":false,"gender":"FEMALE","prefersSameGenderOfficer":true},"governorate":"IQ-BG",
 "platforms":["INSTAGRAM"],"identifiers":[{"type":"PHONE","value":"+964 750 000 0000"}],
 "threatTypes":["PUBLISH_INTIMATE_IMAGES"],"demand":{"types":["MONEY"],"money":{"amount":1000000,"currency":"IQD"}},
 "narrative":"يهددني بنشر صوري الخاصة إن لم أدفع","selfHarmRisk":false}
]]

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests %d, non-2xx %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests, non2xx,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
