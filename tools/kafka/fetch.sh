#!/usr/bin/env bash
# Fetch the Kafka broker + CLI jars (Maven artifacts, no tarball) into tools/kafka/.cache/libs.
# Idempotent: does nothing when the cache matches pom.xml. Tries Maven offline first, so a
# warm ~/.m2 (or KAFKA_MAVEN_REPO_LOCAL) works without network.
#
# Env: KAFKA_MAVEN_REPO_LOCAL  use this Maven local repository (-Dmaven.repo.local)
#      KAFKA_FETCH_FORCE=1     re-copy even if the cache looks current
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pom="$KAFKA_TOOLS_DIR/pom.xml"
stamp_value="$(sha256sum "$pom" | cut -d' ' -f1)"

cache_current() {
  [[ -f "$KAFKA_LIBS_DIR/.stamp" ]] && [[ "$(cat "$KAFKA_LIBS_DIR/.stamp")" == "$stamp_value" ]] &&
    compgen -G "$KAFKA_LIBS_DIR/kafka_2.13-*.jar" >/dev/null
}

if [[ "${KAFKA_FETCH_FORCE:-0}" != 1 ]] && cache_current; then
  kafka_log "artifacts cached in ${KAFKA_LIBS_DIR#"$PWD"/} ($(find "$KAFKA_LIBS_DIR" -name '*.jar' | wc -l) jars)"
  exit 0
fi

command -v mvn >/dev/null 2>&1 || kafka_die "mvn not found on PATH and $KAFKA_LIBS_DIR is not populated (apt-get install maven)"
kafka_require_java
mkdir -p "$KAFKA_CACHE_DIR"

# Serialise concurrent fetches (e.g. two test runs starting at once).
exec 9>"$KAFKA_CACHE_DIR/.fetch.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
if [[ "${KAFKA_FETCH_FORCE:-0}" != 1 ]] && cache_current; then
  kafka_log "artifacts fetched by a concurrent run"
  exit 0
fi

tmp="$KAFKA_CACHE_DIR/libs.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
mvn_args=(-B -q -f "$pom" -Dkafka.libs.dir="$tmp")
if [[ -n "${KAFKA_MAVEN_REPO_LOCAL:-}" ]]; then mvn_args+=(-Dmaven.repo.local="$KAFKA_MAVEN_REPO_LOCAL"); fi

start_ms="$(kafka_now_ms)"
kafka_log "fetching Kafka artifacts with Maven (pom: tools/kafka/pom.xml) ..."
if mvn "${mvn_args[@]}" -o dependency:copy-dependencies >/dev/null 2>&1; then
  kafka_log "resolved offline from the local Maven repository"
else
  rm -rf "$tmp"
  kafka_log "not all artifacts are in the local Maven repository; downloading from Maven Central"
  mvn "${mvn_args[@]}" dependency:copy-dependencies || kafka_die "Maven could not fetch the Kafka artifacts (see output above)"
fi

compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || kafka_die "Maven finished but no kafka_2.13 jar was copied to $tmp"
echo "$stamp_value" >"$tmp/.stamp"
rm -rf "$KAFKA_LIBS_DIR"
mv "$tmp" "$KAFKA_LIBS_DIR"
trap - EXIT
kafka_log "fetched $(find "$KAFKA_LIBS_DIR" -name '*.jar' | wc -l) jars ($(du -sh "$KAFKA_LIBS_DIR" | cut -f1)) in $(($(kafka_now_ms) - start_ms)) ms"
