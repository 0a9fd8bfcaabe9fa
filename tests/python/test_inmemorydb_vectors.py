"""Shared inmemorydb vectors (tests/vectors/inmemorydb/*.json) against the Python implementation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "plugin-inmemorydb" / "python"))

from inmemorydb_support import check_step  # noqa: E402
from plugin_inmemorydb import DbError, InMemoryDatabase  # noqa: E402

VECTOR_DIR = ROOT / "tests" / "vectors" / "inmemorydb"
VECTOR_FILES = sorted(VECTOR_DIR.glob("*.json"))


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
