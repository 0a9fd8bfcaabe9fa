"""Exact search of the Python inmemorydb equals a brute-force numpy reference (10k x 384, seeded)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins" / "plugin-inmemorydb" / "python"))

from plugin_inmemorydb import InMemoryDatabase  # noqa: E402

N, DIM, TOL = 10_000, 384, 1e-6
ROOMS, WORLDS, ENTITIES = 12, 3, 40


def make_corpus(n: int, dim: int, seed: int) -> tuple[list[dict[str, Any]], npt.NDArray[np.float32]]:
    rng = np.random.default_rng(seed)
    emb = rng.standard_normal((n, dim)).astype(np.float32)
    emb[n - 50 :] = emb[:50]  # exact duplicates: equal scores, ordered by id
    emb[7] = 0.0  # a zero vector scores 0
    metas = []
    for i in range(n):
        metas.append(
            {
                "id": f"mem-{rng.integers(0, 1 << 40):010x}-{i:05d}",
                "table": "knowledge" if i % 5 == 0 else "messages",
                "roomId": f"room-{i % ROOMS}",
                "worldId": f"world-{i % WORLDS}",
                "entityId": f"ent-{(i * 7) % ENTITIES}",
                "unique": i % 3 == 0,
            }
        )
    return metas, emb


_UNIT: dict[int, npt.NDArray[np.float64]] = {}


def _unit_rows(emb: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    if id(emb) not in _UNIT:
        e64 = emb.astype(np.float64)
        norms = np.linalg.norm(e64, axis=1)
        _UNIT[id(emb)] = np.divide(e64, norms[:, None], out=np.zeros_like(e64), where=norms[:, None] > 0)
    return _UNIT[id(emb)]


def reference(
    metas: list[dict[str, Any]],
    emb: npt.NDArray[np.float32],
    query: npt.NDArray[np.float32],
    scope: dict[str, Any],
    threshold: float | None,
    count: int,
) -> list[tuple[str, float]]:
    """Brute force: normalize rows in float64, score every in-scope row, sort by (-score, id)."""
    mask = np.array([m["table"] == scope["tableName"] for m in metas])
    for key in ("roomId", "worldId", "entityId"):
        if key in scope:
            mask &= np.array([m[key] == scope[key] for m in metas])
    if scope.get("unique"):
        mask &= np.array([m["unique"] for m in metas])
    unit = _unit_rows(emb)
    q64 = query.astype(np.float64)
    qn = float(np.linalg.norm(q64))
    scores = (unit * (q64 / qn)).sum(axis=1) if qn > 0 else np.zeros(len(metas))
    out = [(metas[i]["id"], float(scores[i])) for i in np.flatnonzero(mask)]
    if threshold is not None:
        out = [t for t in out if t[1] >= threshold]
    out.sort(key=lambda t: (-t[1], t[0]))
    return out[:count]


@pytest.fixture(scope="module")
def loaded() -> tuple[InMemoryDatabase, list[dict[str, Any]], npt.NDArray[np.float32]]:
    metas, emb = make_corpus(N, DIM, seed=1234)
    db = InMemoryDatabase()
    for m, v in zip(metas, emb, strict=True):
        db.call(
            "create_memory",
            {
                "tableName": m["table"],
                "unique": m["unique"],
                "memory": {
                    "id": m["id"],
                    "entityId": m["entityId"],
                    "roomId": m["roomId"],
                    "worldId": m["worldId"],
                    "agentId": "agent",
                    "createdAt": "1",
                    "content": {"text": m["id"]},
                    "embedding": v.tolist(),
                },
            },
        )
    return db, metas, emb


SCOPES: list[dict[str, Any]] = [
    {"tableName": "messages"},
    {"tableName": "knowledge"},
    {"tableName": "messages", "roomId": "room-3"},
    {"tableName": "messages", "worldId": "world-1", "unique": True},
    {"tableName": "knowledge", "entityId": "ent-10"},
    {"tableName": "messages", "roomId": "room-5", "worldId": "world-2", "entityId": "ent-35"},
    {"tableName": "messages", "roomId": "room-0", "worldId": "world-1"},  # empty scope (0 mod 12 vs 1 mod 3)
]


@pytest.mark.parametrize("scope", SCOPES, ids=[str(i) for i in range(len(SCOPES))])
@pytest.mark.parametrize(
    ("threshold", "count"), [(None, 10), (0.0, 100), (0.1, 10_000), (None, 1), (-1.0, 20)]
)
def test_search_equals_brute_force(
    loaded: tuple[InMemoryDatabase, list[dict[str, Any]], npt.NDArray[np.float32]],
    scope: dict[str, Any],
    threshold: float | None,
    count: int,
) -> None:
    db, metas, emb = loaded
    rng = np.random.default_rng(hash((str(scope), threshold, count)) & 0xFFFF)
    queries = [rng.standard_normal(DIM).astype(np.float32) for _ in range(3)]
    queries.append(emb[10].copy())  # a stored vector (duplicated at N-40: equal scores, ordered by id)
    queries.append(emb[7].copy())  # the zero vector: every score is 0, order is by id
    for q in queries:
        params: dict[str, Any] = {**scope, "embedding": q.tolist(), "count": count}
        if threshold is not None:
            params["matchThreshold"] = threshold
        got = db.call("search_memories", params)
        want = reference(metas, emb, q, scope, threshold, count)
        assert [m["id"] for m in got] == [w[0] for w in want]
        for m, (_, s) in zip(got, want, strict=True):
            assert abs(m["similarity"] - s) <= TOL


def test_duplicates_tie_by_id(
    loaded: tuple[InMemoryDatabase, list[dict[str, Any]], npt.NDArray[np.float32]],
) -> None:
    db, metas, emb = loaded
    twin = N - 50 + 20  # make_corpus copies rows 0..49 to the last 50
    assert metas[20]["table"] == metas[twin]["table"]
    got = db.call(
        "search_memories", {"tableName": metas[20]["table"], "embedding": emb[20].tolist(), "count": 3}
    )
    assert got[0]["similarity"] == got[1]["similarity"]
    assert {got[0]["id"], got[1]["id"]} == {metas[20]["id"], metas[twin]["id"]}
    assert got[0]["id"] < got[1]["id"]
    assert got[2]["similarity"] < got[1]["similarity"]
