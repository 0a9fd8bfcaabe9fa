#!/usr/bin/env bash
# Installs everything (tools/install.sh), then runs every check and test suite: codegen freshness, buf lint and
# breaking, ruff, mypy --strict, stubtest, cargo clippy -D warnings, cargo test, tsc --noEmit, node tests, pytest.
# Every section runs even if an earlier one failed; the script exits non-zero if any failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$root/.cache/cargo-tools/bin:$root/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never PYTHONDONTWRITEBYTECODE=1

bash tools/install.sh || { echo "install failed"; exit 1; }

passed=0; failed=0; failures=()
section() {
  local name="$1"; shift
  printf '\n==== %s\n' "$name"
  local start=$SECONDS
  if "$@"; then passed=$((passed + 1)); printf '==== %s: ok (%ss)\n' "$name" $((SECONDS - start))
  else failed=$((failed + 1)); failures+=("$name"); printf '==== %s: FAILED (%ss)\n' "$name" $((SECONDS - start)); fi
}

codegen_fresh() {
  ./codegen/generate.sh && python3 tests/vectors/generate_envelopes.py --check || return 1
  local dirty; dirty="$(git status --porcelain -- generated proto tests/vectors typescript/src/gen)"
  [ -z "$dirty" ] || { echo "generated code or vectors are stale (run codegen/generate.sh):"; echo "$dirty"; return 1; }
}
buf_checks() {
  buf lint || return 1
  # Against the schemas as released (codegen/baseline.binpb, refreshed deliberately with
  # `buf build proto -o codegen/baseline.binpb`) and against the previous commit on this branch.
  buf breaking --against codegen/baseline.binpb || return 1
  if git rev-parse -q --verify HEAD~1 >/dev/null && git cat-file -e HEAD~1:proto 2>/dev/null; then
    buf breaking --against ".git#ref=HEAD~1,subdir=proto"
  else
    echo "buf breaking: no previous commit with proto/ (first commit); checked against the baseline only"
  fi
}
py_types() { mypy && python3 -m mypy.stubtest elizaos_interop._native; }
rust_lint() {
  cargo clippy --workspace --all-targets -j2 --quiet -- -D warnings &&
  cargo clippy -p elizaos-interop --all-targets --all-features -j2 --quiet -- -D warnings
}
rust_tests() { cargo test --workspace -j2 --quiet && cargo test -p elizaos-interop --all-features -j2 --quiet; }
ts_types() { npm run --silent typecheck --workspaces --if-present; }
node_tests() { npm test --silent; }
py_tests() { python3 -m pytest -q -p no:cacheprovider tests/python; }
examples() {
  python3 examples/py_loads_all.py &&
  node typescript/build/examples/ts-loads-all.js &&
  cargo run -j2 --quiet -p elizaos-interop --features host --example rust_loads_all
}

section "codegen up to date" codegen_fresh
section "buf lint + breaking" buf_checks
section "ruff" ruff check .
section "mypy --strict + stubtest" py_types
section "cargo clippy -D warnings" rust_lint
section "cargo test" rust_tests
section "tsc" ts_types
section "node tests" node_tests
section "pytest" py_tests
section "examples (Python, TypeScript and Rust hosts load every plugin)" examples

printf '\n'
[ "$failed" -eq 0 ] || printf 'failed sections: %s\n' "${failures[*]}"
echo "sections: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
