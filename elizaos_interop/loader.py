"""Manifest-driven loading: `load_plugin(path)` reads plugin.json and picks the path it declares.

| interop.protocol | language   | handle |
|------------------|------------|--------|
| ipc              | python     | `IpcPlugin` running `python -m elizaos_interop.bridge_server` |
| ipc              | typescript | `IpcPlugin` running `node <bridge-server.js> ENTRY` |
| ipc              | any        | `IpcPlugin` running `interop.ipcCommand` when given |
| ffi              | rust       | `elizaos_interop.ffi.load_rust_plugin(sharedLibPath)` |
| wasm             | any        | `elizaos_interop.wasm.load_wasm_plugin(wasmPath, wasi=interop.wasi)` |
| native           | python     | `DirectPythonPlugin` (in-process) |
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import Any, cast

from elizaos_interop.v1 import ipc_pb2

from .errors import PluginLoadError
from .ipc.client import FramingName, IpcPlugin, Transport
from .manifest import language_name, manifest_file, protocol_name, read_manifest
from .model import PluginHandle

REPO_ROOT = Path(__file__).resolve().parent.parent
TS_BRIDGE_ENV = "ELIZAOS_INTEROP_TS_BRIDGE"
_TS_BRIDGE_REL = Path("typescript/dist/typescript/src/bridge-server.js")
_IPC_OPTIONS = ("transport", "framing", "env", "address", "prefork")


def ts_bridge_path() -> Path:
    """The Node bridge server script: $ELIZAOS_INTEROP_TS_BRIDGE, else the repo checkout's build output."""
    env = os.environ.get(TS_BRIDGE_ENV)
    p = Path(env) if env else REPO_ROOT / _TS_BRIDGE_REL
    if not p.is_file():
        where = f"${TS_BRIDGE_ENV}={env}" if env else str(p)
        raise PluginLoadError(
            f"the TypeScript bridge server is missing ({where}); build it with `npm ci && npm run build` in "
            f"{REPO_ROOT} (or point {TS_BRIDGE_ENV} at bridge-server.js)"
        )
    return p


def python_bridge_command(entry: str | os.PathLike[str]) -> list[str]:
    return [sys.executable, "-m", "elizaos_interop.bridge_server", os.fspath(entry)]


def ts_bridge_command(entry: str | os.PathLike[str]) -> list[str]:
    return ["node", str(ts_bridge_path()), os.fspath(entry)]


def _absolute(p: Path) -> str:
    return os.path.abspath(p)


def _entry_kind(p: Path) -> str:
    if p.is_dir() or p.name == "plugin.json":
        return "manifest"
    return "file" if p.is_file() else "missing"


def _split_options(kw: dict[str, Any]) -> dict[str, Any]:
    return {k: kw.pop(k) for k in _IPC_OPTIONS if k in kw}


async def load_ts_plugin(entry_or_dir: str | os.PathLike[str], **limits: Any) -> IpcPlugin:
    """A TypeScript/JavaScript plugin over IPC through the Node bridge. `entry_or_dir` is a JS module file
    (ESM or CommonJS) or a directory with plugin.json. Keyword arguments: IPC limits, plus `transport`,
    `framing`, `env`."""
    p = Path(entry_or_dir)
    kind = _entry_kind(p)
    if kind == "manifest":
        handle = await load_plugin(p, **limits)
        if not isinstance(handle, IpcPlugin):
            raise PluginLoadError(f"{p}: the manifest does not declare an ipc plugin")
        return handle
    if kind == "missing":
        raise PluginLoadError(f"no such TypeScript plugin entry: {p}")
    opts = _split_options(limits)
    cmd = ts_bridge_command(_absolute(p))
    return await IpcPlugin.start(cmd, flags_at=len(cmd) - 1, name=p.stem, **opts, **limits)


