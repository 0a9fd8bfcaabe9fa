"""The same inmemorydb workload through the Python, Rust and TypeScript implementations gives the same
results: ids and order identical, similarities within 1e-6.

Rust: `cargo build --release -p plugin-inmemorydb` (target/release/inmemorydb-jsonl).
TypeScript: `npm run build -w @elizaos-interop/plugin-inmemorydb` (dist/src/jsonl.js).
Each driver reads `{"method", "params"}` JSON lines on stdin and answers `{"result"}` / `{"error"}` lines.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from elizaos_interop.testing import assert_close

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "plugin-inmemorydb"
sys.path.insert(0, str(PLUGIN / "python"))

from plugin_inmemorydb import DbError, InMemoryDatabase  # noqa: E402

RUST_BIN = ROOT / "target" / "release" / "inmemorydb-jsonl"
TS_DRIVER = PLUGIN / "typescript" / "dist" / "src" / "jsonl.js"
VECTOR_DIR = ROOT / "tests" / "vectors" / "inmemorydb"
N, DIM, TOL = 2_000, 384, 1e-6


def workload(seed: int = 99) -> list[dict[str, Any]]:
    """Creates, searches over several scopes/thresholds/counts, updates and deletes, then searches again."""
    rng = np.random.default_rng(seed)
    emb = rng.standard_normal((N, DIM)).astype(np.float32)
    emb[N - 20 :] = emb[:20]  # duplicates: ties ordered by id
    calls: list[dict[str, Any]] = []
    for i in range(N):
        calls.append(
            {
                "method": "create_memory",
                "params": {
                    "tableName": "knowledge" if i % 4 == 0 else "messages",
                    "unique": i % 3 == 0,
                    "memory": {
                        "id": f"m-{int(rng.integers(0, 1 << 30)):08x}-{i:04d}",
                        "entityId": f"e-{i % 17}",
                        "agentId": "agent",
                        "roomId": f"r-{i % 9}",
                        "worldId": f"w-{i % 2}",
                        "createdAt": str(i),
                        "content": {"text": f"memory {i}"},
                        # float32 values written exactly (the shortest float64 repr of each float32)
                        "embedding": [float(x) for x in emb[i]],
                    },
                },
            }
        )
    scopes: list[dict[str, Any]] = [
        {"tableName": "messages"},
        {"tableName": "knowledge"},
        {"tableName": "messages", "roomId": "r-4"},
        {"tableName": "messages", "worldId": "w-1", "unique": True},
        {"tableName": "knowledge", "entityId": "e-3"},
        {"tableName": "messages", "roomId": "r-2", "worldId": "w-0", "entityId": "e-5"},
    ]
    options: list[dict[str, Any]] = [
        {"count": 10},
        {"count": 50, "matchThreshold": 0.0},
        {"count": 3000, "matchThreshold": 0.08},
        {"count": 1},
        {},
    ]

    def searches() -> None:
        for scope in scopes:
            for opt in options:
                q = rng.standard_normal(DIM).astype(np.float32)
                for query in (q, emb[int(rng.integers(0, 20))]):
                    calls.append(
                        {
                            "method": "search_memories",
                            "params": {**scope, **opt, "embedding": [float(x) for x in query]},
                        }
                    )

    searches()
    for i in range(0, N, 7):
        calls.append({"method": "delete_memory", "params": {"memoryId": calls[i]["params"]["memory"]["id"]}})
    for i in range(1, N, 11):
        new = rng.standard_normal(DIM).astype(np.float32)
        calls.append(
            {
                "method": "update_memory",
                "params": {
                    "memory": {"id": calls[i]["params"]["memory"]["id"], "embedding": [float(x) for x in new]}
                },
            }
        )
    searches()
    calls.append(
        {"method": "get_memories", "params": {"tableName": "messages", "roomId": "r-1", "count": 25}}
    )
    calls.append({"method": "count_memories", "params": {"roomId": "r-1"}})
    return calls


def run_python(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    db = InMemoryDatabase()
    out: list[dict[str, Any]] = []
    for c in calls:
        try:
            out.append({"result": json.loads(json.dumps(db.call(c["method"], c["params"])))})
        except DbError as e:
            out.append({"error": {"code": e.code, "message": e.message}})
    return out


def run_driver(cmd: list[str], calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    stdin = "".join(json.dumps({"method": c["method"], "params": c["params"]}) + "\n" for c in calls)
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}: {proc.stderr[-2000:]}"
    lines = proc.stdout.splitlines()
    assert len(lines) == len(calls), (
        f"{cmd}: {len(lines)} replies for {len(calls)} calls; {proc.stderr[-2000:]}"
    )
    return [json.loads(line) for line in lines]


def rust_cmd() -> list[str]:
    if not RUST_BIN.is_file():
        pytest.fail(f"missing {RUST_BIN}: build it with `cargo build --release -p plugin-inmemorydb`")
    return [str(RUST_BIN)]


def ts_cmd() -> list[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH (Node 20 is required for the TypeScript implementation)")
    if not TS_DRIVER.is_file():
        pytest.fail(
            f"missing {TS_DRIVER}: build it with `npm run build -w @elizaos-interop/plugin-inmemorydb`"
        )
    return [node, str(TS_DRIVER)]


def compare(
    name: str, calls: list[dict[str, Any]], want: list[dict[str, Any]], got: list[dict[str, Any]]
) -> None:
    for i, (c, w, g) in enumerate(zip(calls, want, got, strict=True)):
        where = f"{name} call {i} {c['method']}"
        if "error" in w:
            assert "error" in g, f"{where}: python failed with {w['error']}, {name} answered {g}"
            assert g["error"]["code"] == w["error"]["code"], where
            continue
        assert "result" in g, f"{where}: {g}"
        if c["method"] in ("create_memory", "create_world", "create_task", "log") and "id" not in json.dumps(
            c["params"]
        ):
            continue  # generated ids differ by design
        assert_close(w["result"], g["result"], where, tol=TOL)


@pytest.fixture(scope="module")
def calls() -> list[dict[str, Any]]:
    return workload()


@pytest.fixture(scope="module")
def python_results(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return run_python(calls)


def test_workload_is_meaningful(calls: list[dict[str, Any]], python_results: list[dict[str, Any]]) -> None:
    searches = [
        r["result"] for c, r in zip(calls, python_results, strict=True) if c["method"] == "search_memories"
    ]
    assert len(searches) >= 100
    assert sum(len(s) for s in searches) > 1000
    assert all("error" not in r for r in python_results)


def test_rust_matches_python(calls: list[dict[str, Any]], python_results: list[dict[str, Any]]) -> None:
    compare("rust", calls, python_results, run_driver(rust_cmd(), calls))


def test_typescript_matches_python(calls: list[dict[str, Any]], python_results: list[dict[str, Any]]) -> None:
    compare("typescript", calls, python_results, run_driver(ts_cmd(), calls))


@pytest.mark.parametrize("lang", ["rust", "typescript"])
def test_vector_files_match_python(lang: str) -> None:
    cmd = rust_cmd() if lang == "rust" else ts_cmd()
    for path in sorted(VECTOR_DIR.glob("*.json")):
        calls = [{"method": s["call"], "params": s["params"]} for s in json.loads(path.read_text())["steps"]]
        compare(f"{lang} {path.name}", calls, run_python(calls), run_driver(cmd, calls))
