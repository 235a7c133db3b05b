#!/usr/bin/env bash
# Regenerate the hash-pinned lock files from pyproject.toml (run after changing a dependency).
# Needs uv (pip install uv==0.13.8 in any environment).
set -euo pipefail
cd "$(dirname "$0")/.."
uv=${UV:-uv}
"$uv" pip compile pyproject.toml --python-version 3.11 --generate-hashes --quiet -o requirements.lock
"$uv" pip compile pyproject.toml --python-version 3.11 --generate-hashes --extra dev --quiet -o requirements-dev.lock
