"""plugins/plugin-eliza-classic/rust loaded through the FFI path reproduces the golden ELIZA vectors."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from elizaos_interop.paths.ffi import NativePlugin, load_rust_plugin
from elizaos_interop.v1 import memory_pb2

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_TARGET = ROOT / "target" / "test-fixtures"
VECTORS: dict[str, dict[str, Any]] = {
    p.stem: json.loads(p.read_text(encoding="utf-8"))
    for p in sorted((ROOT / "tests" / "vectors" / "eliza").glob("*.json"))
}

pytestmark = pytest.mark.timeout(1200)


@pytest.fixture(scope="module")
def eliza() -> NativePlugin:
    cmd = [
        "cargo", "build", "-j2", "--release", "-p", "plugin-eliza-classic", "--lib",
        "--features", "ffi", "--message-format=json-render-diagnostics",
    ]  # fmt: skip
    env = {**os.environ, "CARGO_TARGET_DIR": str(FIXTURE_TARGET)}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"
    for line in proc.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "plugin_eliza_classic":
            for filename in msg["filenames"]:
                if filename.endswith(".so"):
                    return load_rust_plugin(filename)
    raise AssertionError("cargo reported no cdylib for plugin-eliza-classic")


def message(text: str, room: str) -> memory_pb2.Memory:
    m = memory_pb2.Memory(entity_id="user", room_id=room)
    m.content.text = text
    return m


def test_manifest(eliza: NativePlugin) -> None:
    assert eliza.path == "ffi"
    assert eliza.name == "eliza-classic"
    assert [a.name for a in eliza.manifest.actions] == ["generate-response"]
    assert [p.name for p in eliza.manifest.providers] == ["eliza-greeting"]


# Vectors with a blank input are engine-level (the action refuses blank text: "No user input provided").
ACTION_VECTORS = sorted(k for k, v in VECTORS.items() if all(t["input"].strip() for t in v["turns"]))


def test_vectors_found() -> None:
    assert "cacm-1966" in ACTION_VECTORS


@pytest.mark.parametrize("vector", ACTION_VECTORS)
async def test_golden_vector(eliza: NativePlugin, vector: str) -> None:
    data = VECTORS[vector]
    greeting = await eliza.get_provider("eliza-greeting", message("", "r"))
    assert greeting.text == data["greeting"]
    run = uuid.uuid4().hex  # the library (and its sessions) is shared by every test in the process
    for i, turn in enumerate(data["turns"]):
        session = f"{turn.get('session', data['session'])}-{run}"
        result = await eliza.invoke_action("generate-response", message(turn["input"], session))
        assert result.success, result.error
        assert result.text == turn["reply"], f"{vector} turn {i}: {turn['input']!r}"


async def test_cacm_conversation_by_session_id_option(eliza: NativePlugin) -> None:
    data = VECTORS["cacm-1966"]
    sid = f"cacm-{uuid.uuid4().hex}"
    for turn in data["turns"]:
        result = await eliza.invoke_action(
            "generate-response", message(turn["input"], "noise-room"), options={"sessionId": sid}
        )
        assert result.text == turn["reply"]
    empty = await eliza.invoke_action("generate-response", message("  ", "r"))
    assert not empty.success
    assert empty.error == "No user input provided"
