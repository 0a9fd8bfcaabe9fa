#!/usr/bin/env bash
# Builds plugins/plugin-echo-as/build/plugin_echo_as.wasm with AssemblyScript (npm workspace root's node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mkdir -p "$here/build"
cd "$root"
npx --no-install asc "$here/assembly/index.ts" \
  --outFile "$here/build/plugin_echo_as.wasm" \
  --runtime minimal --use abort=plugins/plugin-echo-as/assembly/index/abortTrap \
  --optimizeLevel 3 --shrinkLevel 1 --noAssert --initialMemory 1

