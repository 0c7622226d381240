#!/usr/bin/env bash
# Create a topic explicitly (auto topic creation is off), idempotently.
# Usage: tools/kafka/create-topics.sh <topic>[,<topic>...] [partitions] [--config key=value ...]
# Env:   KAFKA_BROKERS (default 127.0.0.1:${KAFKA_PORT:-9092})
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ $# -lt 1 || "$1" == -* ]]; then
  echo "usage: $0 <topic>[,<topic>...] [partitions] [--config key=value ...]" >&2
  exit 2
fi
topics="$1"
shift
partitions=1
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then
  partitions="$1"
  shift
fi
bootstrap="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"

IFS=',' read -r -a topic_list <<<"$topics"
for topic in "${topic_list[@]}"; do
  [[ -n "$topic" ]] || continue
  kafka_run_class org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" \
    --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 1 "$@" >/dev/null ||
    kafka_die "could not create topic '$topic' on $bootstrap"
  kafka_log "topic '$topic' ready on $bootstrap ($(kafka_run_class org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --describe --topic "$topic" | grep -c 'Partition:') partitions)"
done
