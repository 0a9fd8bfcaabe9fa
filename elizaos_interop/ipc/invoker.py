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
import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from google.protobuf import struct_pb2
from google.protobuf.message import Message

from elizaos_interop.v1 import ipc_pb2

from ..errors import PluginCallError, PluginLoadError
from ..model import ActionResult, Envelope, JsonValue, Memory, PluginManifest, ProviderResult, State
from . import codec

_CONVERT_CACHE: dict[str, Any] = {}


def _theirs(name: str) -> Any:
    cls = _CONVERT_CACHE.get(name)
    if cls is None:
        import elizaos.types as t

        cls = getattr(t, name)
        _CONVERT_CACHE[name] = cls
    return cls


def to_elizaos_message(msg: Message, name: str) -> Any:
    """Our message as the elizaos class of the same name (bytes round trip)."""
    return _theirs(name).FromString(msg.SerializeToString())


def _from_result(value: Any, cls: type[Message], what: str) -> Any:
    """A handler's return value (elizaos or our protobuf message, or a dict) as our `cls`."""
    out = cls()
    if value is None:
        return out
    if isinstance(value, Message):
        if value.DESCRIPTOR.full_name.rsplit(".", 1)[-1] != cls.DESCRIPTOR.name:
            raise PluginCallError(
                f"{what} returned a {value.DESCRIPTOR.full_name}, expected {cls.DESCRIPTOR.name}",
                code="HANDLER_ERROR",
                details={"exception": "TypeError"},
            )
        out.ParseFromString(value.SerializeToString())
        return out
    if isinstance(value, Mapping):
        try:
            codec.parse_dict(dict(value), out)
        except codec.DecodeError as err:
            raise PluginCallError(
                f"{what} returned a dict that is not a {cls.DESCRIPTOR.name}: {err}",
                code="HANDLER_ERROR",
                details={"exception": "TypeError"},
            ) from None
        return out
    raise PluginCallError(
        f"{what} returned {type(value).__name__}, expected {cls.DESCRIPTOR.name}",
        code="HANDLER_ERROR",
        details={"exception": "TypeError"},
    )


def to_json_value(value: Any) -> Any:
    """A handler's return value as plain JSON (protobuf messages in their proto3 JSON form)."""
    if isinstance(value, Message):
        return codec.message_to_dict(value)
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if hasattr(value, "model_dump"):
        return to_json_value(value.model_dump(mode="json"))
    raise PluginCallError(
        f"result of type {type(value).__name__} is not JSON",
        code="HANDLER_ERROR",
        details={"exception": "TypeError"},
    )


async def _await(v: Any) -> Any:
    return await v if inspect.isawaitable(v) else v


#: Protocol codes a plugin's own exception may carry in a `code` attribute (e.g. inmemorydb's DbError).
PASSTHROUGH_CODES = frozenset({"INVALID_ARGUMENT", "NOT_FOUND"})


def _raise_handler_error(what: str, err: BaseException) -> PluginCallError:
    code = getattr(err, "code", None)
    if isinstance(code, str) and code in PASSTHROUGH_CODES:
        return PluginCallError(str(err), code=code, details={"exception": type(err).__name__})
    return PluginCallError(
        f"{what} raised {type(err).__name__}: {err}",
        code="HANDLER_ERROR",
        details={"exception": type(err).__name__},
    )


# ----------------------------------------------------------------------------- class-style components


class _ContextAction:
    """elizaos action wrapper for a class-style action (`name`, `validate(context)`, `handler(context)`
    taking a
    context dict {message, state, options, runtime} in proto3 JSON form) such as eliza-classic's
    `GenerateResponseAction`."""

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    async def handler(
        self,
        runtime: Any,
        message: Any,
        state: Any = None,
        options: Any = None,
        callback: Any = None,
        responses: Any = None,
    ) -> Any:
        ctx = _context(runtime, message, state, options)
        return _from_result(await _await(self.obj.handler(ctx)), _theirs("ActionResult"), self.obj.name)

    async def validate(self, runtime: Any, message: Any, state: Any = None) -> bool:
        return bool(await _await(self.obj.validate(_context(runtime, message, state, None))))


class _ContextProvider:
    def __init__(self, obj: Any) -> None:
        self.obj = obj

    async def get(self, runtime: Any, message: Any, state: Any = None) -> Any:
        ctx = _context(runtime, message, state, None)
        return _from_result(await _await(self.obj.get(ctx)), _theirs("ProviderResult"), self.obj.name)


def _context(runtime: Any, message: Any, state: Any, options: Any) -> dict[str, Any]:
    opts: Any = options
    if isinstance(options, Message):
        opts = codec.message_to_dict(options)
    return {
        "runtime": runtime,
        "message": codec.message_to_dict(message) if message is not None else {},
        "state": codec.message_to_dict(state) if state is not None else {},
        "options": opts or {},
    }


