"""The `elizaos-interop` CLI run as a real subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from elizaos_interop.paths.ipc import IpcPlugin
from elizaos_interop.wire.messages import Memory

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "elizaos_interop.cli"]

pytestmark = pytest.mark.timeout(180)


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_inspect_python_and_typescript() -> None:
    r = run("inspect", str(FIXTURES / "py_ipc_plugin"))
    assert r.returncode == 0, r.stderr
    assert "echo-fixture 1.2.3  (ipc" in r.stdout
    assert "  - echo: Echoes the message text" in r.stdout
    r2 = run("inspect", "--json", str(FIXTURES / "ts_echo_plugin.mjs"))
    assert r2.returncode == 0, r2.stderr
    info = json.loads(r2.stdout)
    assert info["path"] == "ipc"
    assert info["manifest"]["name"] == "ts-echo-fixture"
    assert [p["name"] for p in info["manifest"]["providers"]] == ["greeting"]


def test_invoke() -> None:
    r = run("invoke", str(FIXTURES / "py_native_plugin"), "echo", "--text", "hello", "--room", "R", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {
        "success": True,
        "text": "echo: hello",
        "values": {"room": "R", "length": 5.0},
    }
    r2 = run("invoke", str(FIXTURES / "ts_echo_plugin.mjs"), "echo", "--text", "x")
    assert r2.stdout == "ts echo: x\n"
    r3 = run("invoke", str(FIXTURES / "echo_plugin.py"), "boom", "--text", "x")
    assert r3.returncode == 2
    assert "HANDLER_ERROR" in r3.stderr
    assert "ValueError" in r3.stderr


def test_chat_with_pypi_eliza_classic(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.find_spec("elizaos_plugin_eliza_classic")
    assert spec is not None
    assert spec.submodule_search_locations
    shutil.copytree(
        next(iter(spec.submodule_search_locations)), tmp_path / "site" / "elizaos_plugin_eliza_classic"
    )
    (tmp_path / "shared").mkdir()
    shutil.copy(FIXTURES / "eliza_classic_doctor.json", tmp_path / "shared" / "doctor.json")
    r = run(
        "chat",
        "elizaos_plugin_eliza_classic",
        stdin="I am sad\ncomputers\nquit\nnever read\n",
        env={"PYTHONPATH": str(tmp_path / "site")},
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "How do you do. Please tell me your problem.",
        "How long have you been sad?",
        "Do computers worry you?",
    ]


@pytest.mark.parametrize("lang", ["rust", "python", "typescript"])
def test_chat_holds_the_cacm_conversation(lang: str) -> None:
    """`elizaos-interop chat plugins/plugin-eliza-classic/<lang>` (FFI for Rust, IPC for the others) replies
    to the 1966 CACM transcript line for line."""
    doc = json.loads((ROOT / "tests" / "vectors" / "eliza" / "cacm-1966.json").read_text())
    stdin = "".join(t["input"] + "\n" for t in doc["turns"])
    r = run("chat", str(ROOT / "plugins" / "plugin-eliza-classic" / lang), stdin=stdin)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [doc["greeting"], *(t["reply"] for t in doc["turns"])]


def test_chat_ends_on_eof() -> None:
    r = run("chat", str(FIXTURES / "echo_plugin.py"), "--action", "echo", stdin="one\ntwo\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["Hello from the echo plugin", "echo: one", "echo: two"]


async def test_serve_python_on_tcp_and_connect() -> None:
    proc = await asyncio.create_subprocess_exec(
        *CLI,
        "serve",
        str(FIXTURES / "echo_plugin.py"),
        "--tcp",
        "127.0.0.1:0",
        stdout=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    try:
        line = json.loads(await asyncio.wait_for(proc.stdout.readline(), 60))
        async with await IpcPlugin.start(transport="tcp", address=line["address"]) as h:
            m = Memory()
            m.content.text = "over tcp"
            assert (await h.invoke_action("echo", m)).text == "echo: over tcp"
    finally:
        proc.terminate()
        await proc.wait()


async def test_reserve_typescript_plugin_through_generic_server() -> None:
    """`serve` on a non-Python plugin loads it (here: via the Node bridge) and re-serves it on stdio."""
    async with await IpcPlugin.start(
        [*CLI, "serve", str(FIXTURES / "ts_echo_plugin.mjs"), "--stdio"],
        framing="protobuf",
        startup_timeout=60,
    ) as h:
        assert h.manifest.name == "ts-echo-fixture"
        m = Memory()
        m.content.text = "twice bridged"
        assert (await h.invoke_action("echo", m)).text == "ts echo: twice bridged"
        assert await h.invoke_model("TEXT_SMALL", {"prompt": "q"}) == "Q"
