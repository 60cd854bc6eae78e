-- wrk script: signed /eo slash commands, precomputed in Python (bench/bench_http.py).
-- EO_REQUESTS names a file of lines "timestamp<TAB>signature<TAB>form-body"; requests rotate over them.
-- done() prints one JSON line with the figures the benchmark parses.
local requests = {}

local function load()
  local path = os.getenv("EO_REQUESTS")
  for line in io.lines(path) do
    local ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t(.*)$")
    if ts then
      requests[#requests + 1] = wrk.format("POST", "/slack/events", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Slack-Request-Timestamp"] = ts,
        ["X-Slack-Signature"] = sig,
      }, body)
    end
  end
end

local counter = 0

function init(args)
  load()
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, requests_stats)
  local non2xx = summary.errors.status or 0
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"socket_errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, non2xx))
end
