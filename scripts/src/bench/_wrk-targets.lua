-- wrk script for the national benchmark (scripts/src/bench/_wrk.ts): each request takes the next
-- line of the file in WRK_TARGETS ("<path>\t<cookie>"), and the summary is printed as one JSON line.
local targets = {}

init = function(args)
  for line in io.lines(os.getenv("WRK_TARGETS")) do
    local path, cookie = line:match("^(%S+)\t?(.*)$")
    local headers = { ["Host"] = wrk.host .. ":" .. wrk.port, ["Accept-Encoding"] = "gzip" }
    if cookie ~= "" then headers["Cookie"] = cookie end
    targets[#targets + 1] = wrk.format("GET", path, headers)
  end
end

local next_target = 0
request = function()
  next_target = next_target % #targets + 1
  return targets[next_target]
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
