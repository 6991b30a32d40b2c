-- wrk script: every request submits a survey with a token of its own (41 answers and a story, the same body), and
-- every response's status is counted, so that the benchmark can check that each acknowledged ballot was stored.
-- wrk -s submit.lua <url> -- <token file> <body file> <threads>
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(args[3])
  tokens = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % count == id then
      table.insert(tokens, line)
    end
    i = i + 1
  end
  local file = io.open(args[2], "rb")
  body = file:read("*a")
  file:close()
  statuses = {}
  next_token = 0
end

function request()
  next_token = next_token + 1
  local token = tokens[next_token] or "out-of-tokens"
  return wrk.format("POST", "/api/survey/submit",
    { ["Content-Type"] = "application/json", ["X-Survey-Token"] = token }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  local used = 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
    used = used + thread:get("next_token")
  end
  for status, n in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, n))
  end
  io.write(string.format("TOKENS_TAKEN %d\n", used))
  io.write(string.format("REQUESTS %d\nDURATION_US %d\n", summary.requests, summary.duration))
  io.write(string.format("ERRORS %d %d %d %d %d\n", summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("LATENCY_US %g %d\n", p, latency:percentile(p)))
  end
  io.write(string.format("LATENCY_US max %d\n", latency.max))
end
