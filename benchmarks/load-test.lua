-- wrk script of benchmarks/load-test.sh (run by `tests/SentimentPipeline.Benchmarks --load`, not by hand):
--   wrk -t N -c N -s benchmarks/load-test.lua URL/predict -- REQUESTS ANSWERS
-- Line i of REQUESTS is a POST /predict body; line i of ANSWERS is the exact body sequential scoring answered for it.
-- Each thread cycles through the requests from its own starting line and compares every answer with its line. The
-- driver gives each thread one connection (-t = -c): HTTP/1.1 without pipelining then answers a thread's requests
-- in the order it sent them, so the last line sent is the one being answered.

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

local bodies, answers = {}, {}
local line, sent_line = 0, 0
mismatches, failures = 0, 0

function init(args)
  for text in io.lines(args[1]) do bodies[#bodies + 1] = text end
  for text in io.lines(args[2]) do answers[#answers + 1] = text end
  assert(#bodies > 0 and #bodies == #answers, "REQUESTS and ANSWERS must have the same, non-zero number of lines")
  -- Spread the threads over the file, so that concurrent requests carry different reviews.
  line = (thread_number * 97) % #bodies
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  line = line % #bodies + 1
  sent_line = line
  return wrk.format(nil, nil, nil, bodies[line])
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  elseif body ~= answers[sent_line] then
    mismatches = mismatches + 1
  end
end

function done(summary, latency, requests)
  local mismatched, failed = 0, 0
  for _, thread in ipairs(threads) do
    mismatched = mismatched + thread:get("mismatches")
    failed = failed + thread:get("failures")
  end
  local errors = summary.errors
  io.write(string.format(
    "load-test-cell requests=%d duration_us=%d p50_us=%d p99_us=%d non_200=%d socket_errors=%d mismatches=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), failed,
    errors.connect + errors.read + errors.write + errors.timeout, mismatched))
end
