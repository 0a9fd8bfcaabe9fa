"""Test kit for elizaos-interop and for plugin authors: message builders, a tolerant compare, the
transport-by-framing matrix, and an in-memory Channel pair (docs/ARCHITECTURE.md, "test kit").

    from elizaos_interop.testing import memory, memory_channel_pair, TRANSPORT_FRAMINGS
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from google.protobuf import struct_pb2

from .errors import PluginCrashedError
from .memory_transport import memory_channel_pair, memory_transport_pair
from .paths.ipc.launch import SessionProtocol
from .paths.ipc.limits import IpcLimits
from .paths.ipc.session import IpcSession
from .serve.server import PluginServer
from .serve.session import Handler, Session
from .wire.messages import Envelope, Memory, PluginManifest

#: Every IPC transport and framing (the full matrix), and a short cover of it for slow fixtures.
TRANSPORTS: tuple[Literal["stdio", "unix", "tcp"], ...] = ("stdio", "unix", "tcp")
FRAMINGS: tuple[Literal["json", "protobuf"], ...] = ("json", "protobuf")
TRANSPORT_FRAMINGS = tuple((t, f) for t in TRANSPORTS for f in FRAMINGS)
TRANSPORT_FRAMINGS_COVER = (("stdio", "json"), ("stdio", "protobuf"), ("unix", "json"), ("tcp", "protobuf"))


async def ipc_memory_pair(
    handler: Handler, manifest: PluginManifest, limits: IpcLimits | None = None
) -> tuple[IpcSession, Session]:
    """The IPC host session and the IPC server session, connected in memory (the real session code on both
    sides, no process); returns once the host has the server's `ready`."""
    host = IpcSession(manifest.name or "memory", limits or IpcLimits())
    server = Session(PluginServer(handler, manifest))

    def lost(exc: Exception | None) -> None:
        host.lost(PluginCrashedError(f"plugin {host.name!r}: connection closed"))

    host_end, _ = memory_transport_pair(SessionProtocol(host, lost), server)
    host.sock = host_end
    await host.ready
    return host, server


def memory(
    text: str = "",
    *,
    room: str = "",
    entity: str = "",
    agent: str = "",
    id: str = "",
    created_at: int = 0,
    embedding: Sequence[float] = (),
) -> Memory:
    """A `Memory` with `content.text` and the given ids (empty ones are left unset)."""
    m = Memory()
    m.content.text = text
    if room:
        m.room_id = room
    if entity:
        m.entity_id = entity
    if agent:
        m.agent_id = agent
    if id:
        m.id = id
    if created_at:
        m.created_at = created_at
    if embedding:
        m.embedding.extend(embedding)
    return m


def manifest(name: str, *, actions: Sequence[str] = (), providers: Sequence[str] = ()) -> PluginManifest:
    """A plugin manifest naming its actions and providers."""
    m = PluginManifest(name=name)
    for a in actions:
        m.actions.add(name=a)
    for p in providers:
        m.providers.add(name=p)
    return m


def action_invoke(action: str, text: str = "", *, id: str = "") -> Envelope:
    """An `action.invoke` request Envelope for `action` on a memory holding `text`."""
    env = Envelope()
    req = env.action_invoke
    req.type, req.id, req.action = "action.invoke", id, action
    req.memory.CopyFrom(memory(text))
    return env


def action_result(text: str, *, success: bool = True) -> Envelope:
    """An `action.result` Envelope with `text`."""
    env = Envelope()
    res = env.action_result
    res.type = "action.result"
    res.result.success = success
    res.result.text = text
    return env


def model_invoke(model: str, params: Mapping[str, Any], *, id: str = "") -> Envelope:
    """A `model.invoke` request Envelope."""
    env = Envelope()
    req = env.model_invoke
    req.type, req.id, req.model = "model.invoke", id, model
    req.params.update(params)
    return env


def model_result(value: Any) -> Envelope:
    """A `model.result` Envelope holding the JSON value `value`."""
    env = Envelope()
    res = env.model_result
    res.type = "model.result"
    if isinstance(value, Mapping):
        res.result.struct_value.update(value)
    elif isinstance(value, str):
        res.result.string_value = value
    elif isinstance(value, bool):
        res.result.bool_value = value
    elif isinstance(value, (int, float)):
        res.result.number_value = value
    elif isinstance(value, list):
        res.result.list_value.extend(value)
    else:
        res.result.null_value = struct_pb2.NULL_VALUE
    return env


def assert_close(got: Any, want: Any, where: str = "value", *, tol: float = 1e-6) -> None:
    """Assert that JSON-like `got` equals `want`: numbers (int and float alike) within `tol`, booleans
    exactly, mappings with the same keys; the AssertionError names the path of the first difference."""
    if isinstance(got, bool) or isinstance(want, bool):
        assert got is want, f"{where}: {got!r} != {want!r}"
    elif isinstance(got, (int, float)) and isinstance(want, (int, float)):
        assert abs(got - want) <= tol, f"{where}: {got!r} != {want!r}"
    elif isinstance(got, Mapping) and isinstance(want, Mapping):
        assert sorted(got) == sorted(want), f"{where}: keys {sorted(got)} != {sorted(want)}"
        for k in got:
            assert_close(got[k], want[k], f"{where}.{k}", tol=tol)
    elif isinstance(got, list) and isinstance(want, list):
        assert len(got) == len(want), f"{where}: length {len(got)} != {len(want)}: {got!r} vs {want!r}"
        for i, (x, y) in enumerate(zip(got, want, strict=True)):
            assert_close(x, y, f"{where}[{i}]", tol=tol)
    else:
        assert got == want, f"{where}: {got!r} != {want!r}"


__all__ = [
    "FRAMINGS",
    "TRANSPORTS",
    "TRANSPORT_FRAMINGS",
    "TRANSPORT_FRAMINGS_COVER",
    "action_invoke",
    "action_result",
    "assert_close",
    "ipc_memory_pair",
    "manifest",
    "memory",
    "memory_channel_pair",
    "model_invoke",
    "model_result",
]
