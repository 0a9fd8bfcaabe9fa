"""elizaos-interop: load elizaOS plugins written in Python, TypeScript or Rust from Python, through the
direct, FFI, WASM and IPC paths, and hand them to the real `elizaos` runtime.

    handle = await load_plugin("plugins/plugin-eliza-classic/rust")   # plugin.json picks the path
    await runtime.register_plugin(handle.to_elizaos())

Message classes live in `elizaos_interop.v1` (generated from proto/, package eliza.interop.v1).
Heavy modules (wasmtime, the native extension, the elizaos runtime) load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    AbiVersionError,
    CallTimeoutError,
    DeadlineExceededError,
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
from .model import (
    ActionResult,
    Envelope,
    EnvelopePlugin,
    InteropPath,
    Memory,
    PluginHandle,
    PluginManifest,
    ProviderResult,
    State,
)

if TYPE_CHECKING:
    from .db_adapter import DbHandle, RemoteDatabaseAdapter
    from .direct import DirectPythonPlugin, load_python_plugin
    from .elizaos_adapter import to_elizaos_plugin
    from .ffi import FFI_ABI_VERSION, NativePlugin, load_rust_plugin
    from .ipc import DEFAULT_ENV_DENYLIST, PROTOCOL_VERSION, IpcLimits, IpcPlugin, IpcTarget
    from .ipc.prefork import PreforkPool, default_pool
    from .ipc.server import PluginServer
    from .loader import load_plugin, load_python_ipc_plugin, load_ts_plugin
    from .manifest import parse_manifest, read_manifest
    from .wasm import WASM_ABI_VERSION, WasmPlugin, load_wasm_plugin

_LAZY: dict[str, str] = {
    "DbHandle": ".db_adapter",
    "RemoteDatabaseAdapter": ".db_adapter",
    "DirectPythonPlugin": ".direct",
    "load_python_plugin": ".direct",
    "to_elizaos_plugin": ".elizaos_adapter",
    "FFI_ABI_VERSION": ".ffi",
    "NativePlugin": ".ffi",
    "load_rust_plugin": ".ffi",
    "DEFAULT_ENV_DENYLIST": ".ipc",
    "PROTOCOL_VERSION": ".ipc",
    "IpcLimits": ".ipc",
    "IpcPlugin": ".ipc",
    "IpcTarget": ".ipc",
    "PluginServer": ".ipc.server",
    "PreforkPool": ".ipc.prefork",
    "default_pool": ".ipc.prefork",
    "load_plugin": ".loader",
    "load_python_ipc_plugin": ".loader",
    "load_ts_plugin": ".loader",
    "parse_manifest": ".manifest",
    "read_manifest": ".manifest",
    "WASM_ABI_VERSION": ".wasm",
    "WasmPlugin": ".wasm",
    "load_wasm_plugin": ".wasm",
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
    "DbHandle",
    "DeadlineExceededError",
    "DirectPythonPlugin",
    "Envelope",
    "EnvelopePlugin",
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
    "parse_manifest",
    "read_manifest",
    "to_elizaos_plugin",
]
