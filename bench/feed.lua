-- wrk: a court system pulling 100-entry pages of its feed from random places (bench/feed.sh);
-- the cursors (as the service encodes them) come one per line from the file $CURSORS
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local cursors = {}
for line in io.lines(os.getenv("CURSORS")) do cursors[#cursors + 1] = line end

request = function()
  return wrk.format("GET", "/court/feed?limit=100&after=" .. cursors[math.random(#cursors)])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
