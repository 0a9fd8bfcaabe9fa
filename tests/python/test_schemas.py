"""The schemas themselves: buf lint passes, and buf breaking catches a changed field number."""

from __future__ import annotations

import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _buf(*args: str, cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    buf = shutil.which("buf")
    assert buf is not None, "buf is not installed (pip install buf-bin; tools/install.sh does it)"
    return subprocess.run([buf, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_buf_lint_passes() -> None:
    proc = _buf("lint", cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_buf_breaking_is_clean_against_the_baseline() -> None:
    proc = _buf("breaking", "--against", "codegen/baseline.binpb", cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_changing_a_field_number_makes_buf_breaking_fail(tmp_path: pathlib.Path) -> None:
    shutil.copytree(ROOT / "proto", tmp_path / "proto")
    shutil.copy(ROOT / "buf.yaml", tmp_path / "buf.yaml")
    memory = tmp_path / "proto" / "eliza" / "interop" / "v1" / "memory.proto"
    text = memory.read_text()
    assert "  string entity_id = 2;" in text
    memory.write_text(text.replace("  string entity_id = 2;", "  string entity_id = 42;"))
    proc = _buf("breaking", "--against", str(ROOT / "codegen" / "baseline.binpb"), cwd=tmp_path)
    assert proc.returncode != 0
    assert "entity_id" in proc.stdout + proc.stderr or "2" in proc.stdout


def test_generated_files_carry_the_regeneration_header() -> None:
    # generated TypeScript lives inside the package (typescript/src/gen), so its build output is flat
    for base in ("generated/python", "generated/rust", "typescript/src/gen"):
        files = [p for p in (ROOT / base).rglob("*") if p.suffix in (".py", ".pyi", ".rs", ".ts")]
        assert files, base
        for p in files:
            if p.name == "__init__.py":
                continue
            assert "codegen/generate.sh" in p.read_text().splitlines()[0], p
