# Sourced by the benchmarks that run the app as production does (footprint, pages, soak, scale): the app
# started through payara/start without DEBUG, on a scratch PostgreSQL database (127.0.0.1:5432, user postgres),
# with the production JVM options capped at 512 MiB. The caller sets `port` and `database` and calls
# `production_cleanup` from its EXIT trap; everything here is started and dropped by the caller's run only.

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
app_pid=""
sampler_pid=""
production_data=""

require_build() {
    [[ -f "$repo_dir/target/payara-micro.jar" && -f "$repo_dir/target/ai-resume-builder.war" ]] ||
        { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
}

require_wrk() {
    command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
}

# The JVM options production runs with: payara/jvm.options when there is one (one or more options a line,
# # comments), else the JAVA_OPTS of the Dockerfile's ENV line; then the 512 MiB instance's memory.
production_java_opts() {
    local options
    if [[ -f "$repo_dir/payara/jvm.options" ]]; then
        options=$(sed 's/#.*//' "$repo_dir/payara/jvm.options" | xargs)
    else
        options=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' "$repo_dir/Dockerfile" | head -1)
    fi
    [[ -n "$options" ]] || { echo "no production JVM options in payara/jvm.options or the Dockerfile" >&2; exit 1; }
    echo "$options -XX:MaxRAM=512m"
}

psql_admin() {
    psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres "$@"
}

psql_bench() {
    psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$database" "$@"
}

recreate_database() {
    [[ "$database" == bench_* ]] || { echo "refusing to recreate $database (not bench_*)" >&2; exit 1; }
    psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" 2>/dev/null ||
        { echo "PostgreSQL on 127.0.0.1:5432 (user postgres) is needed" >&2; exit 1; }
    database_created=1
}

# start_production_app [NAME=value ...]: the app in production mode on $port and $database; extra settings
# are passed on as environment. Returns once /health/ready answers 200; sets app_pid and java_pid.
start_production_app() {
    production_data=$(mktemp -d)
    env DEBUG=False SECRET_KEY="$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')" \
        ALLOWED_HOSTS=127.0.0.1,localhost TRUSTED_PROXY_COUNT=0 \
        DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$database" DATA_DIR="$production_data/data" \
        PORT="$port" JAVA_OPTS="$(production_java_opts)" "$@" \
        "$repo_dir/payara/start" >"$production_data/app.log" 2>&1 &
    app_pid=$!
    local ready=""
    for _ in $(seq 1 900); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]]; then
            ready=1
            break
        fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    if [[ -z "$ready" ]]; then
        echo "the app did not become ready; its log ends:" >&2
        tail -20 "$production_data/app.log" >&2
        exit 1
    fi
    java_pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
}

stop_production_app() {
    if [[ -n "$app_pid" ]]; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
    fi
}

# RssAnon in MiB and the thread count of the app's JVM, e.g. "412 MiB, 187 threads".
footprint_now() {
    if [[ -r "/proc/$java_pid/status" ]]; then
        awk '/^RssAnon/ {rss = $2} /^Threads/ {t = $2} END {printf "%d MiB, %d threads", rss / 1024, t}' \
            "/proc/$java_pid/status"
    else
        printf 'none: the JVM is gone'
    fi
}

# Prints why the JVM is gone and fails, when it is.
require_jvm_alive() {
    [[ -r "/proc/$java_pid/status" ]] && return 0
    echo "the JVM (pid $java_pid) is gone; the app log says:"
    grep -E 'Terminating|OutOfMemoryError|SEVERE' "$production_data/app.log" | tail -3 | sed 's/^/  /' || true
    return 1
}

# start_sampler FILE: one line a second, "epoch-seconds RssAnon-KiB threads", while the JVM lives (at most a day).
start_sampler() {
    local file=$1
    (
        for _ in $(seq 1 86400); do
            [[ -r "/proc/$java_pid/status" ]] || break
            awk -v now="$(date +%s)" '/^RssAnon/ {rss = $2} /^Threads/ {t = $2} END {print now, rss, t}' \
                "/proc/$java_pid/status" 2>/dev/null || break
            sleep 1
        done
    ) >"$file" &
    sampler_pid=$!
}

# max_since FILE EPOCH: the most RssAnon (MiB) and threads sampled since EPOCH, e.g. "max 430 MiB, 190 threads".
max_since() {
    awk -v since="$2" '$1 >= since {if ($2 > rss) rss = $2; if ($3 > t) t = $3}
        END {printf "max %d MiB, %d threads", rss / 1024, t}' "$1"
}

# result_value NAME LINE: NAME's number in a "result: a=1 b=2" or "status: a=1" line; 0 when it is missing.
result_value() {
    local value
    value=$(sed -n "s/.*[: ]$1=\([^ ]*\).*/\1/p" <<<"$2")
    echo "${value:-0}"
}

# What the app logged that an operator would look at: SEVERE and WARNING records by logger, and the exceptions.
app_log_summary() {
    local log="$production_data/app.log"
    local records exceptions
    records=$(sed -n 's/^[0-9-]* [0-9:]* \(SEVERE\|WARNING\) \[\([^]]*\)\].*/\1 \2/p' "$log" | sort | uniq -c |
        sort -rn | awk 'NR <= 5 {printf "%s%s %s x%d", (NR > 1 ? ", " : ""), $2, $3, $1}' || true)
    exceptions=$(grep -o '[a-z][a-z0-9_]*\.[a-z0-9_.]*\.[A-Z][A-Za-z0-9]*\(Exception\|Error\)' "$log" | sort |
        uniq -c | sort -rn | awk 'NR <= 4 {printf "%s%s x%d", (NR > 1 ? ", " : ""), $2, $1}' || true)
    echo "app log: ${records:-no SEVERE or WARNING records}${exceptions:+; exceptions named: $exceptions}"
    # One message of each of the two loggers that warned most, as the operator would read it.
    sed -n 's/^[0-9-]* [0-9:]* \(SEVERE\|WARNING\) \[\([^]]*\)\] */\2\t/p' "$log" | awk -F '\t' '
        {count[$1]++; if (!($1 in first) && $2 != "") first[$1] = substr($2, 1, 160)}
        END {for (l in count) print count[l] "\t" l "\t" first[l]}' | sort -rn | awk -F '\t' '
        NR <= 2 && $3 != "" {print "  e.g. [" $2 "] " $3}' || true
    grep -h 'Terminating due to' "$log" | head -1 | sed 's/^/app log: /' || true
    return 0
}

production_cleanup() {
    [[ -n "$sampler_pid" ]] && { kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; }
    stop_production_app
    if [[ -n "${database_created:-}" ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" 2>/dev/null || true
    fi
    [[ -n "$production_data" ]] && rm -rf "$production_data"
    return 0
}
