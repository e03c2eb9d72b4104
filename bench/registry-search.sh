#!/usr/bin/env bash
# The registry list at national scale (60,000 cooperatives on a real PostgreSQL): prints a table of median and 95th
# percentile response times of the service call behind the list page. Results are kept in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B test -Dtest=RegistrySearchBenchmark -Dtiwizi.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^\|' || true
