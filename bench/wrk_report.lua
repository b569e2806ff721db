-- wrk script of the benchmark: one fixed request, a status check, a JSON summary.
--
-- Arguments after "--": the expected status, the method, the body (may be
-- empty), then any number of "Name: value" headers. Every response whose
-- status differs from the expected one counts as an error; wrk itself counts
-- only statuses from 400 up, so a redirect where a page was expected would
-- otherwise pass unnoticed.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = tonumber(args[1])
  unexpected = 0
  local headers = {}
  for i = 4, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  local body = args[3] ~= "" and args[3] or nil
  prepared = wrk.format(args[2], nil, headers, body)
end

function request()
  return prepared
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "seconds": %.6f, "p50_ms": %.3f, "p99_ms": %.3f, '
      .. '"socket_errors": %d, "unexpected_status": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, wrong))
end
