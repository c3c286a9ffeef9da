#!/usr/bin/env bash
# Builds manifest/build/coachbot.zip. Usage: manifest/build.sh [BOT_APP_ID] [--domain HOST] [--out FILE]
# (or BOT_ID=... BOT_DOMAIN=... manifest/build.sh). Needs only Node.js; no npm install.
set -euo pipefail
exec node "$(dirname "$0")/build.js" "$@"
