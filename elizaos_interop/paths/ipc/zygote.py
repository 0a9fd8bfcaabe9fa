"""The pre-forked Python bridge: the process behind `PreforkPool` (docs/PROTOCOL.md §2, pre-forked bridges).

    python -m elizaos_interop.paths.ipc.zygote --control FD [--preload MODULE ...]

It imports the bridge and the modules plugins need (`elizaos` by default) once, then waits on the control
socket FD (a SOCK_SEQPACKET socket, one JSON message per packet). For each `spawn` request (with the child's
stdin, stdout and stderr descriptors attached as SCM_RIGHTS) it forks: the child starts its own session, takes
those descriptors as 0/1/2, moves to the requested directory and environment and runs `python -m MODULE ARGS`
(`runpy`) with everything already imported, then exits through normal interpreter shutdown. The zygote reports
each child's pid (`spawned`) and exit code (`exited`, negative for a signal). When the control socket closes
(the host is gone or closed the pool) it SIGKILLs the process groups of the children still running and exits.

Messages, host → zygote: `{"type":"spawn","id":N,"module":M,"argv":[...],"cwd":DIR,"env":{...}}` + 3 fds.
Zygote → host: `{"type":"zygote.ready","pid":P,"preloaded":[...]}` (or `zygote.failed` with `error`),
`{"type":"spawned","id":N,"pid":P}` / `{"type":"spawn.failed","id":N,"error":TEXT}`,
`{"type":"exited","pid":P,"code":C}`.
"""

from __future__ import annotations

import argparse
import array
import contextlib
import importlib
import json
import os
import runpy
import select
import signal
import socket
import sys
import threading
import traceback
from typing import Any

#: Largest control message (a spawn request carries the child's environment).
MAX_PACKET = 1 << 20
DEFAULT_PRELOAD = (
    "elizaos_interop.bridge_server",
    "elizaos_interop.serve.server",
    "elizaos_interop.serve.dispatch",
    "elizaos",
)


#: sys.path[0] as `python -m` set it for the zygote (its working directory), before preloading inserted any
#: entries ahead of it (elizaos inserts its generated-code directory); a child puts its own directory there.
_PATH0 = sys.path[0]


class _BecomeChild(BaseException):
    """Raised in a freshly forked child to leave the zygote's loop (and its stack) before running."""

    def __init__(self, module: str, argv: list[str]) -> None:
        super().__init__(module)
        self.module = module
        self.argv = argv


def _send(sock: socket.socket, msg: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):
        sock.send(json.dumps(msg).encode())


def _recv(sock: socket.socket) -> tuple[dict[str, Any] | None, list[int]]:
    """One packet and the descriptors attached to it; (None, []) at end of stream."""
    fds = array.array("i")
    data, ancdata, _flags, _addr = sock.recvmsg(MAX_PACKET, socket.CMSG_LEN(16 * fds.itemsize))
    for level, kind, payload in ancdata:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(payload[: len(payload) - (len(payload) % fds.itemsize)])
    if not data:
        for fd in fds:
            os.close(fd)
        return None, []
    return json.loads(data), list(fds)


class Zygote:
    def __init__(self, control: socket.socket) -> None:
        self.control = control
        self.children: set[int] = set()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        os.set_blocking(self.wake_w, False)

    def serve(self) -> None:
        signal.set_wakeup_fd(self.wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        try:
            while True:
                ready, _, _ = select.select([self.control.fileno(), self.wake_r], [], [])
                if self.wake_r in ready:  # a SIGCHLD: reaped below
                    with contextlib.suppress(BlockingIOError):
                        os.read(self.wake_r, 4096)
                if self.control.fileno() in ready:
                    msg, fds = _recv(self.control)
                    if msg is None:
                        return
                    self.handle(msg, fds)
                self.reap()
        finally:
            signal.set_wakeup_fd(-1)
            for pid in list(self.children):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pid, signal.SIGKILL)

    def reap(self) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                self.children.clear()
                return
            if pid == 0:
                return
            self.children.discard(pid)
            _send(self.control, {"type": "exited", "pid": pid, "code": os.waitstatus_to_exitcode(status)})

    def handle(self, msg: dict[str, Any], fds: list[int]) -> None:
        rid = msg.get("id")
        try:
            if msg.get("type") != "spawn":
                raise ValueError(f"unknown control message type {msg.get('type')!r}")
            if len(fds) != 3:
                raise ValueError(
                    f"a spawn request carries 3 descriptors (stdin, stdout, stderr), got {len(fds)}"
                )
            module, argv, cwd, env = msg["module"], msg["argv"], msg["cwd"], msg["env"]
            if not isinstance(module, str) or not isinstance(argv, list) or not isinstance(env, dict):
                raise ValueError("spawn needs module (str), argv (list) and env (object)")
            pid = os.fork()
        except Exception as err:
            for fd in fds:
                os.close(fd)
            _send(self.control, {"type": "spawn.failed", "id": rid, "error": f"{type(err).__name__}: {err}"})
            return
        if pid == 0:
            self.become_child(fds, module, argv, cwd, env)
        for fd in fds:
            os.close(fd)
        self.children.add(pid)
        _send(self.control, {"type": "spawned", "id": rid, "pid": pid})

    def become_child(
        self, fds: list[int], module: str, argv: list[str], cwd: str | None, env: dict[str, str]
    ) -> None:
        self.children = set()  # the zygote's other children are not this child's to kill (serve's finally)
        try:
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            self.control.close()
            os.close(self.wake_r)
            os.close(self.wake_w)
            os.setsid()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
            for fd in fds:
                if fd > 2:
                    os.close(fd)
            if cwd:
                os.chdir(cwd)
            os.environ.clear()
            os.environ.update({str(k): str(v) for k, v in env.items()})
        except BaseException:
            traceback.print_exc()
            os._exit(127)
        raise _BecomeChild(module, [str(a) for a in argv])


def _run_child(child: _BecomeChild) -> int:
    """`python -m MODULE ARGV` in this forked interpreter; the working directory on sys.path, as for -m."""
    # the zygote's stdio objects wrap the inherited descriptors 0/1/2, now the child's; start them clean
    sys.stdin = open(0, encoding="utf-8", errors="surrogateescape", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False, buffering=1)  # noqa: SIM115
    try:
        sys.path[sys.path.index(_PATH0)] = os.getcwd()
    except ValueError:
        sys.path.insert(0, os.getcwd())
    sys.argv = [child.module, *child.argv]
    try:
        runpy.run_module(child.module, run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m elizaos_interop.paths.ipc.zygote", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--control", type=int, required=True, help="the control socket's descriptor")
    ap.add_argument("--preload", action="append", help="a module to import before forking (repeatable)")
    args = ap.parse_args(argv)
    control = socket.socket(fileno=args.control)
    preload = tuple(args.preload) if args.preload else DEFAULT_PRELOAD
    try:
        for name in preload:
            importlib.import_module(name)
    except BaseException as err:
        _send(control, {"type": "zygote.failed", "error": f"cannot preload: {type(err).__name__}: {err}"})
        return 3
    if threading.active_count() > 1:
        names = ", ".join(t.name for t in threading.enumerate() if t is not threading.main_thread())
        _send(
            control,
            {"type": "zygote.failed", "error": f"preloading started threads ({names}); cannot fork safely"},
        )
        return 3
    _send(control, {"type": "zygote.ready", "pid": os.getpid(), "preloaded": list(preload)})
    try:
        Zygote(control).serve()
    except _BecomeChild as child:
        return _run_child(child)
    return 0


if __name__ == "__main__":
    sys.exit(main())
