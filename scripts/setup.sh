#!/usr/bin/env bash
# Set up Parallax in .venv/ on a fresh machine: pinned, hash-checked dependencies
# (requirements.lock, generated from pyproject.toml by scripts/lock.sh), then the
# package itself. `--dev` adds the test tools and, where we are root on Debian,
# the headless Chromium the HTML report test opens.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
else
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .

if [ "$dev" = 1 ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "setup: installing Debian's chromium for the HTML report test" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "setup: chromium could not be installed; the browser test will be skipped" >&2
fi
