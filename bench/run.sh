#!/usr/bin/env bash
# Prints the benchmark figures (median, allocations) for the README. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/CoachBot.Benchmarks -- --filter '*' --job short --exporters markdown "$@"
echo
echo "Reports: BenchmarkDotNet.Artifacts/results/*.md"
