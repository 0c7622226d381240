#!/usr/bin/env bash
# Stop the broker started by start.sh for KAFKA_PORT (default 9092): SIGTERM (clean shutdown,
# data flushed), wait, then SIGKILL after KAFKA_STOP_TIMEOUT seconds (default 30).
# Data is kept; delete KAFKA_DATA_DIR (default tools/kafka/.cache/data-<port>) for a fresh broker.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port="${KAFKA_PORT:-9092}"
timeout_s="${KAFKA_STOP_TIMEOUT:-30}"
pid_file="$(kafka_pid_file "$port")"

if [[ ! -f "$pid_file" ]]; then
  kafka_log "no broker running for port $port (no pid file $pid_file)"
  exit 0
fi
pid="$(cat "$pid_file")"
if ! kafka_pid_is_broker "$pid"; then
  kafka_log "broker for port $port (pid $pid) is not running; removing stale pid file"
  rm -f "$pid_file" "${pid_file%.pid}.env"
  exit 0
fi

start_ms="$(kafka_now_ms)"
kafka_log "stopping Kafka broker on 127.0.0.1:$port (pid $pid) ..."
kill -TERM "$pid" 2>/dev/null || true
deadline=$((SECONDS + timeout_s))
while kafka_pid_alive "$pid"; do
  if ((SECONDS >= deadline)); then
    kafka_log "still running after ${timeout_s}s; sending SIGKILL (unclean shutdown: log recovery on next start)"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
    break
  fi
  sleep 0.2
done
rm -f "$pid_file" "${pid_file%.pid}.env"
kafka_log "stopped ($(($(kafka_now_ms) - start_ms)) ms)"
