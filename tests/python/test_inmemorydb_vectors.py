"""Shared inmemorydb vectors (tests/vectors/inmemorydb/*.json) against the Python implementation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "plugin-inmemorydb" / "python"))

from plugin_inmemorydb import DbError, InMemoryDatabase  # noqa: E402

VECTOR_DIR = ROOT / "tests" / "vectors" / "inmemorydb"
VECTOR_FILES = sorted(VECTOR_DIR.glob("*.json"))
TOL = 1e-6


def _close(a: Any, b: Any, path: str) -> None:
    if isinstance(a, bool) or isinstance(b, bool):
        assert a is b, f"{path}: {a!r} != {b!r}"
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        assert abs(a - b) <= TOL, f"{path}: {a!r} != {b!r}"
    elif isinstance(a, dict) and isinstance(b, dict):
        assert sorted(a) == sorted(b), f"{path}: keys {sorted(a)} != {sorted(b)}"
        for k in a:
            _close(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{path}: length {len(a)} != {len(b)}: {a!r} vs {b!r}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _close(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def check_step(step: dict[str, Any], result: Any, where: str) -> None:
    if "expect" in step:
        _close(result, step["expect"], where)
    if "expectIds" in step:
        want = step["expectIds"]
        if isinstance(want, str):
            assert isinstance(result, dict), f"{where}: {result!r}"
            assert result.get("id") == want, f"{where}: {result!r}"
        else:
            assert [r["id"] for r in result] == want, f"{where}: ids {[r['id'] for r in result]}"
    if "expectScores" in step:
        _close([r["similarity"] for r in result], step["expectScores"], where)
    if "expectType" in step:
        assert step["expectType"] == "string", where
        assert isinstance(result, str), f"{where}: {result!r}"


def test_vector_files_exist() -> None:
    assert len(VECTOR_FILES) >= 4


@pytest.mark.parametrize("path", VECTOR_FILES, ids=[p.stem for p in VECTOR_FILES])
def test_vectors(path: Path) -> None:
    doc = json.loads(path.read_text())
    db = InMemoryDatabase(clock=lambda: 1_700_000_000_000)
    for i, step in enumerate(doc["steps"]):
        where = f"{path.name} step {i} ({step['call']})"
        if "error" in step:
            with pytest.raises(DbError) as info:
                db.call(step["call"], step["params"])
            assert info.value.code == step["error"], f"{where}: {info.value.code} {info.value.message}"
            continue
        # results must survive a JSON round trip unchanged (they cross process boundaries as JSON)
        result = json.loads(json.dumps(db.call(step["call"], json.loads(json.dumps(step["params"])))))
        check_step(step, result, where)


def test_methods_match_api_json() -> None:
    api = json.loads((ROOT / "plugins" / "plugin-inmemorydb" / "api.json").read_text())
    assert InMemoryDatabase().methods() == sorted(m["name"] for m in api["methods"])