def _class_components(module: Any) -> tuple[list[Any], list[Any]]:
    """elizaos Action/Provider definitions for the class-style components a module exports."""
    from elizaos.types.components import ActionDefinition, ProviderDefinition

    actions: list[Any] = []
    providers: list[Any] = []
    names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    for n in names:
        cls = getattr(module, n, None)
        if not inspect.isclass(cls) or not isinstance(getattr(cls, "name", None), property):
            continue
        try:
            obj: Any = cls()
        except TypeError:
            continue
        if callable(getattr(obj, "handler", None)) and callable(getattr(obj, "validate", None)):
            w = _ContextAction(obj)
            actions.append(
                ActionDefinition(
                    name=obj.name,
                    description=getattr(obj, "description", "") or "",
                    handler=w.handler,
                    validate=w.validate,
                    similes=list(getattr(obj, "similes", []) or []),
                )
            )
        elif callable(getattr(obj, "get", None)):
            p = _ContextProvider(obj)
            providers.append(
                ProviderDefinition(name=obj.name, get=p.get, description=getattr(obj, "description", None))
            )
    return actions, providers


# ----------------------------------------------------------------------------------------- loading


@dataclass
class LoadedPythonPlugin:
    """What a Python plugin module exposes."""

    plugin: Any  # elizaos Plugin (the original object)
    served: Any  # the plugin actually served (the original, plus class-style components if any)
    db_adapter: Any
    module: Any
    manifest: PluginManifest | None  # from plugin.json when the target was a plugin directory
    source: str


def _import_path(path: Path) -> Any:
    path = path.resolve()
    if path.is_dir():
        if not (path / "__init__.py").exists():
            raise PluginLoadError(f"{path} is neither a plugin directory (plugin.json) nor a Python package")
        parent, modname = str(path.parent), path.name
    else:
        parent, modname = str(path.parent), path.stem
        if (path.parent / "__init__.py").exists():
            parent, modname = str(path.parent.parent), f"{path.parent.name}.{path.stem}"
    if parent not in sys.path:
        sys.path.insert(0, parent)
    return importlib.import_module(modname)


def _is_plugin(obj: Any) -> bool:
    from elizaos.types.plugin import Plugin

    return isinstance(obj, Plugin)


def _find_plugin(module: Any) -> Any:
    cand = getattr(module, "plugin", None)
    if _is_plugin(cand):
        return cand
    scopes = [module]
    if inspect.ismodule(cand):
        scopes.append(cand)
    for scope in scopes:
        for prefix in ("get_", "create_"):
            for n in sorted(dir(scope)):
                if n.startswith(prefix) and n.endswith("plugin"):
                    fn = getattr(scope, n)
                    if callable(fn) and not inspect.isclass(fn):
                        try:
                            obj = fn()
                        except TypeError:
                            continue
                        if _is_plugin(obj):
                            return obj
    return None


