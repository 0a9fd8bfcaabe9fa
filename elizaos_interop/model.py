"""The plugin model: one `PluginHandle` API for a plugin of any language, loaded through any path.

Data types are the `eliza.interop.v1` protobuf classes (wire-identical to elizaOS's `eliza.v1`).
`PluginHandle.to_elizaos()` turns any handle into an `elizaos.Plugin` for `AgentRuntime.register_plugin`.
`EnvelopePlugin` implements every call on top of one primitive, `_call(Envelope) -> Envelope`, which the
FFI, WASM and IPC paths provide.
"""

from __future__ import annotations

import abc
import itertools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from google.protobuf import struct_pb2

from elizaos_interop.v1 import components_pb2, ipc_pb2, memory_pb2, protocol_pb2, state_pb2

from .errors import PluginCallError, PluginClosedError, ProtocolError

if TYPE_CHECKING:
    from elizaos.types.plugin import Plugin as ElizaosPlugin

Memory = memory_pb2.Memory
State = state_pb2.State
ActionResult = components_pb2.ActionResult
ProviderResult = components_pb2.ProviderResult
ActionManifest = components_pb2.ActionManifest
ProviderManifest = components_pb2.ProviderManifest
EvaluatorManifest = components_pb2.EvaluatorManifest
PluginManifest = ipc_pb2.CrossLanguagePluginManifest
Envelope = protocol_pb2.Envelope

#: How a plugin is reached.
InteropPath = Literal["direct", "ffi", "wasm", "ipc"]

JsonValue = Any  # JSON-compatible value (dict, list, str, int, float, bool, None)


def struct_from_mapping(values: Mapping[str, Any]) -> struct_pb2.Struct:
    """A google.protobuf.Struct holding a JSON-compatible mapping."""
    s = struct_pb2.Struct()
    s.update(values)
    return s


def value_to_python(value: struct_pb2.Value) -> JsonValue:
    """A google.protobuf.Value as plain Python (dict/list/str/float/bool/None)."""
    kind = value.WhichOneof("kind")
    if kind is None or kind == "null_value":
        return None
    if kind == "number_value":
        return value.number_value
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "struct_value":
        return struct_to_dict(value.struct_value)
    return [value_to_python(v) for v in value.list_value.values]


def struct_to_dict(s: struct_pb2.Struct) -> dict[str, JsonValue]:
    """A google.protobuf.Struct as a plain dict."""
    return {k: value_to_python(v) for k, v in s.fields.items()}


def raise_for_error(env: protocol_pb2.Envelope) -> None:
    """Raise `PluginCallError` when `env` is an `error` envelope."""
    if env.WhichOneof("body") == "error":
        err = env.error
        details = struct_to_dict(err.details) if err.HasField("details") else {}
        code = details.get("code")
        code_str = code if isinstance(code, str) else "HANDLER_ERROR"
        raise PluginCallError(err.error, code=code_str, details=details)


