#!/usr/bin/env bash
# Prints the benchmark figures (median, allocations) for the README. Takes a few minutes.
# `bench/run.sh alloc`: what a host turn allocates, by type (about 20 s).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "alloc" ]]; then
  exec dotnet run -c Release --project bench/CoachBot.Benchmarks -- alloc
fi
dotnet run -c Release --project bench/CoachBot.Benchmarks -- --filter '*' --job short --exporters markdown "$@"
echo
echo "Reports: BenchmarkDotNet.Artifacts/results/*.md"