def load_python_target(target: str | os.PathLike[str]) -> LoadedPythonPlugin:
    """Import a plugin given as a module name, a .py file, a package directory or a plugin directory
    (plugin.json whose `interop.entry` names the module)."""
    manifest: PluginManifest | None = None
    text = os.fspath(target)
    p = Path(text)
    try:
        if (p.is_dir() and (p / "plugin.json").exists()) or p.name == "plugin.json":
            from ..manifest import read_manifest

            manifest = read_manifest(p)
            root = (p if p.is_dir() else p.parent).resolve()
            entry = manifest.interop.entry if manifest.HasField("interop") else ""
            if not entry:
                raise PluginLoadError(f"{root / 'plugin.json'}: interop.entry names no Python module")
            ep = Path(entry) if os.path.isabs(entry) else root / entry
            if ep.exists():
                module = _import_path(ep)
            else:
                if str(root) not in sys.path:
                    sys.path.insert(0, str(root))
                module = importlib.import_module(entry)
        elif p.suffix == ".py" or p.is_dir() or os.sep in text:
            if not p.exists():
                raise PluginLoadError(f"no such plugin file or directory: {text}")
            module = _import_path(p)
        else:
            module = importlib.import_module(text)
    except PluginLoadError:
        raise
    except Exception as err:
        raise PluginLoadError(f"importing plugin {text!r} failed: {type(err).__name__}: {err}") from err
    plugin = _find_plugin(module)
    db_adapter = getattr(module, "db_adapter", None)
    if db_adapter is not None and not callable(getattr(db_adapter, "call", None)):
        raise PluginLoadError(f"{text}: db_adapter has no call(method, params)")
    if plugin is None and db_adapter is None:
        raise PluginLoadError(
            f"{text}: exposes neither `plugin` (an elizaos Plugin), a get_*_plugin() factory, "
            "nor `db_adapter`"
        )
    served = plugin
    if plugin is not None:
        actions, providers = _class_components(module)
        have_a = {a.name for a in plugin.actions or []}
        have_p = {x.name for x in plugin.providers or []}
        actions = [a for a in actions if a.name not in have_a]
        providers = [x for x in providers if x.name not in have_p]
        if actions or providers:
            served = plugin.model_copy(
                update={
                    "actions": [*(plugin.actions or []), *actions],
                    "providers": [*(plugin.providers or []), *providers],
                }
            )
    else:
        from elizaos.types.plugin import Plugin

        served = plugin = Plugin(
            name=getattr(module, "name", None) or module.__name__.rsplit(".", 1)[-1],
            description=(module.__doc__ or "database adapter").strip().splitlines()[0],
        )
    return LoadedPythonPlugin(plugin, served, db_adapter, module, manifest, text)


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
                code="NOT_FOUND",
            )
        return obj

    # -------------------------------------------------------------- typed calls (our messages in and out)
    async def init(self, config: Mapping[str, str]) -> None:
        fn = getattr(self.plugin, "init", None)
        if fn is None:
            return
        try:
            await _await(fn(dict(config), self.runtime))
        except Exception as err:
            raise _raise_handler_error("plugin.init", err) from err

    async def invoke_action(
        self, action: str, memory: Memory, state: State | None, options: Mapping[str, JsonValue] | None
    ) -> ActionResult:
        a = self._lookup(self.actions, "action", action)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        opts: Any = None
        if options:
            hopts = _theirs("HandlerOptions")
            known = {f.json_name for f in hopts.DESCRIPTOR.fields} | {f.name for f in hopts.DESCRIPTOR.fields}
            opts = codec.parse_dict(dict(options), hopts()) if set(options) <= known else dict(options)
        try:
            res = await _await(a.handler(self.runtime, mem, st, opts, None, None))
        except PluginCallError:
            raise
        except Exception as err:
            raise _raise_handler_error(f"action {action!r}", err) from err
        if res is None:
            return ActionResult(success=True)
        return cast(ActionResult, _from_result(res, ActionResult, f"action {action!r}"))

    async def validate_action(self, action: str, memory: Memory, state: State | None) -> bool:
        a = self._lookup(self.actions, "action", action)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        try:
            return bool(await _await(a.validate(self.runtime, mem, st)))
        except Exception as err:
            raise _raise_handler_error(f"validate of action {action!r}", err) from err

    async def get_provider(self, provider: str, memory: Memory, state: State | None) -> ProviderResult:
        p = self._lookup(self.providers, "provider", provider)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else _theirs("State")()
        try:
            res = await _await(p.get(self.runtime, mem, st))
        except PluginCallError:
            raise
        except Exception as err:
            raise _raise_handler_error(f"provider {provider!r}", err) from err
        return cast(ProviderResult, _from_result(res, ProviderResult, f"provider {provider!r}"))

    async def invoke_evaluator(
        self, evaluator: str, memory: Memory, state: State | None
    ) -> ActionResult | None:
        e = self._lookup(self.evaluators, "evaluator", evaluator)
        mem = to_elizaos_message(memory, "Memory")
        st = to_elizaos_message(state, "State") if state is not None else None
        try:
            res = await _await(e.handler(self.runtime, mem, st, None, None, None))
        except Exception as err:
            raise _raise_handler_error(f"evaluator {evaluator!r}", err) from err
        if res is None:
            return None
        return cast(ActionResult, _from_result(res, ActionResult, f"evaluator {evaluator!r}"))

    async def invoke_model(self, model: str, params: Mapping[str, JsonValue]) -> JsonValue:
        fn = self._lookup(self.models, "model", model)
        try:
            res = await _await(fn(self.runtime, dict(params)))
        except Exception as err:
            raise _raise_handler_error(f"model {model!r}", err) from err
        return to_json_value(res)

    async def db_call(self, method: str, params: Mapping[str, JsonValue]) -> JsonValue:
        adapter = self.loaded.db_adapter
        if adapter is None:
            raise PluginCallError(f"plugin {self.manifest.name!r} has no database adapter", code="NOT_FOUND")
        try:
            res = await _await(adapter.call(method, dict(params)))
        except PluginCallError:
            raise
        except (AttributeError, NotImplementedError, LookupError) as err:
            if method in str(err):
                raise PluginCallError(f"no db method {method!r}: {err}", code="NOT_FOUND") from err
            raise _raise_handler_error(f"db.call {method!r}", err) from err
        except Exception as err:
            raise _raise_handler_error(f"db.call {method!r}", err) from err
        return to_json_value(res)

    async def service(self, name: str, start: bool) -> tuple[bool, str | None]:
        cls = self._lookup(self.services, "service", name)
        try:
            if start:
                if name not in self.running_services:
                    self.running_services[name] = await _await(cls.start(self.runtime))
            else:
                inst = self.running_services.pop(name, None)
                if inst is not None:
                    await _await(inst.stop())
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
                code="NOT_FOUND",
            )
        else:
            raise PluginCallError(f"{kind!r} is not a request", code="UNKNOWN_TYPE")
        return out


def _struct_dict(s: struct_pb2.Struct) -> dict[str, Any]:
    return {k: codec.value_out(v) for k, v in s.fields.items()}


async def with_timeout(coro: Awaitable[Any], timeout: float | None, what: str) -> Any:
    if timeout is None:
        return await coro
    from ..errors import CallTimeoutError

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
