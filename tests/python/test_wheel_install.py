"""The abi3 wheel: built with maturin, installed into a fresh venv (deps from PyPI), loads a Rust plugin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Own target dir: no waiting on the shared one's lock (same dir as the FFI tests' fixture builds).
TARGET = ROOT / "target" / "test-fixtures"

pytestmark = pytest.mark.timeout(1800)


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CARGO_TARGET_DIR": str(TARGET)}
    env.pop("VIRTUAL_ENV", None)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    output = f"{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    assert proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{output}"
    return proc


def build_echo_fixture() -> Path:
    proc = run(
        [
            "cargo",
            "build",
            "-j2",
            "--release",
            "-p",
            "elizaos-interop-echo-fixture",
            "--lib",
            "--features",
            "ffi",
            "--message-format=json-render-diagnostics",
        ]
    )
    for line in proc.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "echo_plugin":
            for filename in msg["filenames"]:
                if filename.endswith(".so"):
                    return Path(filename)
    raise AssertionError("cargo reported no cdylib for the echo fixture")


def test_wheel_installs_into_a_fresh_venv_and_loads_a_rust_plugin(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "maturin", "build", "--release", "-j", "2", "-o", str(wheels)])
    (wheel,) = wheels.glob("elizaos_interop-*.whl")
    assert "-cp311-abi3-" in wheel.name, wheel.name

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", str(wheel)])

    echo = build_echo_fixture()
    script = textwrap.dedent(
        """
        import asyncio, json, sys
        import elizaos_interop, elizaos_interop._native as native
        from elizaos_interop.v1 import ipc_pb2, memory_pb2
        from elizaos_interop.paths.ffi import load_rust_plugin

        plugin = load_rust_plugin(sys.argv[1])
        memory = memory_pb2.Memory(entity_id="e", room_id="r")
        memory.content.text = "from the wheel"
        result = asyncio.run(plugin.invoke_action("ECHO", memory))
        print(json.dumps({
            "native": native.__file__,
            "package": elizaos_interop.__file__,
            "abi": native.FFI_ABI_VERSION,
            "manifest_type": ipc_pb2.CrossLanguagePluginManifest.DESCRIPTOR.full_name,
            "name": plugin.name,
            "text": result.text,
        }))
        """
    )
    proc = subprocess.run(
        [str(python), "-c", script, str(echo)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["native"].startswith(str(venv)), out  # the wheel's extension, not the checkout's
    assert out["package"].startswith(str(venv)), out
    assert out["abi"] == 1
    assert out["manifest_type"] == "eliza.interop.v1.CrossLanguagePluginManifest"
    assert out["name"] == "echo"
    assert out["text"] == "from the wheel"
