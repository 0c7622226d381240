# shellcheck shell=bash
# Shared helpers for tools/kafka/*.sh. Source it; do not execute it.

KAFKA_TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_CACHE_DIR="${KAFKA_CACHE_DIR:-$KAFKA_TOOLS_DIR/.cache}"
KAFKA_LIBS_DIR="$KAFKA_CACHE_DIR/libs"
KAFKA_RUN_DIR="$KAFKA_CACHE_DIR/run"

kafka_log() { printf '[kafka] %s\n' "$*" >&2; }
kafka_die() {
  printf '[kafka] ERROR: %s\n' "$*" >&2
  exit 1
}

kafka_require_java() {
  command -v java >/dev/null 2>&1 || kafka_die "java not found on PATH (Kafka 4.x needs Java 17+; e.g. apt-get install openjdk-17-jre-headless)"
}

# Port helpers (bash /dev/tcp, no extra tools).
kafka_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

kafka_pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# True when pid $1 is a Kafka broker JVM (guards against a recycled pid).
kafka_pid_is_broker() {
  kafka_pid_alive "$1" || return 1
  [[ -r "/proc/$1/cmdline" ]] || return 0 # no procfs: trust the pid file
  tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'kafka\.Kafka'
}

kafka_pid_file() { echo "${KAFKA_PID_FILE:-$KAFKA_RUN_DIR/broker-$1.pid}"; }

kafka_now_ms() { date +%s%3N; }

# Run a Kafka class (broker-side tool or CLI) on the cached classpath.
# Usage: kafka_run_class <main class> [args...]
kafka_run_class() {
  kafka_require_java
  [[ -f "$KAFKA_LIBS_DIR/.stamp" ]] || kafka_die "Kafka artifacts are not fetched yet: run tools/kafka/fetch.sh"
  local main="$1"
  shift
  # shellcheck disable=SC2086 # KAFKA_TOOL_OPTS is a list of JVM flags
  java ${KAFKA_TOOL_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
    -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_TOOLS_DIR/tools-log4j2.xml" \
    -cp "$KAFKA_LIBS_DIR/*" "$main" "$@"
}

# One Kafka protocol round trip without a JVM: send ApiVersions v0 to 127.0.0.1:$1 and expect a
# response with our correlation id and error_code 0. A KRaft broker only processes requests on
# its client listener once it is unfenced, so an answer here means "ready for clients".
kafka_api_versions_probe() {
  local port="$1" reply bytes
  # size=15 | api_key=18 (ApiVersions) | api_version=0 | correlation_id=0x4b41464b | client_id="probe"
  # shellcheck disable=SC2016 # $1 expands in the inner shell
  reply="$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x4b\x41\x46\x4b\x00\x05probe" >&3
    head -c 10 <&3 | od -An -tx1
  ' _ "$port" 2>/dev/null)" || return 1
  read -r -a bytes <<<"$reply"
  reply="${bytes[*]:-}"
  [[ "$reply" =~ ^[0-9a-f]{2}\ [0-9a-f]{2}\ [0-9a-f]{2}\ [0-9a-f]{2}\ 4b\ 41\ 46\ 4b\ 00\ 00$ ]]
}
