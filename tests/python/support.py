"""Shared helpers of the Python tests (imported as `support`: pytest puts this folder on sys.path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
#: Cargo target directory of the fixture cdylibs built by the tests.
FIXTURE_TARGET = ROOT / "target" / "test-fixtures"
#: Our Python bridge serving the echo fixture plugin over stdio.
ECHO_BRIDGE = [sys.executable, "-m", "elizaos_interop.bridge_server", str(FIXTURES / "echo_plugin.py")]


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie does not)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def cargo_build_cdylib(package: str, lib_name: str, *features: str, release: bool = True) -> Path:
    """Builds `package`'s cdylib with cargo; returns the .so path cargo reports (failure fails the test)."""
    cmd = ["cargo", "build", "-j2", "-p", package, "--lib", "--message-format=json-render-diagnostics"]
    if release:
        cmd.append("--release")
    if features:
        cmd += ["--features", ",".join(features)]
    # A target dir of its own: no waiting on the shared one's lock, and the bad-abi variants (one file name)
    # never overwrite anything another build uses.
    env = {**os.environ, "CARGO_TARGET_DIR": str(FIXTURE_TARGET)}
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}"
    for line in proc.stdout.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == lib_name:
            for filename in msg["filenames"]:
                if filename.endswith(".so"):
                    return Path(filename)
    raise AssertionError(f"cargo reported no cdylib for {package}")
