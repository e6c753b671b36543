#!/usr/bin/env bash
# A local OpenSearch cluster for lede's tests, benchmarks and demos, one command away:
#
#   opensearch/cluster.sh start [--nodes N]   fetch OpenSearch with Maven (once), start N nodes (default 1)
#                                             that are not already running, wait until the cluster is usable
#   opensearch/cluster.sh stop                stop every node this script started, by the PID it wrote
#   opensearch/cluster.sh status              each node's PID and the cluster's health
#
# Nodes bind 127.0.0.1 only: HTTP on 9200, 9201, ... and transport on 9300, 9301, ... Everything (the
# unpacked distribution, each node's config, data, logs and PID file) lives under opensearch/target/cluster.
# OpenSearch refuses to run as root, so a root caller's nodes run as nobody (uid 65534).
# Exit codes: 0 ok, 1 the cluster did not come up (the message says why), 3 OpenSearch could not be fetched.
set -euo pipefail

VERSION=3.3.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/target/cluster"
home="$root/opensearch-$VERSION"
HEAP=512m
WAIT_SECONDS="${LEDE_CLUSTER_WAIT:-240}"

say() { printf 'cluster: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# A JDK 21+ for OpenSearch 3 (the integration-test distribution brings none): the caller's JAVA_HOME when
# it is one, else the newest in /usr/lib/jvm.
find_jdk() {
  local c v
  for c in "${OPENSEARCH_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
    [ -n "$c" ] && [ -x "$c/bin/java" ] || continue
    v="$("$c/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

# Maven fetches the distribution and the analysis-common module (the english analyzer lives there; the
# integration-test zip ships without it), into the local repository, then they are unpacked here once.
fetch() {
  [ -f "$home/modules/analysis-common/plugin-descriptor.properties" ] && return 0
  command -v mvn >/dev/null 2>&1 || { say "cannot fetch OpenSearch: Maven (mvn) is not installed"; exit 3; }
  local repo dist common log
  log="$(mktemp)"
  say "fetching OpenSearch $VERSION with Maven..."
  for a in "org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
           "org.opensearch.plugin:analysis-common:$VERSION"; do
    if ! mvn -B -ntp -q dependency:get -Dtransitive=false -Dartifact="$a" >"$log" 2>&1; then
      tail -n 5 "$log" >&2
      rm -f "$log"
      say "cannot fetch OpenSearch: Maven could not get $a"
      exit 3
    fi
  done
  rm -f "$log"
  repo="$(mvn -B -ntp -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)"
  [ -d "$repo" ] || repo="$HOME/.m2/repository"
  dist="$repo/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  common="$repo/org/opensearch/plugin/analysis-common/$VERSION/analysis-common-$VERSION.jar"
  [ -f "$dist" ] && [ -f "$common" ] || { say "cannot fetch OpenSearch: not found in $repo after download"; exit 3; }
  rm -rf "$home"
  mkdir -p "$root"
  unzip -q "$dist" -d "$root"
  mkdir -p "$home/modules/analysis-common"
  cp "$common" "$home/modules/analysis-common/"
  # A module is a folder with its jars and a descriptor; lang-painless, which analysis-common can extend,
  # is not in this distribution, so it extends nothing here (its painless hooks are never loaded).
  cat >"$home/modules/analysis-common/plugin-descriptor.properties" <<EOF
description=Adds analyzers, tokenizers and token filters (english, lowercase, ...)
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin
java.version=21
opensearch.version=$VERSION
extended.plugins=
has.native.controller=false
EOF
}

node_dir() { echo "$root/node-$1"; }
pid_of() {
  local f
  f="$(node_dir "$1")/opensearch.pid"
  [ -s "$f" ] && cat "$f"
}
alive() {
  local pid
  pid="$(pid_of "$1" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# One node's config folder: opensearch.yml for a loopback cluster of N nodes, and jvm.options with a fixed
# heap and absolute paths (the launcher reads relative GC and error-file paths against its own folder).
configure() {
  local i="$1" nodes="$2" dir conf seeds="" managers="" j
  dir="$(node_dir "$i")"
  conf="$dir/config"
  mkdir -p "$conf" "$dir/data" "$dir/logs" "$dir/tmp"
  cp -r "$home/config/." "$conf/"
  for ((j = 1; j <= nodes; j++)); do
    seeds+="${seeds:+, }\"127.0.0.1:$((9299 + j))\""
    managers+="${managers:+, }\"node-$j\""
  done
  cat >"$conf/opensearch.yml" <<EOF
cluster.name: lede-local
node.name: node-$i
network.host: 127.0.0.1
http.port: $((9199 + i))
transport.port: $((9299 + i))
path.data: $dir/data
path.logs: $dir/logs
discovery.seed_hosts: [$seeds]
cluster.initial_cluster_manager_nodes: [$managers]
# A test machine's disk may be fuller than a server's: do not stop allocating shards for that.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  sed -i -e "s|^-Xms.*|-Xms$HEAP|" -e "s|^-Xmx.*|-Xmx$HEAP|" \
    -e "s|file=logs/gc.log|file=$dir/logs/gc.log|" \
    -e "s|^-XX:HeapDumpPath=data|-XX:HeapDumpPath=$dir/data|" \
    -e "s|^-XX:ErrorFile=logs/|-XX:ErrorFile=$dir/logs/|" \
    -e "s|^8:-Xloggc:logs/gc.log|8:-Xloggc:$dir/logs/gc.log|" "$conf/jvm.options"
}

start_node() {
  local i="$1" nodes="$2" dir jdk
  dir="$(node_dir "$i")"
  jdk="$(find_jdk)" || die "no JDK 21 or newer found for OpenSearch $VERSION (set JAVA_HOME to one)"
  configure "$i" "$nodes"
  rm -f "$dir/opensearch.pid"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$dir"
    run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  # The launcher reads bin/ and agent/ relative to where it runs.
  (cd "$home" && env OPENSEARCH_JAVA_HOME="$jdk" OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_TMPDIR="$dir/tmp" \
    "${run[@]}" bin/opensearch -d -p "$dir/opensearch.pid" >"$dir/start.log" 2>&1 </dev/null) \
    || { tail -n 20 "$dir/start.log" >&2; die "node-$i did not start (log: $dir/logs/lede-local.log)"; }
  # The launcher returns once the node is past its checks; the PID file appears when it is up.
  local waited=0
  while [ ! -s "$dir/opensearch.pid" ] && [ $waited -lt 120 ]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  alive "$i" || { tail -n 20 "$dir/start.log" >&2; die "node-$i did not start (log: $dir/logs/lede-local.log)"; }
  say "node-$i started (pid $(pid_of "$i" || echo '?'), http 127.0.0.1:$((9199 + i)))"
}

health() {
  curl -s --max-time 5 "http://127.0.0.1:$1/_cluster/health" 2>/dev/null || true
}

# Waits until N nodes have joined and the cluster is green or yellow (a one-node cluster cannot place
# replicas); any running node answers.
wait_usable() {
  local nodes="$1" deadline=$((SECONDS + WAIT_SECONDS)) h port i
  while [ $SECONDS -lt $deadline ]; do
    local up=0
    for ((i = 1; i <= nodes; i++)); do
      alive "$i" && up=$((up + 1))
    done
    [ $up -gt 0 ] || die "every node has stopped (logs: $root/node-*/logs)"
    for ((i = 1; i <= nodes; i++)); do
      alive "$i" || continue
      port=$((9199 + i))
      h="$(health "$port")"
      if printf '%s' "$h" | grep -q "\"number_of_nodes\":$nodes," \
          && printf '%s' "$h" | grep -Eq '"status":"(green|yellow)"'; then
        say "cluster usable: $(printf '%s' "$h" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'), $nodes node(s), http://127.0.0.1:9200"
        defaults "$port"
        return 0
      fi
      break
    done
    sleep 2
  done
  die "the cluster did not reach green or yellow with $nodes node(s) within ${WAIT_SECONDS}s (logs: $root/node-*/logs)"
}

# Replicas of a node that left are re-assigned at once rather than after a minute: a local cluster's
# nodes leave because a test killed them, and failover should be prompt. Hidden indices are not matched.
defaults() {
  curl -s --max-time 10 -X PUT "http://127.0.0.1:$1/_index_template/lede-local-defaults" \
    -H 'Content-Type: application/json' \
    -d '{"index_patterns":["*"],"priority":0,"template":{"settings":{"index.unassigned.node_left.delayed_timeout":"0"}}}' \
    >/dev/null || say "could not set the index template for prompt failover"
}

start() {
  local nodes=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes="${2:?--nodes takes a number}"; shift 2 ;;
      --nodes=*) nodes="${1#--nodes=}"; shift ;;
      *) die "unknown option $1 (start [--nodes N])" ;;
    esac
  done
  [[ "$nodes" =~ ^[1-9]$ ]] || die "--nodes must be 1 to 9"
  fetch
  local i
  for ((i = 1; i <= nodes; i++)); do
    if alive "$i"; then
      say "node-$i already running (pid $(pid_of "$i"))"
    else
      start_node "$i" "$nodes"
    fi
  done
  wait_usable "$nodes"
}

stop() {
  local dir pid i waited
  for dir in "$root"/node-*; do
    [ -d "$dir" ] || continue
    i="${dir##*/node-}"
    pid="$(pid_of "$i" 2>/dev/null)" || continue
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      waited=0
      while kill -0 "$pid" 2>/dev/null && [ $waited -lt 60 ]; do
        sleep 0.5
        waited=$((waited + 1))
      done
      if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
      fi
      say "node-$i stopped (pid $pid)"
    fi
    rm -f "$dir/opensearch.pid"
  done
}

status() {
  local dir i any=1
  for dir in "$root"/node-*; do
    [ -d "$dir" ] || continue
    i="${dir##*/node-}"
    if alive "$i"; then
      echo "node-$i  running  pid $(pid_of "$i")  http://127.0.0.1:$((9199 + i))"
      any=0
    else
      echo "node-$i  stopped"
    fi
  done
  for dir in "$root"/node-*; do
    i="${dir##*/node-}"
    if alive "$i"; then
      echo "health   $(health $((9199 + i)))"
      break
    fi
  done
  return $any
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: opensearch/cluster.sh start [--nodes N] | stop | status" >&2; exit 2 ;;
esac