class PluginHandle(abc.ABC):
    """A loaded plugin. Every loader returns one; every method is safe to call concurrently."""

    #: The path this handle uses.
    path: InteropPath

    def __init__(self, manifest: PluginManifest, *, source: str) -> None:
        self.manifest = manifest
        #: Where the plugin came from (plugin.json, library, module or command), for messages.
        self.source = source
        self._closed = False

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise PluginClosedError(f"plugin {self.name!r} ({self.path}) is closed")

    @abc.abstractmethod
    async def init(self, config: Mapping[str, str] | None = None) -> None:
        """`plugin.init`: configure the plugin. Raises `PluginCallError` when the plugin refuses."""

    @abc.abstractmethod
    async def invoke_action(
        self,
        action: str,
        memory: Memory,
        state: State | None = None,
        options: Mapping[str, JsonValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> ActionResult:
        """`action.invoke`."""

    @abc.abstractmethod
    async def validate_action(
        self, action: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> bool:
        """`action.validate`."""

    @abc.abstractmethod
    async def get_provider(
        self, provider: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ProviderResult:
        """`provider.get`."""

    @abc.abstractmethod
    async def invoke_evaluator(
        self, evaluator: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ActionResult | None:
        """`evaluator.invoke`; None when the evaluator produced nothing."""

    @abc.abstractmethod
    async def invoke_model(
        self, model: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        """`model.invoke` (elizaOS model handlers such as TEXT_LARGE)."""

    @abc.abstractmethod
    async def db_call(
        self, method: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        """`db.call`: a database-adapter method with named params in proto3 JSON form."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Release the plugin (stop the process, drop the instance). Idempotent."""

    async def __aenter__(self) -> PluginHandle:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def to_elizaos(self) -> ElizaosPlugin:
        """An `elizaos.Plugin` whose actions, providers and evaluators call this handle."""
        from .elizaos_adapter import to_elizaos_plugin

        return to_elizaos_plugin(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} path={self.path} source={self.source!r}>"


class EnvelopePlugin(PluginHandle):
    """A handle whose calls all go through `_call(request) -> response` on `Envelope` messages."""

    def __init__(self, manifest: PluginManifest, *, source: str) -> None:
        super().__init__(manifest, source=source)
        self._ids = itertools.count(1)

    def _next_id(self) -> str:
        return str(next(self._ids))

    @abc.abstractmethod
    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        """Send one request envelope and return the response envelope (possibly an `error` one)."""

    #: In-process handles that answer without waiting (WASM) set this to their synchronous call: `_request`
    #: then calls it directly, without building and awaiting one more coroutine per call.
    _call_now: Callable[[Envelope, float | None], Envelope] | None = None

    async def _request(self, request: Envelope, expect: str, timeout: float | None) -> Envelope:
        self._check_open()
        now = self._call_now
        response = now(request, timeout) if now is not None else await self._call(request, timeout)
        kind = response.WhichOneof("body")
        if kind != expect:
            raise_for_error(response)
            raise ProtocolError(f"plugin {self.name!r} answered {kind!r} to a request expecting {expect!r}")
        return response

    async def init(self, config: Mapping[str, str] | None = None) -> None:
        env = Envelope()
        req = env.plugin_init
        req.type, req.id = "plugin.init", self._next_id()
        if config:
            req.config.update(config)
        res = (await self._request(env, "plugin_init_result", None)).plugin_init_result
        if not res.success:
            raise PluginCallError(res.error or "plugin.init failed", code="HANDLER_ERROR")

    async def invoke_action(
        self,
        action: str,
        memory: Memory,
        state: State | None = None,
        options: Mapping[str, JsonValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> ActionResult:
        env = Envelope()
        req = env.action_invoke
        req.type, req.id, req.action = "action.invoke", self._next_id(), action
        req.memory.CopyFrom(memory)
        if state is not None:
            req.state.CopyFrom(state)
        if options:
            req.options.update(options)
        return (await self._request(env, "action_result", timeout)).action_result.result

    async def validate_action(
        self, action: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> bool:
        env = Envelope()
        req = env.action_validate
        req.type, req.id, req.action = "action.validate", self._next_id(), action
        req.memory.CopyFrom(memory)
        if state is not None:
            req.state.CopyFrom(state)
        return (await self._request(env, "validation", timeout)).validation.valid

    async def get_provider(
        self, provider: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ProviderResult:
        env = Envelope()
        req = env.provider_get
        req.type, req.id, req.provider = "provider.get", self._next_id(), provider
        req.memory.CopyFrom(memory)
        if state is not None:
            req.state.CopyFrom(state)
        return (await self._request(env, "provider_result", timeout)).provider_result.result

    async def invoke_evaluator(
        self, evaluator: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ActionResult | None:
        env = Envelope()
        req = env.evaluator_invoke
        req.type, req.id, req.evaluator = "evaluator.invoke", self._next_id(), evaluator
        req.memory.CopyFrom(memory)
        if state is not None:
            req.state.CopyFrom(state)
        self._check_open()
        response = await self._call(env, timeout)
        raise_for_error(response)
        kind = response.WhichOneof("body")
        if kind == "evaluator_result":
            res = response.evaluator_result
            return res.result if res.HasField("result") else None
        if kind == "action_result":  # elizaOS bridges answer evaluator.invoke with action.result
            res2 = response.action_result
            return res2.result if res2.HasField("result") else None
        raise ProtocolError(f"plugin {self.name!r} answered {kind!r} to evaluator.invoke")

    async def invoke_model(
        self, model: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        env = Envelope()
        req = env.model_invoke
        req.type, req.id, req.model = "model.invoke", self._next_id(), model
        req.params.update(params)
        return value_to_python((await self._request(env, "model_result", timeout)).model_result.result)

    async def db_call(
        self, method: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        env = Envelope()
        req = env.db_call
        req.type, req.id, req.method = "db.call", self._next_id(), method
        req.params.update(params)
        return value_to_python((await self._request(env, "db_result", timeout)).db_result.result)


__all__ = [
    "ActionManifest",
    "ActionResult",
    "Envelope",
    "EnvelopePlugin",
    "EvaluatorManifest",
    "InteropPath",
    "JsonValue",
    "Memory",
    "PluginHandle",
    "PluginManifest",
    "ProviderManifest",
    "ProviderResult",
    "State",
    "raise_for_error",
    "struct_from_mapping",
    "struct_to_dict",
    "value_to_python",
]
