#!/usr/bin/env bash
# Rewrites the coaching transcript snapshots (Snapshots/) from what the bot answers now.
# Review the diff before committing: each test still asserts its rule ids, buttons and figures.
set -euo pipefail
cd "$(dirname "$0")/../../.."
UPDATE_SNAPSHOTS=1 dotnet test tests/CoachBot.Tests --filter FullyQualifiedName~Coaching "$@"
git status --short -- tests/CoachBot.Tests/Coaching/Snapshots
