-- wrk script: every request submits a survey with a token of its own (41 answers and a story, the same body), and
-- every response's status is counted, so that the benchmark can check that each acknowledged ballot was stored.
-- wrk -s submit.lua <url> -- <token file> <body file> <threads>
-- A thread stops when the answer to its last link has come; wrk's own duration is then the whole -d, so each thread
-- notes when it sent its first request and got its last answer, and the rate is taken over that time.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *t);
]]
local clock = ffi.new("bench_timespec")

local function now_us()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000000 + math.floor(tonumber(clock.tv_nsec) / 1000)
end

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
  answered = 0
  first_us = 0
  last_us = 0
end

function request()
  if first_us == 0 then
    first_us = now_us()
  end
  next_token = next_token + 1
  local token = tokens[next_token] or "out-of-tokens"
  return wrk.format("POST", "/api/survey/submit",
    { ["Content-Type"] = "application/json", ["X-Survey-Token"] = token }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  answered = answered + 1
  if answered == #tokens then
    last_us = now_us()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = {}
  local used = 0
  local first, last, all_done = nil, 0, true
  for _, thread in ipairs(threads) do
    local f, l = thread:get("first_us"), thread:get("last_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if l == 0 then all_done = false elseif l > last then last = l end
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
    used = used + thread:get("next_token")
  end
  for status, n in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, n))
  end
  io.write(string.format("TOKENS_TAKEN %d\n", used))
  if all_done and first ~= nil then
    -- Every thread answered all its links before the time was up: the rate is over the time they took.
    io.write(string.format("ACTIVE_US %d\n", last - first))
  end
  io.write(string.format("REQUESTS %d\nDURATION_US %d\n", summary.requests, summary.duration))
  io.write(string.format("ERRORS %d %d %d %d %d\n", summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("LATENCY_US %g %d\n", p, latency:percentile(p)))
  end
  io.write(string.format("LATENCY_US max %d\n", latency.max))
end
