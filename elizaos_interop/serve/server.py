"""`PluginServer`: serves one request handler (`Envelope -> Envelope`) on stdio, a Unix socket or TCP, one
`Session` per connection, and shuts down gracefully (`shutdown`, or the host closing stdin)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import stat

import orjson

from elizaos_interop.v1 import protocol_pb2

from ..errors import (
    SHUTTING_DOWN,
    error_envelope,
)
from ..wire import framing
from ..wire.constants import DEFAULT_MAX_BUFFER_BYTES, DEFAULT_MAX_MESSAGE_BYTES
from ..wire.messages import Envelope, PluginManifest
from .session import Handler, Session


class _Writer:
    """Blocking fallback for a protocol stream that is a regular file."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


class PluginServer:
    def __init__(
        self,
        handler: Handler,
        manifest: PluginManifest,
        *,
        max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES,
        max_buffer_bytes: int = DEFAULT_MAX_BUFFER_BYTES,
        protocol_fd: int = 1,
        framings: tuple[protocol_pb2.Framing, ...] = (framing.JSON, framing.PROTOBUF),
    ) -> None:
        self.handler = handler
        self.manifest = manifest
        self.max_message_bytes = max_message_bytes
        self.max_buffer_bytes = max_buffer_bytes
        self.protocol_fd = protocol_fd
        #: Framings offered in `ready` (FRAMING_JSON is always among them).
        self.framings = tuple(dict.fromkeys((framing.JSON, *framings)))
        self.sessions: set[Session] = set()
        self.stopping = False
        self.finished = asyncio.Event()
        self.stdio = False
        self._shutdown_task: asyncio.Task[None] | None = None

    # -------------------------------------------------------------- lifecycle
    def session_ended(self, session: Session) -> None:
        if self.stdio and not self.stopping:
            # The host closed our stdin: finish in-flight calls, then exit.
            self.stopping = True
            task = asyncio.get_running_loop().create_task(self._finish(session, None))
            self._shutdown_task = task
        elif not self.stdio:
            for t in list(session.tasks.values()):
                t.cancel()

    def request_shutdown(self, session: Session, rid: str) -> None:
        if self.stopping:
            session.send(error_envelope(rid, "server is shutting down", SHUTTING_DOWN))
            return
        self.stopping = True
        self._shutdown_task = asyncio.get_running_loop().create_task(self._finish(session, rid))

    async def _finish(self, session: Session, rid: str | None) -> None:
        for s in list(self.sessions | {session}):
            if isinstance(s.transport, asyncio.ReadTransport):
                with contextlib.suppress(Exception):
                    s.transport.pause_reading()
        for s in list(self.sessions | {session}):
            await s.drain_tasks()
        if rid is not None:
            env = Envelope()
            env.shutdown_result.type, env.shutdown_result.id = "shutdown.result", rid
            session.send(env)
        for s in list(self.sessions | {session}):
            s.flush()
        self.finished.set()

    # -------------------------------------------------------------- transports
    async def serve_stdio(self, in_fd: int = 0) -> int:
        loop = asyncio.get_running_loop()
        self.stdio = True
        session = Session(self)
        out_fd = self.protocol_fd
        if stat.S_ISREG(os.fstat(out_fd).st_mode):
            session.out = _Writer(out_fd)
        else:
            wt, _ = await loop.connect_write_pipe(asyncio.Protocol, os.fdopen(out_fd, "wb", buffering=0))
            session.out = wt
        if stat.S_ISREG(os.fstat(in_fd).st_mode):
            session.connection_made(_FileReadTransport())
            with os.fdopen(in_fd, "rb", buffering=0) as f:
                while chunk := f.read(65536):
                    session.data_received(chunk)
            session.eof_received()
        else:
            await loop.connect_read_pipe(lambda: session, os.fdopen(in_fd, "rb", buffering=0))
        await self.finished.wait()
        session.flush()
        out = session.out
        if isinstance(out, asyncio.WriteTransport):
            for _ in range(500):  # let the pipe drain (bounded: 5 s)
                if out.get_write_buffer_size() == 0:
                    break
                await asyncio.sleep(0.01)
        out.close()
        return 0

    def _write_listening(self, address: str) -> None:
        line = orjson.dumps({"type": "listening", "address": address}, option=orjson.OPT_APPEND_NEWLINE)
        os.write(self.protocol_fd, line)

    async def serve_unix(self, path: str) -> int:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(os.stat(path).st_mode):
                os.unlink(path)
        srv = await loop.create_unix_server(lambda: Session(self), path)
        self._write_listening(path)
        try:
            await self.finished.wait()
        finally:
            srv.close()
            with contextlib.suppress(OSError):
                os.unlink(path)
        await asyncio.sleep(0)
        return 0

    async def serve_tcp(self, host: str, port: int) -> int:
        loop = asyncio.get_running_loop()
        srv = await loop.create_server(lambda: Session(self), host, port)
        sock = srv.sockets[0]
        h, p = sock.getsockname()[:2]
        self._write_listening(f"{h}:{p}")
        try:
            await self.finished.wait()
        finally:
            srv.close()
        await asyncio.sleep(0)
        return 0


class _FileReadTransport(asyncio.ReadTransport):
    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


__all__ = ["Handler", "PluginServer", "Session"]
