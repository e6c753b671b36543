#!/usr/bin/env bash
# A local OpenSearch cluster for lede's tests, benchmarks and demos, one command away:
#
#   opensearch/cluster.sh start [--nodes N] [--fresh] [--write-queue Q]
#       fetch OpenSearch with Maven (once), start nodes 1 to N (default 1) that are not running, wait until
#       the cluster is usable. --fresh first deletes the stopped nodes' data; --write-queue gives the nodes
#       this call starts one write thread and a write queue of Q (a node that answers load with 429)
#   opensearch/cluster.sh stop [I...]   stop every node (or nodes I...) this script started, by the PID it wrote
#   opensearch/cluster.sh status        each node's PID and the cluster's health
#
# Nodes bind 127.0.0.1 only: HTTP on 9200, 9201, ... and transport on 9300, 9301, ... Everything (each node's
# config, data, logs and PID file) lives under opensearch/target/cluster, the unpacked distribution under
# opensearch/target. LEDE_CLUSTER_DIR and LEDE_CLUSTER_PORT move a cluster elsewhere (./lede test runs its own
# on 9250 under opensearch/target/test-cluster, so it never touches yours).
#
# Nodes started together on a stopped cluster are all cluster-manager-eligible, so a three-node cluster
# survives losing any one. Nodes added to a running cluster join as data nodes, and stay so when restarted:
# they can be stopped again without the cluster losing its quorum.
#
# OpenSearch refuses to run as root, so a root caller's nodes run as nobody (uid 65534).
# Exit codes: 0 ok, 1 the cluster did not come up (the message says why), 3 OpenSearch could not be fetched.
set -euo pipefail

VERSION=3.3.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${LEDE_CLUSTER_DIR:-$here/target/cluster}"
port="${LEDE_CLUSTER_PORT:-9200}"
home="$here/target/opensearch-$VERSION"
# The default cluster keeps the plain name; one on other ports is another cluster, named apart.
cluster_name="lede-local$([ "$port" = 9200 ] || echo "-$port")"
HEAP=512m
WAIT_SECONDS="${LEDE_CLUSTER_WAIT:-240}"

