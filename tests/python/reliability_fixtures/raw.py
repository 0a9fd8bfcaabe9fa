"""A raw peer of an IPC server subprocess over real pipes: write bytes, read JSON lines or binary frames with
a deadline (select on the pipe; never blocks past it)."""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from elizaos_interop.wire.messages import Envelope

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ECHO = str(FIXTURES / "echo_plugin.py")


class RawServer:
    def __init__(self, *extra: str, entry: str = ECHO, stderr: Any = subprocess.DEVNULL) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "elizaos_interop.bridge_server", *extra, entry],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.fd = self.proc.stdout.fileno()
        self.buf = bytearray()

    def send(self, data: bytes) -> None:
        self.stdin.write(data)
        self.stdin.flush()

    def _fill(self, deadline: float) -> None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the server did not answer in time")
        ready, _, _ = select.select([self.fd], [], [], left)
        if not ready:
            raise TimeoutError("the server did not answer in time")
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            raise EOFError(f"the server closed its stdout (exit code {self.proc.poll()})")
        self.buf += chunk

    def line(self, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while (i := self.buf.find(b"\n")) < 0:
            self._fill(deadline)
        raw = bytes(self.buf[:i])
        del self.buf[: i + 1]
        obj = orjson.loads(raw)
        assert isinstance(obj, dict), raw
        return obj

    def frame(self, timeout: float = 30.0) -> Envelope:
        deadline = time.monotonic() + timeout
        while len(self.buf) < 4:
            self._fill(deadline)
        n = int.from_bytes(self.buf[:4], "big")
        while len(self.buf) < 4 + n:
            self._fill(deadline)
        data = bytes(self.buf[4 : 4 + n])
        del self.buf[: 4 + n]
        return Envelope.FromString(data)

    def close(self, timeout: float = 30.0) -> int:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.stdin.close()
            try:
                return self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
                raise
        return self.proc.returncode


def invoke_line(rid: str, text: str = "hi", action: str = "echo") -> bytes:
    return orjson.dumps(
        {"type": "action.invoke", "id": rid, "action": action, "memory": {"content": {"text": text}}},
        option=orjson.OPT_APPEND_NEWLINE,
    )


def invoke_envelope(rid: str, text: str = "hi", action: str = "echo") -> Envelope:
    env = Envelope()
    a = env.action_invoke
    a.type, a.id, a.action = "action.invoke", rid, action
    a.memory.content.text = text
    return env
