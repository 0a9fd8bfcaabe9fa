"""elizaos-interop: load elizaOS plugins written in Python, TypeScript or Rust from Python, through the
direct, FFI, WASM and IPC paths, and hand them to the real `elizaos` runtime.

    handle = await load_plugin("plugins/plugin-eliza-classic/rust")   # plugin.json picks the path
    await runtime.register_plugin(handle.to_elizaos())

Message classes live in `elizaos_interop.v1` (generated from proto/, package eliza.interop.v1). The layers
(docs/ARCHITECTURE.md): `wire/` (constants, codec, framing, body) and `errors` at the bottom, `channel`,
`paths/` (direct, ffi, wasm, ipc) and `serve/` (dispatch, server, bridge), `handle` and `loader`, and
`elizaos/` (adapter, db_adapter) on top; `testing` is the test kit. Heavy modules (wasmtime, the native
extension, the elizaos runtime) load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    AbiVersionError,
    CallTimeoutError,
    DeadlineExceededError,
    ErrorCode,
    FuelExhaustedError,
    InteropError,
    ManifestError,
    MessageTooLargeError,
    PluginCallError,
    PluginClosedError,
    PluginCrashedError,
    PluginLoadError,
    PluginPanicError,
    ProtocolError,
    ResourceLimitError,
    StartupTimeoutError,
    TooManyPendingError,
    VersionMismatchError,
    WasmTrapError,
)
from .handle import EnvelopePlugin, InteropPath, PluginHandle
from .wire.messages import ActionResult, Envelope, Memory, PluginManifest, ProviderResult, State

if TYPE_CHECKING:
    from .channel import Channel
    from .elizaos.adapter import to_elizaos_plugin
    from .elizaos.db_adapter import DbHandle, RemoteDatabaseAdapter
    from .loader import load_plugin, load_python_ipc_plugin, load_ts_plugin, plan_load
    from .manifest import parse_manifest, read_manifest
    from .memory_transport import memory_channel_pair
    from .paths.direct import DirectPythonPlugin, load_python_plugin
    from .paths.ffi import NativePlugin, load_rust_plugin
    from .paths.ipc import DEFAULT_ENV_DENYLIST, IpcLimits, IpcPlugin, IpcTarget
    from .paths.ipc.prefork import PreforkPool, default_pool
    from .paths.wasm import WasmPlugin, load_wasm_plugin
    from .serve.server import PluginServer
    from .wire.constants import FFI_ABI_VERSION, PROTOCOL_VERSION, WASM_ABI_VERSION

_LAZY: dict[str, str] = {
    "Channel": ".channel",
    "DbHandle": ".elizaos.db_adapter",
    "RemoteDatabaseAdapter": ".elizaos.db_adapter",
    "to_elizaos_plugin": ".elizaos.adapter",
    "load_plugin": ".loader",
    "load_python_ipc_plugin": ".loader",
    "load_ts_plugin": ".loader",
    "plan_load": ".loader",
    "parse_manifest": ".manifest",
    "read_manifest": ".manifest",
    "memory_channel_pair": ".memory_transport",
    "DirectPythonPlugin": ".paths.direct",
    "load_python_plugin": ".paths.direct",
    "NativePlugin": ".paths.ffi",
    "load_rust_plugin": ".paths.ffi",
    "DEFAULT_ENV_DENYLIST": ".paths.ipc",
    "IpcLimits": ".paths.ipc",
    "IpcPlugin": ".paths.ipc",
    "IpcTarget": ".paths.ipc",
    "PreforkPool": ".paths.ipc.prefork",
    "default_pool": ".paths.ipc.prefork",
    "WasmPlugin": ".paths.wasm",
    "load_wasm_plugin": ".paths.wasm",
    "PluginServer": ".serve.server",
    "FFI_ABI_VERSION": ".wire.constants",
    "PROTOCOL_VERSION": ".wire.constants",
    "WASM_ABI_VERSION": ".wire.constants",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'elizaos_interop' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "DEFAULT_ENV_DENYLIST",
    "FFI_ABI_VERSION",
    "PROTOCOL_VERSION",
    "WASM_ABI_VERSION",
    "AbiVersionError",
    "ActionResult",
    "CallTimeoutError",
    "Channel",
    "DbHandle",
    "DeadlineExceededError",
    "DirectPythonPlugin",
    "Envelope",
    "EnvelopePlugin",
    "ErrorCode",
    "FuelExhaustedError",
    "InteropError",
    "InteropPath",
    "IpcLimits",
    "IpcPlugin",
    "IpcTarget",
    "ManifestError",
    "Memory",
    "MessageTooLargeError",
    "NativePlugin",
    "PluginCallError",
    "PluginClosedError",
    "PluginCrashedError",
    "PluginHandle",
    "PluginLoadError",
    "PluginManifest",
    "PluginPanicError",
    "PluginServer",
    "PreforkPool",
    "ProtocolError",
    "ProviderResult",
    "RemoteDatabaseAdapter",
    "ResourceLimitError",
    "StartupTimeoutError",
    "State",
    "TooManyPendingError",
    "VersionMismatchError",
    "WasmPlugin",
    "WasmTrapError",
    "default_pool",
    "load_plugin",
    "load_python_ipc_plugin",
    "load_python_plugin",
    "load_rust_plugin",
    "load_ts_plugin",
    "load_wasm_plugin",
    "memory_channel_pair",
    "parse_manifest",
    "plan_load",
    "read_manifest",
    "to_elizaos_plugin",
]
