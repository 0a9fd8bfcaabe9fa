"""A spawned plugin process: stdout to a callback, stderr line by line to logging, exit tracking, and the
graceful stop sequence of docs/PROTOCOL.md §2 (close stdin → grace → SIGTERM → grace → SIGKILL)."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import signal
import subprocess
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from ...errors import PluginLoadError

_MAX_STDERR_LINE = 64 * 1024


class ForkServer(Protocol):
    """What starts a child as a fork of a warm interpreter (`prefork.PreforkPool`)."""

    async def spawn(
        self, child: ChildProcess, command: Sequence[str], *, cwd: str | None, env: Mapping[str, str]
    ) -> tuple[int, int, int, int]:
        """Fork a process running `command`; returns (pid, stdin_w, stdout_r, stderr_r) descriptors."""
        ...


def plugin_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"elizaos_interop.plugin.{name or 'unnamed'}")


def describe_exit(returncode: int | None) -> str:
    if returncode is None:
        return "is still running"
    if returncode < 0:
        try:
            sig = signal.Signals(-returncode).name
        except ValueError:
            sig = str(-returncode)
        return f"was killed by signal {sig}"
    return f"exited with code {returncode}"


class _Protocol(asyncio.SubprocessProtocol):
    def __init__(self, child: ChildProcess) -> None:
        self._child = child

    def pipe_data_received(self, fd: int, data: bytes | str) -> None:
        raw = data.encode() if isinstance(data, str) else data
        if fd == 1:
            self._child.on_stdout(raw)
        else:
            self._child._stderr_data(raw)

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        if fd == 1:
            self._child._stdout_closed = True
            self._child._maybe_finished()
        elif fd == 2:
            self._child._flush_stderr()

    def process_exited(self) -> None:
        self._child._process_exited()


class _PipeProtocol(asyncio.Protocol):
    """One pipe of a forked child (`PreforkPool`; fd 0 = stdin, 1 = stdout, 2 = stderr): routed like the pipes
    of a child we spawned, through `_Protocol`."""

    def __init__(self, child: ChildProcess, fd: int) -> None:
        self._route = _Protocol(child)
        self._fd = fd

    def data_received(self, data: bytes) -> None:
        self._route.pipe_data_received(self._fd, data)

    def connection_lost(self, exc: Exception | None) -> None:
        self._route.pipe_connection_lost(self._fd, exc)


class ChildProcess:
    """One plugin process. `on_stdout` gets stdout bytes; `on_finished` is called once the process has
    exited and its stdout is closed (with the process's return code)."""

    def __init__(
        self,
        name: str,
        on_stdout: Callable[[bytes], None],
        on_finished: Callable[[int | None], None],
    ) -> None:
        self.name = name
        self.on_stdout = on_stdout
        self.on_finished = on_finished
        self.log = plugin_logger(name)
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
        self._stderr_buf = bytearray()
        self._transport: asyncio.SubprocessTransport | None = None
        self._stdin: asyncio.WriteTransport | None = None
        #: A child forked by a `PreforkPool` (not our own child): its pipes and the exit code the pool reports
        self._pool: ForkServer | None = None
        self._pipes: list[asyncio.BaseTransport] = []
        self._forked_code: int | None = None
        self._stdout_closed = False
        self._exited = False
        self._finished = False
        self.exited = asyncio.Event()
        self.pid = 0

    async def start(self, argv: Sequence[str], *, cwd: str | None, env: Mapping[str, str]) -> None:
        loop = asyncio.get_running_loop()
        try:
            transport, _ = await loop.subprocess_exec(
                lambda: _Protocol(self),
                *argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=cwd,
                env=dict(env),
                start_new_session=True,
            )
        except OSError as err:
            raise PluginLoadError(f"cannot start plugin {self.name!r} ({' '.join(argv)}): {err}") from err
        self._transport = transport
        self.pid = transport.get_pid()
        stdin = transport.get_pipe_transport(0)
        assert isinstance(stdin, asyncio.WriteTransport)
        self._stdin = stdin

    async def start_forked(
        self, pool: ForkServer, argv: Sequence[str], *, cwd: str | None, env: Mapping[str, str]
    ) -> None:
        """Start `argv` (`python -m MODULE ...`) as a fork of the pool's warm interpreter."""
        loop = asyncio.get_running_loop()
        pid, in_w, out_r, err_r = await pool.spawn(self, argv, cwd=cwd, env=env)
        self._pool = pool
        self.pid = pid
        try:
            stdin, _ = await loop.connect_write_pipe(
                lambda: _PipeProtocol(self, 0), os.fdopen(in_w, "wb", buffering=0)
            )
            out, _ = await loop.connect_read_pipe(
                lambda: _PipeProtocol(self, 1), os.fdopen(out_r, "rb", buffering=0)
            )
            err, _ = await loop.connect_read_pipe(
                lambda: _PipeProtocol(self, 2), os.fdopen(err_r, "rb", buffering=0)
            )
        except OSError as e:
            self.kill()
            raise PluginLoadError(f"cannot attach to the pipes of plugin {self.name!r}: {e}") from e
        assert isinstance(stdin, asyncio.WriteTransport)
        self._stdin = stdin
        self._pipes = [stdin, out, err]

    def forked_exited(self, code: int) -> None:
        """The pool reports that the forked child exited with `code` (negative: killed by that signal)."""
        if self._exited:
            return
        self._forked_code = code
        self._process_exited()

    def stdout_reader(self) -> tuple[asyncio.BaseTransport | None, int | None]:
        """The transport reading the child's stdout and its (non-blocking) descriptor."""
        if self._pipes:
            t: asyncio.BaseTransport | None = self._pipes[1]
        else:
            t = self._transport.get_pipe_transport(1) if self._transport is not None else None
        pipe = t.get_extra_info("pipe") if t is not None else None
        return t, (pipe.fileno() if pipe is not None else None)

    @property
    def returncode(self) -> int | None:
        if self._pool is not None:
            return self._forked_code
        return None if self._transport is None else self._transport.get_returncode()

    @property
    def _started(self) -> bool:
        return self._transport is not None or self._pool is not None

    @property
    def running(self) -> bool:
        return self._started and not self._exited

    def write(self, data: bytes) -> None:
        stdin = self._stdin
        if stdin is not None and not stdin.is_closing():
            stdin.write(data)

    def close_stdin(self) -> None:
        if self._stdin is not None and not self._stdin.is_closing():
            self._stdin.close()

    # -- stderr
    def _stderr_data(self, data: bytes) -> None:
        buf = self._stderr_buf
        buf += data
        while True:
            i = buf.find(b"\n")
            if i < 0:
                if len(buf) > _MAX_STDERR_LINE:
                    self._emit_stderr(bytes(buf[:_MAX_STDERR_LINE]) + b" [line truncated]")
                    del buf[:]
                return
            line = bytes(buf[:i])
            del buf[: i + 1]
            self._emit_stderr(line[:_MAX_STDERR_LINE])

    def _emit_stderr(self, line: bytes) -> None:
        text = line.decode("utf-8", "replace").rstrip("\r")
        self.stderr_tail.append(text)
        self.log.info("%s", text)

    def _flush_stderr(self) -> None:
        if self._stderr_buf:
            self._emit_stderr(bytes(self._stderr_buf))
            self._stderr_buf.clear()

    # -- exit
    def _process_exited(self) -> None:
        self._exited = True
        self.exited.set()
        self._maybe_finished()
        if not self._stdout_closed:
            # A grandchild may hold stdout open; do not wait for it.
            asyncio.get_running_loop().call_later(0.5, self._force_finished)

    def _force_finished(self) -> None:
        self._stdout_closed = True
        self._maybe_finished()

    def _maybe_finished(self) -> None:
        if self._finished or not (self._exited and self._stdout_closed):
            return
        self._finished = True
        self._flush_stderr()
        self.on_finished(self.returncode)

    def exit_description(self) -> str:
        return describe_exit(self.returncode)

    def stderr_summary(self) -> str:
        if not self.stderr_tail:
            return ""
        return "; last stderr: " + " | ".join(list(self.stderr_tail)[-5:])

    def _signal(self, sig: int) -> None:
        if not self._started or self._exited:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, sig)  # the plugin runs in its own session: reach its children too
        if self._transport is not None:
            with contextlib.suppress(ProcessLookupError):
                self._transport.send_signal(sig)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    async def stop(self, grace: float) -> int | None:
        """close stdin → wait `grace` → SIGTERM → wait `grace` → SIGKILL, then SIGKILL to what is left of the
        plugin's process group (its own children). Returns the exit code."""
        if not self._started:
            return None
        self.close_stdin()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self._exited:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.exited.wait(), grace)
            if self._exited:
                break
            self.log.warning("plugin %r did not exit within %.1fs; sending %s", self.name, grace, sig.name)
            self._signal(sig)
        if not self._exited:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.exited.wait(), max(grace, 1.0))
        # The plugin runs in its own session (process group = its pid). Whatever it started and left behind
        # (it exited by itself, or was killed) still belongs to that group: end it too.
        if self.pid > 0:  # (killpg(0) would signal our own group)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)
        if self._transport is not None:
            self._transport.close()
        for t in self._pipes:
            t.close()
        return self.returncode


__all__ = ["ChildProcess", "ForkServer", "describe_exit", "plugin_logger"]
