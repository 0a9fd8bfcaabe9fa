#!/usr/bin/env bash
# Installs everything elizaos-interop needs on a fresh Debian machine (Python 3.11, Node 20 and rustup's Rust
# present), then builds every artifact the demo and the tests use. Idempotent; caches under .cache/ and target/.
#   apt: Debian's wasm toolchain (rustc-web, cargo-web, rust-web-src, lld-22, wasi-libc)
#   pip: this package (editable, builds the PyO3 extension with maturin) + test/bench dependencies
#   npm: the workspace (TypeScript, protobuf-es, AssemblyScript)
#   cargo: protoc-gen-prost(-serde) for codegen; release cdylibs; wasm32 plugins
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
log() { printf '\n== %s\n' "$*"; }

if [ ! -x /usr/bin/wasm-ld-22 ] || [ ! -x /usr/bin/cargo ] || [ ! -d /usr/lib/wasm32-wasi ]; then
  log "apt: Debian wasm toolchain"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends rustc-web cargo-web rust-web-src lld-22 wasi-libc >/dev/null
fi

log "pip: elizaos-interop (editable) and dev dependencies"
python3 -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
python3 -m pip install --quiet --disable-pip-version-check -e .

log "npm: workspace"
npm ci --silent --no-audit --no-fund

log "codegen tools"
./codegen/generate.sh

log "cargo: release cdylibs and binaries, debug fixture binaries"
cargo build --release --workspace -j2 --quiet
cargo build --workspace -j2 --quiet

log "wasm: Rust plugins (wasm32-unknown-unknown and a wasm32-wasip1 fixture) and the AssemblyScript plugin"
bash tools/build-wasm.sh
bash tools/build-wasm.sh --target wasm32-wasip1 --skip-as elizaos-interop-echo-fixture

log "TypeScript: build (package, reference plugins, examples)"
npm run --silent build
