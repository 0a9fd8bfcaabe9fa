"""The Python bridge server fed bad input over a real pipe: it answers `error` with the right code and keeps
serving; also hello/binary framing, cancel, shutdown, sockets and the `listening` line."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from elizaos_interop.v1 import protocol_pb2

FIXTURES = Path(__file__).parent / "fixtures"
ECHO = str(FIXTURES / "echo_plugin.py")

pytestmark = pytest.mark.timeout(120)


class Raw:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        assert proc.stdin is not None
        assert proc.stdout is not None
        self.stdin = proc.stdin
        self.stdout = proc.stdout

    @classmethod
    async def start(cls, *extra: str) -> Raw:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "elizaos_interop.bridge_server",
            *extra,
            ECHO,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
            limit=64 * 1024 * 1024,
        )
        return cls(proc)

    async def send(self, data: bytes) -> None:
        self.stdin.write(data)
        await self.stdin.drain()

    async def line(self) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.stdout.readline(), 60)
        assert raw.endswith(b"\n"), raw
        obj: dict[str, Any] = json.loads(raw)
        return obj

    async def frame(self) -> protocol_pb2.Envelope:
        n = int.from_bytes(await asyncio.wait_for(self.stdout.readexactly(4), 60), "big")
        return protocol_pb2.Envelope.FromString(await self.stdout.readexactly(n))

    async def close(self) -> int:
        if self.proc.returncode is None:
            self.stdin.close()
        return await asyncio.wait_for(self.proc.wait(), 30)


def invoke(rid: str, text: str = "hi", action: str = "echo") -> bytes:
    return (
        json.dumps(
            {"type": "action.invoke", "id": rid, "action": action, "memory": {"content": {"text": text}}}
        ).encode()
        + b"\n"
    )


async def test_ready_then_bad_input_answered_and_serving_continues() -> None:
    s = await Raw.start("--max-message-bytes", "65536")
    ready = await s.line()
    assert ready["type"] == "ready"
    assert ready["protocolVersion"] == 1
    assert ready["manifest"]["name"] == "echo-fixture"
    assert "FRAMING_PROTOBUF" in ready["framings"]
    assert ready["pid"] > 0
    cases: list[tuple[bytes, str, str]] = [
        (b"this is not json\n", "MALFORMED", ""),
        (b'{"type":"action.invoke","id":"t1", truncated\n', "MALFORMED", "t1"),
        (b'{"id":"n1","action":"echo"}\n', "MALFORMED", "n1"),
        (b'{"type":"no.such.type","id":"u1"}\n', "UNKNOWN_TYPE", "u1"),
        (b"[1,2,3]\n", "MALFORMED", ""),
        (b'{"type":"action.invoke","id":"b1","memory":"not an object"}\n', "MALFORMED", "b1"),
        (b'{"type":"action.result","id":"r1"}\n', "UNKNOWN_TYPE", "r1"),
        (
            b'{"type":"action.invoke","id":"big1","memory":{"content":{"text":"' + b"x" * 100_000 + b'"}}}\n',
            "TOO_LARGE",
            "big1",
        ),
        (invoke("nf1", action="nope"), "NOT_FOUND", "nf1"),
        (invoke("h1", action="boom"), "HANDLER_ERROR", "h1"),
    ]
    for data, code, rid in cases:
        await s.send(data)
        err = await s.line()
        assert err["type"] == "error", (data[:60], err)
        assert err["details"]["code"] == code, (data[:60], err)
        assert err.get("id", "") == rid
        await s.send(invoke("ok"))
        ok = await s.line()
        assert ok == {
            "type": "action.result",
            "id": "ok",
            "result": {"success": True, "text": "echo: hi", "values": {"room": "", "length": 2.0}},
        }
    await s.send(invoke("h2", action="boom"))
    assert (await s.line())["details"]["exception"] == "ValueError"
    assert await s.close() == 0


async def test_hello_binary_framing_cancel_and_shutdown() -> None:
    s = await Raw.start()
    await s.line()
    await s.send(b'{"type":"hello","id":"h","protocolVersion":1,"framing":"FRAMING_PROTOBUF"}\n')
    res = await s.line()
    assert res == {"type": "hello.result", "id": "h", "accepted": True, "framing": "FRAMING_PROTOBUF"}

    def frame(env: protocol_pb2.Envelope) -> bytes:
        b = env.SerializeToString()
        return len(b).to_bytes(4, "big") + b

    slow = protocol_pb2.Envelope()
    slow.action_invoke.type, slow.action_invoke.id, slow.action_invoke.action = "action.invoke", "s1", "slow"
    slow.action_invoke.options.update({"delay": 30})
    cancel = protocol_pb2.Envelope()
    cancel.cancel.type, cancel.cancel.id, cancel.cancel.target_id = "cancel", "c1", "s1"
    echo = protocol_pb2.Envelope()
    echo.action_invoke.type, echo.action_invoke.id, echo.action_invoke.action = "action.invoke", "e1", "echo"
    echo.action_invoke.memory.content.text = "bin"
    await s.send(frame(slow) + frame(cancel) + frame(echo))
    got = await s.frame()
    assert got.action_result.id == "e1"
    assert got.action_result.result.text == "echo: bin"
    # garbage frame, then an oversized frame announcement: errors, serving continues
    await s.send(b"\x00\x00\x00\x03\xff\xff\xff")
    bad = await s.frame()
    assert bad.error.details.fields["code"].string_value == "MALFORMED"
    await s.send(frame(echo))
    assert (await s.frame()).action_result.result.text == "echo: bin"
    shut = protocol_pb2.Envelope()
    shut.shutdown.type, shut.shutdown.id = "shutdown", "bye"
    await s.send(frame(shut))
    done = await s.frame()
    assert done.WhichOneof("body") == "shutdown_result"
    assert done.shutdown_result.id == "bye"
    assert await asyncio.wait_for(s.proc.wait(), 30) == 0


async def test_tcp_server_prints_listening_and_serves_connections() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "elizaos_interop.bridge_server",
        "--tcp",
        "127.0.0.1:0",
        ECHO,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    try:
        listening = json.loads(await asyncio.wait_for(proc.stdout.readline(), 60))
        assert listening["type"] == "listening"
        host, port = listening["address"].rsplit(":", 1)
        for i in range(2):  # two independent sessions
            reader, writer = await asyncio.open_connection(host, int(port))
            assert json.loads(await reader.readline())["type"] == "ready"
            writer.write(b"garbage\n" + invoke(f"c{i}"))
            assert json.loads(await reader.readline())["details"]["code"] == "MALFORMED"
            assert json.loads(await reader.readline())["id"] == f"c{i}"
            writer.close()
        # truncated input then disconnect must not kill the server
        sock = socket.create_connection((host, int(port)))
        sock.sendall(b'{"type":"action.invo')
        sock.close()
        reader, writer = await asyncio.open_connection(host, int(port))
        await reader.readline()
        writer.write(b'{"type":"shutdown","id":"x"}\n')
        assert json.loads(await reader.readline())["type"] == "shutdown.result"
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_bad_plugin_path_exits_with_message() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "elizaos_interop.bridge_server",
        str(FIXTURES / "does_not_exist.py"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 3
    assert out == b""
    assert b"no such plugin file" in err


async def test_json_only_server_refuses_binary_framing() -> None:
    from elizaos_interop.errors import ProtocolError
    from elizaos_interop.paths.ipc import IpcPlugin

    s = await Raw.start("--framing", "json")
    ready = await s.line()
    assert ready["framings"] == ["FRAMING_JSON"]
    await s.send(b'{"type":"hello","id":"h","protocolVersion":1,"framing":"FRAMING_PROTOBUF"}\n')
    res = await s.line()
    assert "accepted" not in res  # false: omitted in proto3 JSON
    assert "not offered" in res["error"]
    await s.send(invoke("still-json"))
    assert (await s.line())["id"] == "still-json"
    assert await s.close() == 0
    cmd = [sys.executable, "-m", "elizaos_interop.bridge_server", "--framing", "json", ECHO]
    with pytest.raises(ProtocolError, match="does not offer FRAMING_PROTOBUF"):
        await IpcPlugin.start(cmd, framing="protobuf", startup_timeout=60)


async def test_hello_with_other_protocol_version_is_refused() -> None:
    s = await Raw.start()
    await s.line()
    await s.send(b'{"type":"hello","id":"h","protocolVersion":7,"framing":"FRAMING_PROTOBUF"}\n')
    err = await s.line()
    assert err["type"] == "error"
    assert err["details"]["code"] == "UNSUPPORTED_VERSION"
    await s.send(invoke("after"))
    assert (await s.line())["id"] == "after"
    assert await s.close() == 0
