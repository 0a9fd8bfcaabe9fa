"""`IpcPlugin`: the handle of a plugin reached over an IPC stream (a spawned child's stdio, a Unix socket or
TCP). Its Channel is an `IpcSession` (session.py), started by launch.py; one connection carries many calls
at once, matched by id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from elizaos_interop.v1 import protocol_pb2

from ...errors import PluginClosedError, PluginCrashedError
from ...handle import PluginHandle
from ...wire.messages import Envelope, PluginManifest
from .launch import open_session
from .limits import IpcLimits
from .session import IpcSession
from .target import FramingName, IpcTarget, Transport, label_of

if TYPE_CHECKING:
    from .prefork import PreforkPool


class IpcPlugin(PluginHandle):
    """A plugin served by another process, over stdio, a Unix socket or TCP."""

    path = "ipc"

    def __init__(
        self,
        target: IpcTarget,
        limits: IpcLimits,
        name: str,
        link: IpcSession,
        ready: protocol_pb2.ReadyMessage,
    ) -> None:
        manifest = PluginManifest()
        manifest.CopyFrom(ready.manifest)
        if not manifest.name:
            manifest.name = name
        super().__init__(manifest, source=target.describe())
        self.target = target
        self.limits = limits
        self._label = name
        self._link: IpcSession | None = None
        self._attach(link)
        self.ready_message = ready

    def _attach(self, link: IpcSession) -> None:
        """Calls go straight to the session's `request` (no extra coroutine per call)."""
        self._link = self.channel = link
        link.label = self.name
        self._call = link.request  # type: ignore[method-assign]

    @property
    def session(self) -> IpcSession | None:
        """The live connection (the Channel of this handle); None while restarting or after `close`."""
        return self._link

    # ------------------------------------------------------------ lifecycle
    @classmethod
    async def start(
        cls,
        command: Sequence[str] | None = None,
        *,
        transport: Transport = "stdio",
        address: str | None = None,
        cwd: str | None = None,
        env: Mapping[str, str] | None = None,
        framing: FramingName = "json",
        name: str | None = None,
        flags_at: int | None = None,
        limits: IpcLimits | None = None,
        prefork: PreforkPool | bool | None = None,
        **limit_kwargs: Any,
    ) -> IpcPlugin:
        """Spawn `command` (or connect to `address`) and complete the handshake.

        `prefork`: start a `python -m MODULE ...` command as a fork of a `PreforkPool` (True: the
        process-wide `default_pool()`), ready in milliseconds instead of a fresh interpreter's start-up.

        Raises `StartupTimeoutError`, `VersionMismatchError`, `ProtocolError` or `PluginLoadError`.
        """
        if limits is None:
            limits = IpcLimits.from_kwargs(limit_kwargs)
        elif limit_kwargs:
            limits = IpcLimits.from_kwargs({**_limits_dict(limits), **limit_kwargs})
        if framing not in ("json", "protobuf"):
            raise ValueError(f"framing must be 'json' or 'protobuf', not {framing!r}")
        if not command and address is None:
            raise ValueError("give a command to spawn or an address to connect to")
        if transport not in ("stdio", "unix", "tcp"):
            raise ValueError(f"transport must be 'stdio', 'unix' or 'tcp', not {transport!r}")
        if transport == "stdio" and not command:
            raise ValueError("the stdio transport needs a command to spawn")
        pool: PreforkPool | None = None
        if prefork is True:
            from .prefork import default_pool

            pool = await default_pool()
        elif prefork:
            pool = prefork
        if pool is not None and not command:
            raise ValueError("prefork needs a command to start")
        target = IpcTarget(
            tuple(command or ()), transport, address, cwd, dict(env or {}), framing, flags_at, pool
        )
        label = name or (label_of(target.command[-1]) if target.command else str(address))
        link, ready = await open_session(target, limits, label)
        return cls(target, limits, label, link, ready)

    async def __aenter__(self) -> IpcPlugin:
        return self

    async def restart(self) -> None:
        """Stop the current process/connection (failing its pending calls) and start a new one."""
        if self._closed:
            raise PluginClosedError(f"plugin {self.name!r} (ipc) is closed")
        old, self._link = self._link, None
        if old is not None:
            await old.close(PluginCrashedError(f"plugin {self.name!r} is restarting"))
        link, ready = await open_session(self.target, self.limits, self._label)
        self._attach(link)
        self.ready_message = ready
        self.manifest.CopyFrom(ready.manifest)
        if not self.manifest.name:
            self.manifest.name = self._label

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        link, self._link = self._link, None
        if link is not None:
            await link.close(PluginClosedError(f"plugin {self.name!r} (ipc) was closed"))

    @property
    def pid(self) -> int | None:
        link = self._link
        return link.proc.pid if link is not None and link.proc is not None else None

    @property
    def framing(self) -> FramingName:
        link = self._link
        return "protobuf" if link is not None and link.binary else "json"

    # ------------------------------------------------------------ calls
    async def manifest_get(self, *, timeout: float | None = None) -> PluginManifest:
        env = Envelope()
        req = env.manifest_get
        req.type, req.id = "manifest.get", self._next_id()
        return (await self._request(env, "manifest_result", timeout)).manifest_result.manifest


def _limits_dict(limits: IpcLimits) -> dict[str, Any]:
    return {n: getattr(limits, n) for n in IpcLimits.__dataclass_fields__}


__all__ = ["FramingName", "IpcPlugin", "IpcTarget", "Transport"]
