-- For wrk -s: counts the answers by status in every thread and ends the run with one line,
--   result: rps=<requests per second> p99_ms=<p99 latency> non2xx=<n> 5xx=<n> 503=<n> errors=<socket errors>
-- which the benchmarks read. Used by bench/footprint and bench/pages.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    non2xx = 0
    server_errors = 0
    unavailable = 0
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
    if status >= 500 then
        server_errors = server_errors + 1
    end
    if status == 503 then
        unavailable = unavailable + 1
    end
end

function done(summary, latency, requests)
    local non2xx_total, server_total, unavailable_total = 0, 0, 0
    for _, thread in ipairs(threads) do
        non2xx_total = non2xx_total + thread:get("non2xx")
        server_total = server_total + thread:get("server_errors")
        unavailable_total = unavailable_total + thread:get("unavailable")
    end
    local e = summary.errors
    io.write(string.format("result: rps=%.1f p99_ms=%.1f non2xx=%d 5xx=%d 503=%d errors=%d\n",
        summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, non2xx_total, server_total,
        unavailable_total, e.connect + e.read + e.write + e.timeout))
end
