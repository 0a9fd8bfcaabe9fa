"""Manifest-driven loading: `load_plugin(path)` reads plugin.json and picks the path it declares.

| interop.protocol | language   | handle |
|------------------|------------|--------|
| ipc              | python     | `IpcPlugin` running `python -m elizaos_interop.bridge_server` |
| ipc              | typescript | `IpcPlugin` running `node <bridge-server.js> ENTRY` |
| ipc              | any        | `IpcPlugin` running `interop.ipcCommand` when given |
| ipc              | any        | `IpcPlugin` connected to 127.0.0.1:`interop.ipcPort` (a running server) |
| ffi              | rust       | `elizaos_interop.paths.ffi.load_rust_plugin(sharedLibPath)` |
| wasm             | any        | `elizaos_interop.paths.wasm.load_wasm_plugin(wasmPath, wasi=interop.wasi)` |
| native           | python     | `DirectPythonPlugin` (in-process) |
"""

from __future__ import annotations

import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import orjson

from .errors import ManifestError, PluginLoadError
from .handle import InteropPath, PluginHandle
from .manifest import TRANSPORTS, language_name, manifest_file, protocol_name, read_manifest
from .paths.ipc.client import FramingName, IpcPlugin, Transport
from .wire.messages import PluginManifest

TS_BRIDGE_ENV = "ELIZAOS_INTEROP_TS_BRIDGE"
#: The npm package that holds the Node bridge, and its `bin` entry naming the bridge script.
TS_PACKAGE = Path("node_modules/@elizaos/interop/package.json")
TS_BRIDGE_BIN = "elizaos-interop-ts-bridge"
_IPC_OPTIONS = ("transport", "framing", "env", "address", "prefork")

#: How an ipc plugin is started: our Python bridge, the Node bridge, the manifest's command, or a connection
#: to a server that is already running (`interop.ipcPort`).
Launcher = Literal["python-bridge", "node-bridge", "command", "connect"]


@dataclass(frozen=True)
class LoadPlan:
    """What `load_plugin` will do with a plugin.json, decided without starting anything (`plan_load`)."""

    name: str
    #: 'python' | 'typescript' | 'rust' | 'unspecified'
    language: str
    path: InteropPath
    manifest: PluginManifest
    #: The plugin.json read, and the directory holding it.
    manifest_file: Path
    root: Path
    #: The resolved file the path loads (wasm module, shared library, entry file), when there is one.
    file: Path | None = None
    launcher: Launcher | None = None
    transport: Transport | None = None
    framing: FramingName | None = None
    #: The command line of a `command` launcher.
    argv: tuple[str, ...] = ()
    #: Where a `connect` launcher connects ("127.0.0.1:PORT").
    address: str | None = None
    cwd: str | None = None


def _find_ts_package(start: Path) -> Path | None:
    for d in (start, *start.parents):
        candidate = d / TS_PACKAGE
        if candidate.is_file():
            return candidate
    return None


