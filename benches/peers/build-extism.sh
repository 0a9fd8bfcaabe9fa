#!/usr/bin/env bash
# Builds the Extism bench peer (benches/peers/extism-echo) for wasm32-unknown-unknown with Debian's toolchain,
# the same way tools/build-wasm.sh builds our plugins (RUSTC_BOOTSTRAP + -Zbuild-std, wasm-ld-22).
# Output: target/wasm/wasm32-unknown-unknown/wasm/extism_echo.wasm
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for bin in /usr/bin/rustc /usr/bin/cargo; do
  [[ -x $bin ]] || { echo "missing $bin: run tools/build-wasm.sh once (it installs Debian's wasm toolchain)" >&2; exit 1; }
done
command -v wasm-ld-22 >/dev/null || { echo "missing wasm-ld-22: apt-get install lld-22" >&2; exit 1; }
env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
  /usr/bin/cargo build -j"${CARGO_BUILD_JOBS:-2}" --profile wasm --target wasm32-unknown-unknown \
  -Zbuild-std=std,panic_abort --target-dir target/wasm \
  --manifest-path benches/peers/extism-echo/Cargo.toml
f=target/wasm/wasm32-unknown-unknown/wasm/extism_echo.wasm
[[ -f $f ]] || { echo "expected $f" >&2; exit 1; }
echo "built $f ($(stat -c %s "$f") bytes)" >&2
