"""`PluginHandle`: one loaded plugin, of any language, through any path, with typed methods
(init, invoke_action, validate_action, get_provider, invoke_evaluator, invoke_model, db_call, close) over a
Channel (docs/ARCHITECTURE.md).

Every method is written once, here: it builds one request Envelope and sends it with `_call(request,
timeout)`, which is the Channel's `request`: an IPC or in-memory `Channel`, or the direct call of the FFI and
WASM paths (which override `_call`, or set `_call_now` when they answer synchronously). Paths that answer a
method without any Envelope (direct, the FFI `invoke_action`) hook it in `_fast`.
`to_elizaos()` turns a handle into an `elizaos.Plugin` (elizaos/adapter.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from types import CoroutineType
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .channel import RequestChannel
from .errors import HANDLER_ERROR, PluginCallError, PluginClosedError, ProtocolError, raise_for_error
from .wire.body import FIELD_TO_TYPE
from .wire.messages import (
    ActionResult,
    Envelope,
    JsonValue,
    Memory,
    PluginManifest,
    ProviderResult,
    State,
    value_to_python,
)

if TYPE_CHECKING:
    from elizaos.types.plugin import Plugin as ElizaosPlugin

#: How a plugin is reached.
InteropPath = Literal["direct", "ffi", "wasm", "ipc"]


class PluginHandle:
    """A loaded plugin. Every loader returns one; every method is safe to call concurrently.

    `channel` carries the calls (`RequestChannel.request`); the FFI, WASM and IPC handles override `_call`
    with their path's request instead, and the direct path (`DirectPythonPlugin`) calls the plugin's Python
    code without building Envelopes."""

    #: The path this handle uses.
    path: InteropPath = "ipc"

    def __init__(
        self, manifest: PluginManifest, *, source: str, channel: RequestChannel | None = None
    ) -> None:
        self.manifest = manifest
        #: Where the plugin came from (plugin.json, library, module or command), for messages.
        self.source = source
        self.channel = channel
        self._closed = False
        counter = itertools.count(1)
        next_id = getattr(channel, "next_id", None)
        self._next_id: Callable[[], str] = next_id if callable(next_id) else lambda: str(next(counter))

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def closed(self) -> bool:
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            raise PluginClosedError(f"plugin {self.name!r} ({self.path}) is closed")

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        """Send one request envelope and return the response envelope (possibly an `error` one)."""
        channel = self.channel
        if channel is None:
            raise NotImplementedError(f"{type(self).__name__} has no channel and does not override _call")
        return await channel.request(request, timeout)

    #: In-process handles that answer without waiting (WASM) set this to their synchronous call: `_request`
    #: then calls it directly, without building and awaiting one more coroutine per call.
    _call_now: Callable[[Envelope, float | None], Envelope] | None = None

    #: The typed methods this path answers without an Envelope, by name ("invoke_action", ...): the method
    #: calls `hook(self, timeout, *arguments)` with its other arguments instead of building a request. The
    #: hook checks the handle is open and returns the result, or a coroutine giving it when the call has to
    #: wait (a synchronous answer, as FFI's, then costs no coroutine). The direct path hooks every method (the
    #: dispatcher's typed methods); the FFI path hooks `invoke_action` (the extension builds the request
    #: around the serialized Memory).
    _fast: ClassVar[dict[str, Callable[..., Any]]] = {}

    def _new_request(
        self, field: str, memory: Memory | None = None, state: State | None = None
    ) -> tuple[Envelope, Any]:
        """A request Envelope with body `field` (its type and a fresh id set, `memory` and `state` copied in),
        and that body."""
        env = Envelope()
        req = getattr(env, field)
        req.type, req.id = FIELD_TO_TYPE[field], self._next_id()
        if memory is not None:
            req.memory.CopyFrom(memory)
        if state is not None:
            req.state.CopyFrom(state)
        return env, req

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
        fast = self._fast.get("init")
        if fast is not None:
            done = fast(self, None, dict(config or {}))
            if type(done) is CoroutineType:
                await done
            return
        env, req = self._new_request("plugin_init")
        if config:
            req.config.update(config)
        res = (await self._request(env, "plugin_init_result", None)).plugin_init_result
        if not res.success:
            raise PluginCallError(res.error or "plugin.init failed", code=HANDLER_ERROR)

    async def invoke_action(
        self,
        action: str,
        memory: Memory,
        state: State | None = None,
        options: Mapping[str, JsonValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> ActionResult:
        fast = self._fast.get("invoke_action")
        if fast is not None:
            out = fast(self, timeout, action, memory, state, options)
            r: ActionResult = await out if type(out) is CoroutineType else out
            return r
        env, req = self._new_request("action_invoke", memory, state)
        req.action = action
        if options:
            req.options.update(options)
        return (await self._request(env, "action_result", timeout)).action_result.result

    async def validate_action(
        self, action: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> bool:
        fast = self._fast.get("validate_action")
        if fast is not None:
            out = fast(self, timeout, action, memory, state)
            ok: bool = await out if type(out) is CoroutineType else out
            return ok
        env, req = self._new_request("action_validate", memory, state)
        req.action = action
        return (await self._request(env, "validation", timeout)).validation.valid

    async def get_provider(
        self, provider: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ProviderResult:
        fast = self._fast.get("get_provider")
        if fast is not None:
            out = fast(self, timeout, provider, memory, state)
            r: ProviderResult = await out if type(out) is CoroutineType else out
            return r
        env, req = self._new_request("provider_get", memory, state)
        req.provider = provider
        return (await self._request(env, "provider_result", timeout)).provider_result.result

    async def invoke_evaluator(
        self, evaluator: str, memory: Memory, state: State | None = None, *, timeout: float | None = None
    ) -> ActionResult | None:
        fast = self._fast.get("invoke_evaluator")
        if fast is not None:
            out = fast(self, timeout, evaluator, memory, state)
            r: ActionResult | None = await out if type(out) is CoroutineType else out
            return r
        env, req = self._new_request("evaluator_invoke", memory, state)
        req.evaluator = evaluator
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
        fast = self._fast.get("invoke_model")
        if fast is not None:
            out = fast(self, timeout, model, params)
            return await out if type(out) is CoroutineType else out
        env, req = self._new_request("model_invoke")
        req.model = model
        req.params.update(params)
        return value_to_python((await self._request(env, "model_result", timeout)).model_result.result)

    async def db_call(
        self, method: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        fast = self._fast.get("db_call")
        if fast is not None:
            out = fast(self, timeout, method, params)
            return await out if type(out) is CoroutineType else out
        env, req = self._new_request("db_call")
        req.method = method
        req.params.update(params)
        return value_to_python((await self._request(env, "db_result", timeout)).db_result.result)

    async def close(self) -> None:
        """Release the plugin (stop the process, drop the instance, close the channel). Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self.channel is not None:
            await self.channel.close()

    async def __aenter__(self) -> PluginHandle:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def to_elizaos(self) -> ElizaosPlugin:
        """An `elizaos.Plugin` whose actions, providers and evaluators call this handle."""
        from .elizaos.adapter import to_elizaos_plugin

        return to_elizaos_plugin(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} path={self.path} source={self.source!r}>"


#: The former name of `PluginHandle` (when it was the Envelope-based subclass of an abstract handle).
EnvelopePlugin = PluginHandle

__all__ = ["EnvelopePlugin", "InteropPath", "PluginHandle"]