async def load_python_ipc_plugin(entry: str | os.PathLike[str], **limits: Any) -> IpcPlugin:
    """A Python plugin (module, file, package or plugin directory) in a child process over IPC.

    `prefork=pool` (a `PreforkPool`, or True for the process-wide one) starts it as a fork of a warm
    interpreter that has already imported the bridge and `elizaos`."""
    opts = _split_options(limits)
    cmd = python_bridge_command(entry)
    name = Path(os.fspath(entry)).stem if os.sep in os.fspath(entry) else os.fspath(entry)
    return await IpcPlugin.start(cmd, flags_at=len(cmd) - 1, name=name, **opts, **limits)


async def load_plugin(path: str | os.PathLike[str], **limits: Any) -> PluginHandle:
    """Load the plugin described by `path` (plugin.json or its directory) through the path it declares.

    Keyword arguments are IPC limits (docs/PROTOCOL.md §2; e.g. `call_timeout=5`) for ipc plugins,
    `transport`/`framing`/`env` overrides for ipc, and WASM limits (`fuel`, `deadline`, ...) for wasm.
    """
    f = manifest_file(path)
    root = f.parent.resolve()
    m = read_manifest(f)
    proto, lang = protocol_name(m), language_name(m)
    it = m.interop
    if proto == "ipc":
        opts = _split_options(limits)
        transport = cast(
            Transport, opts.pop("transport", None) or (it.transport if it.HasField("transport") else "stdio")
        )
        framing = cast(
            FramingName, opts.pop("framing", None) or (it.framing if it.HasField("framing") else "json")
        )
        cwd = it.cwd if it.HasField("cwd") else str(root)
        flags_at: int | None
        if it.HasField("ipc_command"):
            try:
                cmd = shlex.split(it.ipc_command)
            except ValueError as err:
                raise PluginLoadError(f"{f}: interop.ipcCommand cannot be split: {err}") from err
            flags_at = None
        elif lang == "python":
            cmd = python_bridge_command(root)
            flags_at = len(cmd) - 1
        elif lang == "typescript":
            if not it.HasField("entry"):
                raise PluginLoadError(
                    f"{f}: a TypeScript ipc plugin needs interop.entry (or interop.ipcCommand)"
                )
            cmd = ts_bridge_command(it.entry)
            flags_at = len(cmd) - 1
        else:
            raise PluginLoadError(f"{f}: a {lang} ipc plugin needs interop.ipcCommand")
        if transport == "stdio":
            opts.pop("address", None)
        return await IpcPlugin.start(
            cmd,
            transport=transport,
            framing=framing,
            cwd=cwd,
            name=m.name,
            flags_at=flags_at,
            **opts,
            **limits,
        )
    if proto == "ffi":
        if not it.HasField("shared_lib_path"):
            raise PluginLoadError(f"{f}: an ffi plugin needs interop.sharedLibPath")
        _no_limits(limits, "ffi", f)
        from .ffi import load_rust_plugin

        return load_rust_plugin(it.shared_lib_path)
    if proto == "wasm":
        if not it.HasField("wasm_path"):
            raise PluginLoadError(f"{f}: a wasm plugin needs interop.wasmPath")
        from .wasm import load_wasm_plugin

        return load_wasm_plugin(it.wasm_path, wasi=it.wasi, **limits)
    if proto == "native":
        if m.language != ipc_pb2.PLUGIN_LANGUAGE_PYTHON:
            raise PluginLoadError(f"{f}: the native path loads Python plugins only (language is {lang})")
        _no_limits(limits, "native", f)
        from .direct import load_python_plugin

        return load_python_plugin(root)
    raise PluginLoadError(f"{f}: interop.protocol is {proto!r}; expected native, ffi, wasm or ipc")


def _no_limits(limits: dict[str, Any], proto: str, f: Path) -> None:
    if limits:
        raise TypeError(f"{f}: options {', '.join(sorted(limits))} do not apply to the {proto} path")


__all__ = [
    "load_plugin",
    "load_python_ipc_plugin",
    "load_ts_plugin",
    "python_bridge_command",
    "ts_bridge_command",
    "ts_bridge_path",
]
