#!/usr/bin/env bash
# Runs every test: the .NET suites, then the conformance tests against Microsoft's npm client code.
# Installs what the conformance tests need (npm ci) itself; the browser comes from .ci/run or apt.
set -euo pipefail
cd "$(dirname "$0")"

echo "== build (warnings are errors)"
dotnet build CoachBot.sln -c Release --nologo -v quiet

echo "== .NET tests"
dotnet test CoachBot.sln -c Release --no-build --nologo -v quiet --logger "console;verbosity=minimal"

echo "== coaching transcripts with an LLM that alters every answer (none may reach a user), then one that keeps the facts"
for mode in alter echo; do
  COACHBOT_TRANSCRIPT_LLM=$mode dotnet test tests/CoachBot.Tests -c Release --no-build --nologo -v quiet \
    --logger "console;verbosity=minimal" --filter "FullyQualifiedName~CoachBot.Tests.Coaching"
done

if [ -f tests/conformance/package.json ]; then
  echo "== conformance tests (Microsoft's npm clients)"
  (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error && npm test)
fi
echo "== browser tests of the local chat page (headless Chromium)"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && npm test)

echo "== Teams app package (manifest/)"
(cd manifest && npm ci --no-audit --no-fund --loglevel=error && npm test)

echo "== all tests passed"
