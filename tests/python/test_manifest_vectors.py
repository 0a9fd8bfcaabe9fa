"""Manifest conformance vectors (tests/vectors/manifests/README.md) through the Python planner,
`plan_load`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from elizaos_interop.errors import ManifestError, PluginLoadError
from elizaos_interop.loader import LoadPlan, plan_load

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "manifests"
CASES = sorted(VECTORS.glob("*.json"))
ERRORS: dict[str, type[Exception]] = {"ManifestError": ManifestError, "PluginLoadError": PluginLoadError}


def _write(root: Path, files: dict[str, Any]) -> None:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content if isinstance(content, str) else json.dumps(content))


def _route_value(plan: LoadPlan, key: str, root: Path) -> Any:
    if key == "file":
        return None if plan.file is None else os.path.relpath(plan.file.resolve(), root.resolve())
    if key == "argv":
        return list(plan.argv)
    return getattr(plan, key)


def test_there_are_cases() -> None:
    assert CASES, f"no manifest vectors in {VECTORS}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_manifest_vector(case: Path, tmp_path: Path) -> None:
    spec = json.loads(case.read_text())
    expect = spec.get("expect_by_host", {}).get("python", spec["expect"])
    _write(tmp_path, spec["files"])
    target = tmp_path / spec["load"]
    if "error" in expect:
        want = expect["error"]
        with pytest.raises(ERRORS[want["class"]]) as info:
            plan_load(target)
        assert type(info.value) is ERRORS[want["class"]], f"{case.name}: {info.value!r}"
        if want["class"] == "ManifestError":
            assert isinstance(info.value, ManifestError)
            assert info.value.field == want.get("field"), f"{case.name}: {info.value}"
        return
    plan = plan_load(target)
    for key, value in expect["route"].items():
        assert _route_value(plan, key, tmp_path) == value, f"{case.name}: {key} of {plan}"
