#!/usr/bin/env bash
# Run any Kafka main class on the cached classpath, e.g.
#   tools/kafka/run-class.sh org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:9092 --topic t
#   tools/kafka/run-class.sh org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server 127.0.0.1:9092 --topic t --from-beginning
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ $# -ge 1 ]] || {
  echo "usage: $0 <main class> [args...]" >&2
  exit 2
}
"$KAFKA_TOOLS_DIR/fetch.sh" >/dev/null 2>&1 || "$KAFKA_TOOLS_DIR/fetch.sh"
kafka_run_class "$@"
