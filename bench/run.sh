#!/usr/bin/env bash
# Times `opsmith scan` over a synthetic corpus and prints files/s, MB/s, wall time and peak RSS, plus a
# parse-only pass (only the PARSE rule runs: discovery, reading and parsing) as the floor; then the same over a
# synthetic corpus of N Kubernetes manifest files (GenerateManifests.java).
#   bench/run.sh [N=5000]        (needs GNU time: apt-get install time)
#   SECTIONS=kubernetes bench/run.sh   (only the manifests; default "dockerfile kubernetes helm")
#   CHARTS=100 SECTIONS=helm bench/run.sh   (only the Helm charts)
#   SECTIONS=terraform bench/run.sh   (only the Terraform files)
#   SECTIONS=plan bench/run.sh   (one large Terraform plan JSON; PLAN_RESOURCES=100000)
#   OPSMITH="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar /tmp/x/opsmith.jar" bench/run.sh   (a jar built elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"
out="bench/out"
corpus="$out/corpus-$n"
mkdir -p "$out"
[ -d "$corpus" ] || java bench/GenerateCorpus.java "$n" "$corpus" 42
manifests="$out/manifests-$n"
[ -d "$manifests" ] || java bench/GenerateManifests.java "$n" "$manifests" 42
opsmith="${OPSMITH:-./opsmith}"
$opsmith version >/dev/null   # build the jar outside the measurement

measure() {
  local label="$1"; shift
  local files bytes
  files=$(find "$target" -type f | wc -l)
  bytes=$(find "$target" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  local log="$out/time-$label.txt"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  local secs
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  awk -v l="$label" -v f="$files" -v b="$bytes" -v s="$secs" -v r="$rss" 'BEGIN {
    printf "%-12s %6d files  %6.2f MB  wall %6.2f s  %8.0f files/s  %6.2f MB/s  peak RSS %5.0f MiB\n",
      l, f, b/1e6, s, f/s, b/1e6/s, r/1024 }'
}

echo "$(nproc) cores; $(java -version 2>&1 | head -1)"
sections=" ${SECTIONS:-dockerfile kubernetes helm terraform} "
if [[ "$sections" == *" dockerfile "* ]]; then
target="$corpus"
echo "Dockerfiles: $(find "$target" -type f | wc -l) files"
measure parse-only $opsmith scan "$corpus" --rule PARSE --format json --shellcheck off
measure scan $opsmith scan "$corpus" --format json --shellcheck off
# the JVM's defaults (C2 compiler, G1 collector), for comparison with the launcher's
OPSMITH_JAVA_OPTS=" " measure scan-jvmdef ./opsmith scan "$corpus" --format json --shellcheck off
if command -v shellcheck >/dev/null 2>&1; then
  measure scan+sc $opsmith scan "$corpus" --format json --shellcheck auto
fi
fi

if [[ "$sections" == *" kubernetes "* ]]; then
target="$manifests"
echo "Kubernetes manifests: $(find "$target" -type f | wc -l) files, $(find "$target" -type f -exec cat {} + | grep -c '^kind:') documents"
measure k8s-parse $opsmith scan "$manifests" --rule PARSE --format json --shellcheck off
measure k8s-scan $opsmith scan "$manifests" --format json --shellcheck off
fi

# Helm: CHARTS charts (default 100), each rendered twice (values-dev, values-prod) and linted once, in one
# worker JVM; charts/s = charts / wall time, renders/s twice that. --helm off is the floor without Helm.
if [[ "$sections" == *" helm "* ]]; then
charts_n="${CHARTS:-100}"
charts="$out/charts-$charts_n"
[ -d "$charts" ] || java bench/GenerateCharts.java "$charts_n" "$charts" 42
target="$charts"
echo "Helm charts: $charts_n charts, $(find "$target" -type f | wc -l) files"
measure helm-off $opsmith scan "$charts" --helm off --format json --shellcheck off
measure helm-render $opsmith scan "$charts" --format json --shellcheck off
fi

# Terraform: N .tf files (GenerateTerraform.java); the full scan evaluates every module (module calls entered)
# and runs every Terraform rule, beside the parse-only floor.
if [[ "$sections" == *" terraform "* ]]; then
tf="$out/terraform-$n"
[ -d "$tf" ] || java bench/GenerateTerraform.java "$n" "$tf" 42
target="$tf"
echo "Terraform: $(find "$target" -type f | wc -l) files"
measure tf-parse $opsmith scan "$tf" --rule PARSE --format json --shellcheck off
measure tf-scan $opsmith scan "$tf" --format json --shellcheck off
fi

# Terraform plan JSON: one generated plan of PLAN_RESOURCES resource changes (default 100000, about 50 MB) with no
# configuration beside it, read by the streaming plan reader and judged on its own.
if [[ "$sections" == *" plan "* ]]; then
plan_n="${PLAN_RESOURCES:-100000}"
plan="$out/plan-$plan_n/plan.json"
[ -f "$plan" ] || java bench/GeneratePlan.java "$plan_n" "$plan" 42
target="$(dirname "$plan")"
echo "Terraform plan: $plan_n resource changes, $(du -m "$plan" | cut -f1) MB"
measure plan-parse $opsmith scan "$target" --rule PARSE --format json --shellcheck off
measure plan-scan $opsmith scan "$target" --format json --shellcheck off
fi
