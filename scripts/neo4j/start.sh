#!/usr/bin/env bash
# Starts a throwaway Neo4j 5.26 (the Maven Central test harness, Java 17) for storygraph's tests:
# Bolt on 127.0.0.1:$STORYGRAPH_NEO4J_PORT (default 7687), auth off, data in a temp dir.
# Returns once Bolt answers, or exits non-zero. The first run downloads ~200 MB into ~/.m2.
# Stop it with scripts/neo4j/stop.sh (same port variable).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${STORYGRAPH_NEO4J_PORT:-7687}"
run_dir="$here/target/run-$port"
pid_file="$run_dir/neo4j.pid"
ready_file="$run_dir/ready"
log_file="$run_dir/neo4j.log"
timeout_s="${STORYGRAPH_NEO4J_TIMEOUT:-300}"

bolt_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# One Neo4j per port: a second start while ours is up is a no-op.
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && bolt_answers; then
  echo "neo4j: already running on 127.0.0.1:$port (pid $(cat "$pid_file"))"
  exit 0
fi
if bolt_answers; then
  echo "neo4j: port $port is taken by another process; set STORYGRAPH_NEO4J_PORT" >&2
  exit 1
fi

command -v java >/dev/null || { echo "neo4j: java not found (Java 17 needed)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "neo4j: mvn not found (Maven needed)" >&2; exit 1; }

mkdir -p "$run_dir"
rm -f "$ready_file"
cd "$here"
# Compile the launcher and write the harness classpath; downloads land in ~/.m2 once.
if ! timeout "$timeout_s" mvn -q -B compile dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt >"$run_dir/maven.log" 2>&1; then
  echo "neo4j: maven could not build the launcher, see $run_dir/maven.log" >&2
  tail -n 20 "$run_dir/maven.log" >&2
  exit 1
fi

nohup java -Xms256m -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" \
  storygraph.TestNeo4j 127.0.0.1 "$port" "$ready_file" >"$log_file" 2>&1 &
echo $! >"$pid_file"

deadline=$((SECONDS + timeout_s))
until [ -f "$ready_file" ] && bolt_answers; do
  if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "neo4j: the launcher exited, see $log_file" >&2
    tail -n 20 "$log_file" >&2
    rm -f "$pid_file"
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "neo4j: Bolt did not answer on 127.0.0.1:$port within ${timeout_s}s" >&2
    kill "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
    exit 1
  fi
  sleep 1
done
echo "neo4j: ready on bolt://127.0.0.1:$port (pid $(cat "$pid_file"))"
