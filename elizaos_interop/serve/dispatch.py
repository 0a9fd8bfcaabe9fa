"""Calls an elizaOS Python plugin's handlers from interop messages (shared by the bridge server and the
direct path).

Our `eliza.interop.v1` messages and elizaos's `eliza.v1` ones are wire-identical, so conversion is one bytes
round trip (`ours.SerializeToString()` → `theirs.FromString`). Handlers get a real
`elizaos.runtime.AgentRuntime` (created on first use). Errors are `PluginCallError` with the protocol code
(NOT_FOUND, HANDLER_ERROR with `details.exception`, INVALID_ARGUMENT).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast

from google.protobuf import struct_pb2

from elizaos_interop.v1 import ipc_pb2

from ..errors import (
    NOT_FOUND,
    UNKNOWN_TYPE,
    CallTimeoutError,
    PluginCallError,
)
from ..wire import codec
from ..wire.messages import ActionResult, Envelope, JsonValue, Memory, PluginManifest, ProviderResult, State
from .convert import (
    elizaos_class,
    from_result,
    handler_error,
    maybe_await,
    to_elizaos_message,
    to_json_value,
)
from .python_plugin import LoadedPythonPlugin, load_python_target

# ----------------------------------------------------------------------------------------- invoking


def build_manifest(loaded: LoadedPythonPlugin, protocol: ipc_pb2.InteropProtocol) -> PluginManifest:
    m = PluginManifest()
    if loaded.manifest is not None:
        m.CopyFrom(loaded.manifest)
    pl = loaded.served
    m.name = m.name or pl.name
    m.description = m.description or (pl.description or "")
    m.version = m.version or str(getattr(loaded.module, "__version__", "") or "0.0.0")
    m.language = ipc_pb2.PLUGIN_LANGUAGE_PYTHON
    if not m.HasField("interop"):
        m.interop.protocol = protocol
    for k, v in (pl.config or {}).items():
        if v is not None and k not in m.config:
            m.config[k] = str(v)
    if not m.actions:
        for a in pl.actions or []:
            am = m.actions.add(name=a.name, description=a.description or "")
            am.similes.extend(a.similes or [])
            am.tags.extend(getattr(a, "tags", None) or [])
            if getattr(a, "priority", None) is not None:
                am.priority = int(a.priority)
    if not m.providers:
        for p in pl.providers or []:
            pm = m.providers.add(name=p.name)
            for attr in ("description", "dynamic", "position", "private"):
                v = getattr(p, attr, None)
                if v is not None:
                    setattr(pm, attr, v)
    if not m.evaluators:
        for e in pl.evaluators or []:
            em = m.evaluators.add(name=e.name, description=e.description or "")
            em.similes.extend(e.similes or [])
            if e.always_run is not None:
                em.always_run = bool(e.always_run)
    if not m.dependencies:
        m.dependencies.extend(pl.dependencies or [])
    return m


def _model_names(key: Any) -> set[str]:
    return {str(key), str(getattr(key, "value", key)), str(getattr(key, "name", key))}


class PluginInvoker:
    """Dispatches interop requests to one elizaos Python plugin."""

    def __init__(
        self,
        loaded: LoadedPythonPlugin,
        *,
        protocol: ipc_pb2.InteropProtocol = ipc_pb2.INTEROP_PROTOCOL_IPC,
    ) -> None:
        self.loaded = loaded
        pl = loaded.served
        self.plugin = pl
        self.manifest = build_manifest(loaded, protocol)
        self.actions = {a.name: a for a in pl.actions or []}
        self.providers = {p.name: p for p in pl.providers or []}
        self.evaluators = {e.name: e for e in pl.evaluators or []}
        self.models: dict[str, Callable[..., Awaitable[Any]]] = {}
        for k, fn in (pl.models or {}).items():
            for n in _model_names(k):
                self.models[n] = fn
        self.services = {str(getattr(s, "service_type", s.__name__)): s for s in pl.services or []}
        self.running_services: dict[str, Any] = {}
        self._runtime: Any = None

    @property
    def runtime(self) -> Any:
        if self._runtime is None:
            from elizaos.runtime import AgentRuntime

            self._runtime = AgentRuntime()
        return self._runtime

    def _lookup(self, table: Mapping[str, Any], kind: str, name: str) -> Any:
        obj = table.get(name)
        if obj is None:
            lowered = {k.lower(): v for k, v in table.items()}
            obj = lowered.get(name.lower())
        if obj is None:
            raise PluginCallError(
                f"plugin {self.manifest.name!r} has no {kind} {name!r} "
                f"(has: {', '.join(sorted(table)) or 'none'})",
                code=NOT_FOUND,
            )
        return obj

    # -------------------------------------------------------------- typed calls (our messages in and out)
    async def init(self, config: Mapping[str, str]) -> None:
        fn = getattr(self.plugin, "init", None)
        if fn is None:
            return
        try:
            await maybe_await(fn(dict(config), self.runtime))
        except Exception as err:
            raise handler_error("plugin.init", err) from err

    async def invoke_action(
        self, action: str, memory: Memory, state: State | None, options: Mapping[str, JsonValue] | None
    ) -> ActionResult:
        a = self._lookup(self.actions, "action", action)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        opts: Any = None
        if options:
            hopts = elizaos_class("HandlerOptions")
            known = {f.json_name for f in hopts.DESCRIPTOR.fields} | {f.name for f in hopts.DESCRIPTOR.fields}
            opts = codec.parse_dict(dict(options), hopts()) if set(options) <= known else dict(options)
        try:
            res = await maybe_await(a.handler(self.runtime, mem, st, opts, None, None))
        except PluginCallError:
            raise
        except Exception as err:
            raise handler_error(f"action {action!r}", err) from err
        if res is None:
            return ActionResult(success=True)
        return cast(ActionResult, from_result(res, ActionResult, f"action {action!r}"))

    async def validate_action(self, action: str, memory: Memory, state: State | None) -> bool:
        a = self._lookup(self.actions, "action", action)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        try:
            return bool(await maybe_await(a.validate(self.runtime, mem, st)))
        except Exception as err:
            raise handler_error(f"validate of action {action!r}", err) from err

    async def get_provider(self, provider: str, memory: Memory, state: State | None) -> ProviderResult:
        p = self._lookup(self.providers, "provider", provider)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else elizaos_class("State")()
        try:
            res = await maybe_await(p.get(self.runtime, mem, st))
        except PluginCallError:
            raise
        except Exception as err:
            raise handler_error(f"provider {provider!r}", err) from err
        return cast(ProviderResult, from_result(res, ProviderResult, f"provider {provider!r}"))

    async def invoke_evaluator(
        self, evaluator: str, memory: Memory, state: State | None
    ) -> ActionResult | None:
        e = self._lookup(self.evaluators, "evaluator", evaluator)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        try:
            res = await maybe_await(e.handler(self.runtime, mem, st, None, None, None))
        except Exception as err:
            raise handler_error(f"evaluator {evaluator!r}", err) from err
        if res is None:
            return None
        return cast(ActionResult, from_result(res, ActionResult, f"evaluator {evaluator!r}"))

    async def invoke_model(self, model: str, params: Mapping[str, JsonValue]) -> JsonValue:
        fn = self._lookup(self.models, "model", model)
        try:
            res = await maybe_await(fn(self.runtime, dict(params)))
        except Exception as err:
            raise handler_error(f"model {model!r}", err) from err
        return to_json_value(res)

    async def db_call(self, method: str, params: Mapping[str, JsonValue]) -> JsonValue:
        adapter = self.loaded.db_adapter
        if adapter is None:
            raise PluginCallError(f"plugin {self.manifest.name!r} has no database adapter", code=NOT_FOUND)
        try:
            res = await maybe_await(adapter.call(method, dict(params)))
        except PluginCallError:
            raise
        except (AttributeError, NotImplementedError, LookupError) as err:
            if method in str(err):
                raise PluginCallError(f"no db method {method!r}: {err}", code=NOT_FOUND) from err
            raise handler_error(f"db.call {method!r}", err) from err
        except Exception as err:
            raise handler_error(f"db.call {method!r}", err) from err
        return to_json_value(res)

    async def service(self, name: str, start: bool) -> tuple[bool, str | None]:
        cls = self._lookup(self.services, "service", name)
        try:
            if start:
                if name not in self.running_services:
                    self.running_services[name] = await maybe_await(cls.start(self.runtime))
            else:
                inst = self.running_services.pop(name, None)
                if inst is not None:
                    await maybe_await(inst.stop())
        except Exception as err:
            return False, f"{type(err).__name__}: {err}"
        return True, None

    # -------------------------------------------------------------- envelope dispatch
    async def handle(self, env: Envelope) -> Envelope:
        kind = env.WhichOneof("body")
        out = Envelope()
        if kind == "action_invoke":
            r = env.action_invoke
            opts = _struct_dict(r.options) if r.HasField("options") else None
            res = await self.invoke_action(r.action, r.memory, r.state if r.HasField("state") else None, opts)
            out.action_result.result.CopyFrom(res)
            out.action_result.type = "action.result"
        elif kind == "provider_get":
            r2 = env.provider_get
            pres = await self.get_provider(r2.provider, r2.memory, r2.state if r2.HasField("state") else None)
            out.provider_result.result.CopyFrom(pres)
            out.provider_result.type = "provider.result"
        elif kind == "action_validate":
            r3 = env.action_validate
            out.validation.valid = await self.validate_action(
                r3.action, r3.memory, r3.state if r3.HasField("state") else None
            )
            out.validation.type = "validate.result"
        elif kind == "evaluator_invoke":
            r4 = env.evaluator_invoke
            eres = await self.invoke_evaluator(
                r4.evaluator, r4.memory, r4.state if r4.HasField("state") else None
            )
            out.evaluator_result.type = "evaluator.result"
            if eres is not None:
                out.evaluator_result.result.CopyFrom(eres)
        elif kind == "model_invoke":
            r5 = env.model_invoke
            val = await self.invoke_model(r5.model, _struct_dict(r5.params))
            codec.set_value(out.model_result.result, val)
            out.model_result.type = "model.result"
        elif kind == "db_call":
            r6 = env.db_call
            dval = await self.db_call(r6.method, _struct_dict(r6.params))
            codec.set_value(out.db_result.result, dval)
            out.db_result.type = "db.result"
        elif kind == "plugin_init":
            try:
                await self.init(dict(env.plugin_init.config))
                out.plugin_init_result.success = True
            except PluginCallError as err:
                out.plugin_init_result.success = False
                out.plugin_init_result.error = err.remote_message
            out.plugin_init_result.type = "plugin.init.result"
        elif kind == "manifest_get":
            out.manifest_result.manifest.CopyFrom(self.manifest)
            out.manifest_result.type = "manifest.result"
        elif kind in ("service_start", "service_stop"):
            req = getattr(env, kind)
            ok, err_text = await self.service(req.service, kind == "service_start")
            out.service_result.type = "service.result"
            out.service_result.success = ok
            if err_text is not None:
                out.service_result.error = err_text
        elif kind == "route_handle":
            raise PluginCallError(
                f"route {env.route_handle.method} {env.route_handle.path!r}: the Python bridge "
                "does not serve HTTP routes",
                code=NOT_FOUND,
            )
        else:
            raise PluginCallError(f"{kind!r} is not a request", code=UNKNOWN_TYPE)
        return out


def _struct_dict(s: struct_pb2.Struct) -> dict[str, Any]:
    return {k: codec.value_out(v) for k, v in s.fields.items()}


async def with_timeout(coro: Awaitable[Any], timeout: float | None, what: str) -> Any:
    if timeout is None:
        return await coro
    try:
        return await asyncio.wait_for(coro, timeout)
    except TimeoutError:
        raise CallTimeoutError(f"{what} did not complete within {timeout}s") from None


def redirect_stdout_to_stderr() -> int:
    """Point fd 1 and sys.stdout at stderr; returns a new fd for the original stdout (the protocol stream)."""
    sys.stdout.flush()
    proto_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    with contextlib.suppress(Exception):
        os.set_inheritable(proto_fd, False)
    return proto_fd


__all__ = [
    "LoadedPythonPlugin",
    "PluginInvoker",
    "build_manifest",
    "load_python_target",
    "redirect_stdout_to_stderr",
    "to_elizaos_message",
    "to_json_value",
    "with_timeout",
]
