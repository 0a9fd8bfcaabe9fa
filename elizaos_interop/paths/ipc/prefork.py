"""`PreforkPool`: Python IPC plugins started as forks of a warm interpreter.

docs/PROTOCOL.md §2, "Pre-forked Python bridges".

A fresh `python -m elizaos_interop.bridge_server` spends most of its start-up importing: the interpreter,
the bridge, and `elizaos` (~300 ms here). The pool starts one interpreter
(`elizaos_interop.paths.ipc.zygote`) that imports them once; each plugin is then a fork of it that only
imports the plugin's own module. The plugin process is the same bridge speaking the same protocol over the
same pipes or socket, in its own session (process group), with the environment and working directory it
asked for.

    pool = await PreforkPool.start()
    handle = await load_python_ipc_plugin("my_plugin.py", prefork=pool)   # or prefork=True: default_pool()

Limits of the approach, each a `PluginLoadError` naming it, never a silent fallback: the command must be
`python -m MODULE ...` of the pool's interpreter, and the plugin's PYTHON* environment variables must equal
the pool's (they shaped the interpreter before the fork).
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from ...errors import PluginLoadError
from .limits import IpcLimits, child_env
from .zygote import DEFAULT_PRELOAD, MAX_PACKET

if TYPE_CHECKING:
    from .process import ChildProcess

_log = logging.getLogger("elizaos_interop.prefork")


#: Variables that shape the interpreter at its start (import path, flags, encodings) and that a fork cannot
#: apply afterwards: a plugin's must equal the pool's. (Others, e.g. PYTHONUNBUFFERED, are passed as given.)
INTERPRETER_VARS = frozenset(
    {
        "PYTHONPATH",
        "PYTHONHOME",
        "PYTHONSAFEPATH",
        "PYTHONNOUSERSITE",
        "PYTHONUSERBASE",
        "PYTHONPLATLIBDIR",
        "PYTHONOPTIMIZE",
        "PYTHONDEVMODE",
        "PYTHONUTF8",
        "PYTHONIOENCODING",
        "PYTHONWARNINGS",
        "PYTHONHASHSEED",
        "PYTHONINTMAXSTRDIGITS",
        "PYTHONNODEBUGRANGES",
    }
)


def _python_vars(env: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k in INTERPRETER_VARS}


class PreforkPool:
    """One warm zygote process; `spawn` forks it into a plugin process. Use on one event loop."""

    def __init__(
        self,
        proc: asyncio.subprocess.Process,
        sock: socket.socket,
        python: str,
        env: dict[str, str],
        preload: tuple[str, ...],
    ) -> None:
        self._proc = proc
        self._sock = sock
        self.python = python
        self.env = env
        self.preload = preload
        self._loop = asyncio.get_running_loop()
        self._ready: asyncio.Future[dict[str, Any]] = self._loop.create_future()
        self._replies: dict[int, tuple[asyncio.Future[int], ChildProcess]] = {}
        self._children: dict[int, ChildProcess] = {}
        self._next = 0
        self._dead: str | None = None
        self._closed = False

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    async def start(
        cls,
        *,
        python: str | None = None,
        env: Mapping[str, str] | None = None,
        preload: Sequence[str] | None = None,
        startup_timeout: float = 30.0,
    ) -> PreforkPool:
        """Start the zygote and wait until it has imported `preload` (default: the bridge and `elizaos`).

        `env` is the zygote's environment (default: what a plugin gets by default, the host's minus the
        secrets denylist). Raises `PluginLoadError` when it cannot start or preload."""
        python = python or sys.executable
        env = dict(env) if env is not None else child_env(IpcLimits())
        mods = tuple(preload) if preload is not None else DEFAULT_PRELOAD
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        argv = [python, "-m", "elizaos_interop.paths.ipc.zygote", "--control", str(child.fileno())]
        for m in mods:
            argv += ["--preload", m]
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                pass_fds=(child.fileno(),),
                env=env,
                start_new_session=True,
            )
        except OSError as err:
            parent.close()
            raise PluginLoadError(f"cannot start the prefork zygote ({python}): {err}") from err
        finally:
            child.close()
        parent.setblocking(False)
        pool = cls(proc, parent, python, env, mods)
        pool._loop.add_reader(parent.fileno(), pool._readable)
        try:
            await asyncio.wait_for(asyncio.shield(pool._ready), startup_timeout)
        except TimeoutError:
            await pool.close()
            raise PluginLoadError(
                f"the prefork zygote did not finish preloading {', '.join(mods)} within {startup_timeout}s"
            ) from None
        except PluginLoadError:
            await pool.close()
            raise
        return pool

    @property
    def pid(self) -> int:
        return int(self._proc.pid)

    @property
    def alive(self) -> bool:
        return self._dead is None and not self._closed

    async def close(self) -> None:
        """Stop the zygote. Plugins it started and that are still running are SIGKILLed (their handles see
        `PluginCrashedError`): close them first."""
        if self._closed:
            return
        self._closed = True
        self._end("the prefork pool was closed")
        try:
            await asyncio.wait_for(self._proc.wait(), 5.0)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                self._proc.kill()
            await self._proc.wait()

    def _abandon(self) -> None:
        """Stop the zygote without the (gone) event loop it was started on: close the control socket."""
        self._closed = True
        self._dead = self._dead or "abandoned with its event loop"
        with contextlib.suppress(OSError):
            self._sock.close()

    async def __aenter__(self) -> PreforkPool:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------ spawning
    def check(self, command: Sequence[str], env: Mapping[str, str]) -> str:
        """The module `command` runs (`python -m MODULE ...`, the pool's interpreter), or PluginLoadError."""
        if len(command) < 3 or command[1] != "-m" or command[0] != self.python:
            raise PluginLoadError(
                f"prefork runs `{self.python} -m MODULE ...` commands; cannot prefork {' '.join(command)!r}"
            )
        mine, theirs = _python_vars(self.env), _python_vars(env)
        if mine != theirs:
            names = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
            raise PluginLoadError(
                f"cannot prefork: the plugin's {', '.join(names)} differ from the prefork pool's (they shape "
                "the interpreter before the fork); start a PreforkPool with that environment"
            )
        return command[2]

    async def spawn(
        self, child: ChildProcess, command: Sequence[str], *, cwd: str | None, env: Mapping[str, str]
    ) -> tuple[int, int, int, int]:
        """Fork a process running `command`; returns (pid, stdin_w, stdout_r, stderr_r) descriptors."""
        if self._dead is not None:
            raise PluginLoadError(f"the prefork pool is not running: {self._dead}")
        module = self.check(command, env)
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        ours = (in_w, out_r, err_r)
        self._next += 1
        rid = self._next
        msg = {
            "type": "spawn",
            "id": rid,
            "module": module,
            "argv": list(command[3:]),
            "cwd": os.path.abspath(cwd) if cwd else os.getcwd(),  # noqa: ASYNC240 (no I/O: string work)
            "env": dict(env),
        }
        fut: asyncio.Future[int] = self._loop.create_future()
        self._replies[rid] = (fut, child)
        try:
            data = orjson.dumps(msg)
            if len(data) > MAX_PACKET:
                raise PluginLoadError(
                    f"spawn request of {len(data)} bytes (environment too large for prefork)"
                )
            try:
                self._sock.sendmsg(
                    [data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [in_r, out_w, err_w]))]
                )
            except OSError as err:
                raise PluginLoadError(f"cannot reach the prefork zygote: {err}") from err
            pid = await fut
        except BaseException:
            for fd in ours:
                os.close(fd)
            raise
        finally:
            self._replies.pop(rid, None)
            for fd in (in_r, out_w, err_w):
                os.close(fd)
        return pid, in_w, out_r, err_r

    # ------------------------------------------------------------------ control channel
    def _readable(self) -> None:
        while True:
            try:
                data = self._sock.recv(MAX_PACKET)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:
                self._end(f"its control socket failed: {err}")
                return
            if not data:
                self._end(f"the zygote (pid {self.pid}) exited")
                return
            try:
                msg = orjson.loads(data)
                self._message(msg)
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                _log.error("prefork zygote sent a bad control message %r: %s", data[:200], err)

    def _message(self, msg: dict[str, Any]) -> None:
        t = msg["type"]
        if t == "zygote.ready":
            if not self._ready.done():
                self._ready.set_result(msg)
        elif t == "zygote.failed":
            if not self._ready.done():
                self._ready.set_exception(PluginLoadError(f"the prefork zygote failed: {msg.get('error')}"))
        elif t in ("spawned", "spawn.failed"):
            entry = self._replies.get(int(msg["id"]))
            if entry is not None and not entry[0].done():
                fut, child = entry
                if t == "spawned":
                    # registered now: its `exited` may come in the same read, before `spawn` resumes
                    self._children[int(msg["pid"])] = child
                    fut.set_result(int(msg["pid"]))
                else:
                    fut.set_exception(
                        PluginLoadError(f"the prefork zygote could not fork: {msg.get('error')}")
                    )
        elif t == "exited":
            pid = int(msg["pid"])
            if pid in self._children:
                self._children.pop(pid).forked_exited(int(msg["code"]))
        else:
            raise ValueError(f"unknown type {t!r}")

    def _end(self, why: str) -> None:
        if self._dead is not None:
            return
        self._dead = why
        with contextlib.suppress(ValueError, OSError):
            self._loop.remove_reader(self._sock.fileno())
        self._sock.close()  # the zygote sees the end of its control socket: it kills its children and exits
        err = PluginLoadError(f"the prefork pool stopped: {why}")
        if not self._ready.done():
            self._ready.set_exception(err)
        for fut, _child in self._replies.values():
            if not fut.done():
                fut.set_exception(err)
        children, self._children = self._children, {}
        if children and not self._closed:
            _log.error("prefork pool: %s; killing the %d plugin(s) it started", why, len(children))
        for pid, child in children.items():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            child.forked_exited(-signal.SIGKILL)


_default: PreforkPool | None = None
_default_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None


async def default_pool() -> PreforkPool:
    """The process-wide pool `prefork=True` uses, started on first use (and again if it died, or when the
    event loop it was started on is gone: that one is abandoned, which stops its zygote)."""
    global _default, _default_lock
    loop = asyncio.get_running_loop()
    if _default_lock is None or _default_lock[0] is not loop:
        _default_lock = (loop, asyncio.Lock())
    async with _default_lock[1]:
        pool = _default
        if pool is not None and pool.alive and pool._loop is loop:
            return pool
        if pool is not None and pool._loop is not loop:
            pool._abandon()
        pool = _default = await PreforkPool.start()
        return pool


__all__ = ["INTERPRETER_VARS", "PreforkPool", "default_pool"]
