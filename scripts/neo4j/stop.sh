#!/usr/bin/env bash
# Stops the Neo4j that start.sh started on $STORYGRAPH_NEO4J_PORT (default 7687), by its pid file only.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${STORYGRAPH_NEO4J_PORT:-7687}"
pid_file="$here/target/run-$port/neo4j.pid"

[ -f "$pid_file" ] || { echo "neo4j: not running on port $port (no pid file)"; exit 0; }
pid="$(cat "$pid_file")"
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  # The shutdown hook closes the database cleanly; give it a moment before insisting.
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
fi
rm -f "$pid_file" "$here/target/run-$port/ready"
echo "neo4j: stopped (pid $pid)"
