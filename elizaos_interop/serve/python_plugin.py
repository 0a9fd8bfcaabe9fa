"""Finding an elizaOS Python plugin: import a module name, .py file, package or plugin directory, find its
`plugin` (or `get_*_plugin()` factory, or `db_adapter`), and wrap class-style components (eliza-classic's
`GenerateResponseAction`) as elizaos actions and providers."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from google.protobuf.message import Message

from ..errors import (
    PluginLoadError,
)
from ..wire import codec
from ..wire.messages import PluginManifest
from .convert import elizaos_class, from_result, maybe_await

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
        return from_result(
            await maybe_await(self.obj.handler(ctx)), elizaos_class("ActionResult"), self.obj.name
        )

    async def validate(self, runtime: Any, message: Any, state: Any = None) -> bool:
        return bool(await maybe_await(self.obj.validate(_context(runtime, message, state, None))))


class _ContextProvider:
    def __init__(self, obj: Any) -> None:
        self.obj = obj

    async def get(self, runtime: Any, message: Any, state: Any = None) -> Any:
        ctx = _context(runtime, message, state, None)
        return from_result(
            await maybe_await(self.obj.get(ctx)), elizaos_class("ProviderResult"), self.obj.name
        )


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


__all__ = ["LoadedPythonPlugin", "load_python_target"]
