"""Typed errors raised by elizaos-interop. Every one names what was wrong."""

from __future__ import annotations

from typing import Any


class InteropError(Exception):
    """Base class of every error elizaos-interop raises."""


class ManifestError(InteropError):
    """A plugin.json (or a manifest a plugin reported) is invalid; `field` names the bad field."""

    def __init__(self, message: str, *, field: str | None = None, path: str | None = None) -> None:
        where = f" in {path}" if path else ""
        at = f" (field {field!r})" if field else ""
        super().__init__(f"invalid manifest{where}{at}: {message}")
        self.field = field
        self.path = path


class PluginLoadError(InteropError):
    """A plugin could not be loaded (missing file, bad library, failed start-up)."""


class AbiVersionError(PluginLoadError):
    """A native or WASM plugin speaks another ABI version, or lacks the required exports."""


class StartupTimeoutError(PluginLoadError, TimeoutError):
    """An IPC plugin did not send its `ready` message within the start-up timeout."""


class ProtocolError(InteropError):
    """The peer sent something the protocol does not allow (malformed line or frame, unknown type)."""


class VersionMismatchError(ProtocolError):
    """The peer speaks another protocol version."""


class MessageTooLargeError(ProtocolError):
    """A message exceeds `max_message_bytes` (outgoing: not sent; incoming: discarded)."""


class TooManyPendingError(InteropError):
    """`max_pending_requests` calls are already in flight; the call was not sent."""


class CallTimeoutError(InteropError, TimeoutError):
    """A call did not complete within its timeout; a `cancel` was sent where the path supports it."""


class PluginCrashedError(InteropError):
    """The plugin process exited or its connection closed while calls were pending."""


class PluginClosedError(InteropError):
    """The plugin handle was closed; no further calls are possible."""


class PluginCallError(InteropError):
    """The plugin answered a call with an `error` message (its code raised, or the request was refused)."""

    def __init__(
        self, message: str, *, code: str = "HANDLER_ERROR", details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.remote_message = message
        self.details = details or {}


class PluginPanicError(InteropError):
    """A Rust plugin panicked inside an FFI call (the panic was caught at the boundary)."""


class WasmTrapError(InteropError):
    """A WASM plugin trapped during a call; the instance was discarded and will be re-created."""


class FuelExhaustedError(WasmTrapError):
    """A WASM call ran out of fuel (instruction budget)."""


class DeadlineExceededError(WasmTrapError, TimeoutError):
    """A WASM call exceeded its wall-clock deadline (epoch interruption)."""


class ResourceLimitError(PluginLoadError):
    """A module or memory exceeds a configured limit (`max_module_bytes`, `max_memory_bytes`)."""


__all__ = [
    "AbiVersionError",
    "CallTimeoutError",
    "DeadlineExceededError",
    "FuelExhaustedError",
    "InteropError",
    "ManifestError",
    "MessageTooLargeError",
    "PluginCallError",
    "PluginClosedError",
    "PluginCrashedError",
    "PluginLoadError",
    "PluginPanicError",
    "ProtocolError",
    "ResourceLimitError",
    "StartupTimeoutError",
    "TooManyPendingError",
    "VersionMismatchError",
    "WasmTrapError",
]
