#!/usr/bin/env bash
# Installs what tests/browser needs on a fresh Debian machine; safe to run again (idempotent).
#   - Chromium from Debian (apt-get): the browser Playwright drives via executable_path.
#   - the `playwright` Python package (pip) only. Never `playwright install`: it downloads a
#     browser build of its own, which this environment cannot fetch.
#   - axe-core from npm into tests/browser/node_modules (version pinned by package-lock.json).
# Python: $PYTHON if set, else the active virtualenv, else ./.venv, else python3.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi

if [ ! -x /usr/bin/chromium ]; then
  echo "browser-setup: installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q chromium
fi

if [ -n "${PYTHON:-}" ]; then
  PY="$PYTHON"
elif [ -n "${VIRTUAL_ENV:-}" ]; then
  PY="$VIRTUAL_ENV/bin/python"
elif [ -x .venv/bin/python ]; then
  PY=".venv/bin/python"
else
  PY="python3"
fi
if ! "$PY" -c "import playwright.sync_api" 2>/dev/null; then
  echo "browser-setup: installing the playwright Python package into $PY"
  "$PY" -m pip install -q "playwright>=1.45"
fi

if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  echo "browser-setup: installing axe-core (npm ci)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

/usr/bin/chromium --version
"$PY" -c "import playwright; from importlib.metadata import version; print('playwright', version('playwright'))"
node -e "console.log('axe-core', require('./tests/browser/node_modules/axe-core/package.json').version)"
