#!/usr/bin/env bash
# Installs everything (tools/install.sh), then runs the main demo: one Python elizaOS agent runtime loading
# plugins written in Python, TypeScript and Rust through every path (direct, FFI, WASM, IPC stdio/unix/tcp).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install.sh
exec python3 examples/py_loads_all.py "$@"