say() { printf 'cluster: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

http_port() { echo $((port + $1 - 1)); }
transport_port() { echo $((port + 100 + $1 - 1)); }

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
  local repo="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}" dist common log
  dist="org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  common="org/opensearch/plugin/analysis-common/$VERSION/analysis-common-$VERSION.jar"
  # Maven is asked only for what the local repository lacks (each call costs seconds).
  if [ ! -f "$repo/$dist" ] || [ ! -f "$repo/$common" ]; then
    command -v mvn >/dev/null 2>&1 || { say "cannot fetch OpenSearch: Maven (mvn) is not installed"; exit 3; }
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
    if [ ! -f "$repo/$dist" ]; then
      repo="$(mvn -B -ntp -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)"
    fi
  fi
  dist="$repo/$dist"
  common="$repo/$common"
  [ -f "$dist" ] && [ -f "$common" ] || { say "cannot fetch OpenSearch: not found in $repo after download"; exit 3; }
  rm -rf "$home"
  mkdir -p "$(dirname "$home")"
  unzip -q "$dist" -d "$(dirname "$home")"
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
  # Readable by the unprivileged user nodes run as when the caller is root.
  chmod -R a+rX "$home"
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
running_nodes() {
  local dir n=0
  for dir in "$root"/node-*; do
    [ -d "$dir" ] && alive "${dir##*/node-}" && n=$((n + 1))
  done
  echo $n
}

# One node's config folder: opensearch.yml for a loopback cluster of N nodes, and jvm.options with a fixed
# heap and absolute paths (the launcher reads relative GC and error-file paths against its own folder). A
# node's role (manager: cluster-manager-eligible and data; data: data only) is decided when it is first
# made and kept in its folder.
configure() {
  local i="$1" nodes="$2" role="$3" queue="$4" dir conf seeds="" managers="" j
  dir="$(node_dir "$i")"
  conf="$dir/config"
  mkdir -p "$conf" "$dir/data" "$dir/logs" "$dir/tmp"
  cp -r "$home/config/." "$conf/"
  for ((j = 1; j <= nodes; j++)); do
    seeds+="${seeds:+, }\"127.0.0.1:$(transport_port "$j")\""
    managers+="${managers:+, }\"node-$j\""
  done
  cat >"$conf/opensearch.yml" <<EOF
cluster.name: $cluster_name
node.name: node-$i
network.host: 127.0.0.1
http.port: $(http_port "$i")
transport.port: $(transport_port "$i")
path.data: $dir/data
path.logs: $dir/logs
discovery.seed_hosts: [$seeds]
# A test machine's disk may be fuller than a server's: do not stop allocating shards for that.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  if [ "$role" = data ]; then
    echo "node.roles: [data, ingest]" >>"$conf/opensearch.yml"
  else
    echo "cluster.initial_cluster_manager_nodes: [$managers]" >>"$conf/opensearch.yml"
  fi
  if [ -n "$queue" ]; then
    printf 'thread_pool.write.size: 1\nthread_pool.write.queue_size: %s\n' "$queue" >>"$conf/opensearch.yml"
  fi
  sed -i -e "s|^-Xms.*|-Xms$HEAP|" -e "s|^-Xmx.*|-Xmx$HEAP|" \
    -e "s|file=logs/gc.log|file=$dir/logs/gc.log|" \
    -e "s|^-XX:HeapDumpPath=data|-XX:HeapDumpPath=$dir/data|" \
    -e "s|^-XX:ErrorFile=logs/|-XX:ErrorFile=$dir/logs/|" \
    -e "s|^8:-Xloggc:logs/gc.log|8:-Xloggc:$dir/logs/gc.log|" "$conf/jvm.options"
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Starts node i's process (it daemonizes); wait_started then waits for its PID file.
launch() {
  local i="$1" nodes="$2" role="$3" queue="$4" dir jdk p
  dir="$(node_dir "$i")"
  jdk="$(find_jdk)" || die "no JDK 21 or newer found for OpenSearch $VERSION (set JAVA_HOME to one)"
  for p in "$(http_port "$i")" "$(transport_port "$i")"; do
    port_free "$p" || die "port $p (for node-$i) is in use by another program"
  done
  configure "$i" "$nodes" "$role" "$queue"
  echo "$role" >"$dir/role"
  rm -f "$dir/opensearch.pid"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$dir"
    run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  # The launcher reads bin/ and agent/ relative to where it runs.
  (cd "$home" && env OPENSEARCH_JAVA_HOME="$jdk" OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_TMPDIR="$dir/tmp" \
    "${run[@]}" bin/opensearch -d -p "$dir/opensearch.pid" >"$dir/start.log" 2>&1 </dev/null) \
    || { tail -n 20 "$dir/start.log" >&2; die "node-$i did not start (log: $dir/logs/$cluster_name.log)"; }
}

# The launcher returns once the node is past its checks; the PID file appears when it is up.
wait_started() {
  local i="$1" dir waited=0
  dir="$(node_dir "$i")"
  while [ ! -s "$dir/opensearch.pid" ] && [ $waited -lt 240 ]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  alive "$i" || { tail -n 20 "$dir/start.log" >&2; die "node-$i did not start (log: $dir/logs/$cluster_name.log)"; }
  say "node-$i started (pid $(pid_of "$i" || echo '?'), http 127.0.0.1:$(http_port "$i"), $(cat "$dir/role") node)"
}

health() {
  curl -s --max-time 5 "http://127.0.0.1:$1/_cluster/health" 2>/dev/null || true
}

# Waits until N nodes have joined and the cluster is green or yellow (a one-node cluster cannot place
# replicas); any running node answers.
wait_usable() {
  local nodes="$1" deadline=$((SECONDS + WAIT_SECONDS)) h p i
  while [ $SECONDS -lt $deadline ]; do
    local up=0
    for ((i = 1; i <= nodes; i++)); do
      alive "$i" && up=$((up + 1))
    done
    [ $up -gt 0 ] || die "every node has stopped (logs: $root/node-*/logs)"
    for ((i = 1; i <= nodes; i++)); do
      alive "$i" || continue
      p="$(http_port "$i")"
      h="$(health "$p")"
      if printf '%s' "$h" | grep -q "\"number_of_nodes\":$nodes," \
          && printf '%s' "$h" | grep -Eq '"status":"(green|yellow)"'; then
        say "cluster usable: $(printf '%s' "$h" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'), $nodes node(s), http://127.0.0.1:$port"
        defaults "$p"
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
  local nodes=1 fresh=0 queue=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes="${2:?--nodes takes a number}"; shift 2 ;;
      --nodes=*) nodes="${1#--nodes=}"; shift ;;
      --fresh) fresh=1; shift ;;
      --write-queue) queue="${2:?--write-queue takes a number}"; shift 2 ;;
      *) die "unknown option $1 (start [--nodes N] [--fresh] [--write-queue Q])" ;;
    esac
  done
  [[ "$nodes" =~ ^[1-9]$ ]] || die "--nodes must be 1 to 9"
  [ -z "$queue" ] || [[ "$queue" =~ ^[0-9]+$ ]] || die "--write-queue must be a number"
  fetch
  local i dir joining=0 started=()
  [ "$(running_nodes)" -gt 0 ] && joining=1
  if [ $fresh -eq 1 ]; then
    for dir in "$root"/node-*; do
      [ -d "$dir" ] && ! alive "${dir##*/node-}" && rm -rf "$dir"
    done
  fi
  # Every node is launched first, then waited for: their start-ups overlap.
  for ((i = 1; i <= nodes; i++)); do
    if alive "$i"; then
      say "node-$i already running (pid $(pid_of "$i"))"
      continue
    fi
    dir="$(node_dir "$i")"
    local role=manager
    if [ -s "$dir/role" ]; then
      role="$(cat "$dir/role")"
    elif [ $joining -eq 1 ]; then
      role=data
    fi
    launch "$i" "$nodes" "$role" "$queue"
    started+=("$i")
  done
  for i in "${started[@]}"; do
    wait_started "$i"
  done
  wait_usable "$nodes"
}