def ts_bridge_path() -> Path:
    """The Node bridge script: $ELIZAOS_INTEROP_TS_BRIDGE if set; else the `bin.elizaos-interop-ts-bridge` of
    the first `node_modules/@elizaos/interop/package.json` found walking up from the current directory, then
    from this library's own location (docs/ARCHITECTURE.md, "Finding the Node bridge")."""
    env = os.environ.get(TS_BRIDGE_ENV)
    if env:
        p = Path(env)
        if not p.is_file():
            raise PluginLoadError(
                f"the TypeScript bridge server is missing (${TS_BRIDGE_ENV}={env}); build it with "
                f"`npm ci && npm run build`, or point {TS_BRIDGE_ENV} at the bridge script"
            )
        return p
    pkg = _find_ts_package(Path.cwd()) or _find_ts_package(Path(__file__).resolve().parent)
    if pkg is None:
        raise PluginLoadError(
            f"the TypeScript bridge server was not found: no {TS_PACKAGE} above {Path.cwd()} or this "
            f"library; install @elizaos/interop (`npm ci && npm run build` in a checkout), or set "
            f"{TS_BRIDGE_ENV}"
        )
    try:
        meta = orjson.loads(pkg.read_bytes())
        rel = meta["bin"][TS_BRIDGE_BIN]
        if not isinstance(rel, str):
            raise TypeError(rel)
    except (orjson.JSONDecodeError, KeyError, TypeError) as err:
        raise PluginLoadError(f"{pkg}: no usable bin.{TS_BRIDGE_BIN} ({err!r})") from None
    p = (pkg.parent / rel).resolve()
    if not p.is_file():
        raise PluginLoadError(
            f"the TypeScript bridge server is missing ({p}, bin.{TS_BRIDGE_BIN} of {pkg}); build it with "
            f"`npm ci && npm run build` in {pkg.parent} (or point {TS_BRIDGE_ENV} at the bridge script)"
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


def _entry_file(value: str, root: Path) -> Path | None:
    p = Path(value) if os.path.isabs(value) else root / value
    return p if p.is_file() else None


def _plan_ipc(
    m: PluginManifest, where: str, root: Path, transport: str | None, framing: str | None
) -> dict[str, Any]:
    it, lang = m.interop, language_name(m)
    plan: dict[str, Any] = {
        "transport": transport or (it.transport if it.HasField("transport") else "stdio"),
        "framing": framing or (it.framing if it.HasField("framing") else "json"),
        "cwd": it.cwd if it.HasField("cwd") else str(root),
    }
    if it.HasField("ipc_port"):
        if it.HasField("ipc_command") or it.HasField("entry"):
            raise ManifestError(
                "ipcPort connects to a running server; it cannot be combined with ipcCommand or entry",
                field="interop.ipcPort",
                path=where,
            )
        if not 1 <= it.ipc_port <= 65535:
            raise ManifestError(
                f"port {it.ipc_port} is outside 1..65535", field="interop.ipcPort", path=where
            )
        plan.update(launcher="connect", transport="tcp", address=f"127.0.0.1:{it.ipc_port}")
        return plan
    if it.HasField("ipc_command"):
        try:
            argv = shlex.split(it.ipc_command)
        except ValueError as err:
            raise ManifestError(f"cannot be split: {err}", field="interop.ipcCommand", path=where) from None
        if not argv:
            raise ManifestError("empty command", field="interop.ipcCommand", path=where)
        plan.update(launcher="command", argv=tuple(argv))
    elif lang == "python":
        plan["launcher"] = "python-bridge"
    elif lang == "typescript":
        if not it.HasField("entry"):
            raise ManifestError(
                "a TypeScript ipc plugin needs interop.entry (or interop.ipcCommand)",
                field="interop.entry",
                path=where,
            )
        plan["launcher"] = "node-bridge"
    else:
        raise ManifestError(
            f"a {lang} ipc plugin needs interop.ipcCommand", field="interop.ipcCommand", path=where
        )
    if it.HasField("entry"):
        plan["file"] = _entry_file(it.entry, root)
    return plan


def plan_load(
    path: str | os.PathLike[str], *, transport: str | None = None, framing: str | None = None
) -> LoadPlan:
    """Read plugin.json (a file, or a directory holding plugin.json) and decide how it loads, starting
    nothing. `transport`/`framing` override the manifest's (ipc). Raises `ManifestError` naming the bad field,
    or `PluginLoadError` when this host cannot load that kind of plugin (tests/vectors/manifests/)."""
    f = manifest_file(path)
    root = f.parent.resolve()
    where = str(f)
    m = read_manifest(f)
    proto, lang = protocol_name(m), language_name(m)
    it = m.interop
    base: dict[str, Any] = {"name": m.name, "language": lang, "manifest": m, "manifest_file": f, "root": root}
    if proto == "ipc":
        if transport is not None and transport not in TRANSPORTS:
            raise ValueError(f"transport must be one of {', '.join(TRANSPORTS)}, not {transport!r}")
        return LoadPlan(path="ipc", **base, **_plan_ipc(m, where, root, transport, framing))
    if proto == "ffi":
        if not it.HasField("shared_lib_path"):
            raise ManifestError(
                "an ffi plugin needs interop.sharedLibPath", field="interop.sharedLibPath", path=where
            )
        return LoadPlan(path="ffi", file=Path(it.shared_lib_path), **base)
    if proto == "wasm":
        if not it.HasField("wasm_path"):
            raise ManifestError("a wasm plugin needs interop.wasmPath", field="interop.wasmPath", path=where)
        return LoadPlan(path="wasm", file=Path(it.wasm_path), **base)
    if proto == "native":
        if lang != "python":
            raise PluginLoadError(f"{f}: the native path loads Python plugins only (language is {lang})")
        file = _entry_file(it.entry, root) if it.HasField("entry") else None
        return LoadPlan(path="direct", file=file, **base)
    raise ManifestError(
        f"interop.protocol is {proto!r}; expected native, ffi, wasm or ipc",
        field="interop.protocol",
        path=where,
    )


async def load_plugin(path: str | os.PathLike[str], **limits: Any) -> PluginHandle:
    """Load the plugin described by `path` (plugin.json or its directory) through the path it declares
    (`plan_load`).

    Keyword arguments are IPC limits (docs/PROTOCOL.md §2; e.g. `call_timeout=5`) for ipc plugins,
    `transport`/`framing`/`env` overrides for ipc, and WASM limits (`fuel`, `deadline`, ...) for wasm.
    """
    opts = _split_options(limits)
    plan = plan_load(path, transport=opts.pop("transport", None), framing=opts.pop("framing", None))
    if plan.path == "ipc":
        return await _start_ipc(plan, opts, limits)
    if opts:
        raise TypeError(f"{plan.manifest_file}: options {', '.join(sorted(opts))} apply to ipc plugins only")
    if plan.path == "ffi":
        _no_limits(limits, "ffi", plan.manifest_file)
        from .paths.ffi import load_rust_plugin

        return load_rust_plugin(str(plan.file))
    if plan.path == "wasm":
        from .paths.wasm import load_wasm_plugin

        return load_wasm_plugin(str(plan.file), wasi=plan.manifest.interop.wasi, **limits)
    _no_limits(limits, "native", plan.manifest_file)
    from .paths.direct import load_python_plugin

    return load_python_plugin(plan.root)


async def _start_ipc(plan: LoadPlan, opts: dict[str, Any], limits: dict[str, Any]) -> IpcPlugin:
    transport = cast(Transport, plan.transport)
    framing = cast(FramingName, plan.framing)
    flags_at: int | None = None
    cmd: list[str] | None
    if plan.launcher == "connect":
        cmd = None
        opts["address"] = plan.address
    elif plan.launcher == "command":
        cmd = list(plan.argv)
    elif plan.launcher == "python-bridge":
        cmd = python_bridge_command(plan.root)
        flags_at = len(cmd) - 1
    else:
        cmd = ts_bridge_command(plan.manifest.interop.entry)
        flags_at = len(cmd) - 1
    if transport == "stdio":
        opts.pop("address", None)
    return await IpcPlugin.start(
        cmd,
        transport=transport,
        framing=framing,
        cwd=plan.cwd,
        name=plan.name,
        flags_at=flags_at,
        **opts,
        **limits,
    )


def _no_limits(limits: dict[str, Any], proto: str, f: Path) -> None:
    if limits:
        raise TypeError(f"{f}: options {', '.join(sorted(limits))} do not apply to the {proto} path")


__all__ = [
    "LoadPlan",
    "load_plugin",
    "load_python_ipc_plugin",
    "load_ts_plugin",
    "plan_load",
    "python_bridge_command",
    "ts_bridge_command",
    "ts_bridge_path",
]
