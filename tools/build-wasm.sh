#!/usr/bin/env bash
# Builds every WASM artifact the tests and examples use (docs/WASM.md):
#   - Rust plugin crates -> target/wasm/<target>/wasm/<crate_name>.wasm (Debian's rustc + -Zbuild-std)
#   - the AssemblyScript plugin -> plugins/plugin-echo-as/build/plugin_echo_as.wasm
#   - the hostile .wat fixtures -> target/wasm/fixtures/<name>.wasm (for the Node tests; Python/Rust read .wat)
#
# Usage: tools/build-wasm.sh [--target wasm32-unknown-unknown|wasm32-wasip1] [--skip-rust] [--skip-as] [CRATE...]
# Default crates: every workspace member whose Cargo.toml declares a `wasm` feature, except elizaos-interop.
# Installs Debian's toolchain (rustc-web cargo-web rust-web-src lld-22 wasi-libc) when it is missing.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

target=wasm32-unknown-unknown
skip_rust=0
skip_as=0
crates=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --target) target="$2"; shift 2 ;;
    --skip-rust) skip_rust=1; shift ;;
    --skip-as) skip_as=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) crates+=("$1"); shift ;;
  esac
done

log() { printf '[build-wasm] %s\n' "$*" >&2; }

ensure_toolchain() {
  local missing=0
  [[ -x /usr/bin/rustc && -x /usr/bin/cargo ]] || missing=1
  command -v wasm-ld-22 >/dev/null 2>&1 || missing=1
  [[ -d /usr/lib/rustlib/src/rust/library ]] || missing=1
  [[ -f /usr/lib/wasm32-wasi/libc.a ]] || missing=1
  if [[ $missing == 1 ]]; then
    log "installing Debian's wasm toolchain (rustc-web cargo-web rust-web-src lld-22 wasi-libc)"
    local sudo=""
    [[ $(id -u) == 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      rustc-web cargo-web rust-web-src lld-22 wasi-libc >/dev/null
  fi
}

# Prints "<package> <lib_name>" for each workspace member with a `wasm` feature (all of them when no names are
# given, else the named packages). The .wasm is named after the library target: [lib] name, or the package name
# with '-' replaced by '_'.
wasm_crates() {
  python3 - "$@" <<'EOF'
import pathlib, sys, tomllib
root = pathlib.Path(".")
wanted = set(sys.argv[1:])
found = set()
ws = tomllib.loads((root / "Cargo.toml").read_text())
for member in ws["workspace"]["members"]:
    for path in sorted(root.glob(member)):
        manifest = path / "Cargo.toml"
        if not manifest.is_file():
            continue
        data = tomllib.loads(manifest.read_text())
        name = data.get("package", {}).get("name")
        if not name or "wasm" not in data.get("features", {}):
            continue
        if (wanted and name not in wanted) or (not wanted and name == "elizaos-interop"):
            continue
        found.add(name)
        print(name, data.get("lib", {}).get("name", name.replace("-", "_")))
missing = wanted - found
if missing:
    sys.exit(f"not workspace members with a 'wasm' feature: {', '.join(sorted(missing))}")
EOF
}

build_rust() {
  ensure_toolchain
  local pairs packages=() libs=()
  pairs="$(wasm_crates "${crates[@]}")"
  while read -r pkg lib; do
    [[ -n $pkg ]] || continue
    packages+=("$pkg"); libs+=("$lib")
  done <<<"$pairs"
  if [[ ${#packages[@]} -eq 0 ]]; then
    log "no Rust plugin crates with a 'wasm' feature in the workspace"
    return
  fi
  local args=()
  for c in "${packages[@]}"; do args+=(-p "$c"); done
  local rustflags="${RUSTFLAGS:-}"
  if [[ $target == wasm32-wasip1 ]]; then
    rustflags="$rustflags -L/usr/lib/wasm32-wasi"
  fi
  log "cargo build --target $target ${packages[*]}"
  env RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="$rustflags" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
    CARGO_TARGET_WASM32_WASIP1_LINKER=wasm-ld-22 \
    /usr/bin/cargo build -j"${CARGO_BUILD_JOBS:-2}" --profile wasm --target "$target" \
    -Zbuild-std=std,panic_abort --target-dir target/wasm --features wasm --no-default-features "${args[@]}"
  for lib in "${libs[@]}"; do
    local f="target/wasm/$target/wasm/$lib.wasm"
    if [[ -f $f ]]; then log "built $f ($(stat -c %s "$f") bytes)"; else log "expected $f (is the crate a cdylib?)"; exit 1; fi
  done
}

build_as() {
  [[ -x node_modules/.bin/asc ]] || { log "installing npm dependencies (assemblyscript)"; npm ci --no-audit --no-fund >/dev/null; }
  plugins/plugin-echo-as/build.sh
  log "built plugins/plugin-echo-as/build/plugin_echo_as.wasm"
}

build_fixtures() {
  mkdir -p target/wasm/fixtures
  python3 - <<'EOF'
import pathlib, wasmtime
out = pathlib.Path("target/wasm/fixtures")
for wat in sorted(pathlib.Path("rust/tests/fixtures").glob("wasm-*/*.wat")):
    (out / (wat.stem + ".wasm")).write_bytes(wasmtime.wat2wasm(wat.read_text()))
EOF
  log "compiled hostile fixtures into target/wasm/fixtures/"
}

[[ $skip_rust == 1 ]] || build_rust
[[ $skip_as == 1 ]] || build_as
build_fixtures