stop_node() {
  local i="$1" pid waited=0
  pid="$(pid_of "$i" 2>/dev/null)" || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ $waited -lt 60 ]; do
      sleep 0.5
      waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
    say "node-$i stopped (pid $pid)"
  fi
  rm -f "$(node_dir "$i")/opensearch.pid"
}

stop() {
  local dir i
  if [ $# -gt 0 ]; then
    for i in "$@"; do
      [[ "$i" =~ ^[1-9]$ ]] || die "stop takes node numbers (1 to 9)"
      stop_node "$i"
    done
    return 0
  fi
  # The highest first: data nodes leave before the cluster managers.
  for dir in $(ls -d "$root"/node-* 2>/dev/null | sort -rV); do
    [ -d "$dir" ] && stop_node "${dir##*/node-}"
  done
}

status() {
  local dir i any=1
  for dir in "$root"/node-*; do
    [ -d "$dir" ] || continue
    i="${dir##*/node-}"
    if alive "$i"; then
      echo "node-$i  running  pid $(pid_of "$i")  http://127.0.0.1:$(http_port "$i")  $(cat "$dir/role" 2>/dev/null || echo manager)"
      any=0
    else
      echo "node-$i  stopped"
    fi
  done
  for dir in "$root"/node-*; do
    i="${dir##*/node-}"
    if alive "$i"; then
      echo "health   $(health "$(http_port "$i")")"
      break
    fi
  done
  return $any
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  status) status ;;
  *) echo "usage: opensearch/cluster.sh start [--nodes N] [--fresh] [--write-queue Q] | stop [I...] | status" >&2; exit 2 ;;
esac
