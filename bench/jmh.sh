#!/usr/bin/env bash
# JMH benchmarks of parsing and rule evaluation per file (no process start-up). Uses the corpus of run.sh.
#   bench/jmh.sh [N=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"
corpus="bench/out/corpus-$n"
[ -d "$corpus" ] || java bench/GenerateCorpus.java "$n" "$corpus" 42
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=bench/out/classpath.txt -Dmdep.includeScope=test >&2
java -Dopsmith.corpus="$corpus" -cp "target/test-classes:target/classes:$(cat bench/out/classpath.txt)" \
  org.openjdk.jmh.Main DockerfileBenchmark "${@:2}"
