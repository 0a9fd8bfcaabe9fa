"""FFI path: Rust plugin shared libraries (C ABI v1, docs/PROTOCOL.md §3) loaded in-process.

`load_rust_plugin(path)` opens a cdylib built with `elizaos_interop::export_plugin!` (crate feature `ffi`)
through the `elizaos_interop._native` extension, asks for its manifest with a `manifest.get` envelope and
returns a `NativePlugin` handle. Calls run synchronously on the calling thread with the GIL released (a round
trip costs about a microsecond, far less than a thread hop); with a `timeout` the call runs in a worker thread
instead, and a call that overruns fails with `CallTimeoutError` while the native code finishes in the
background (native code cannot be interrupted). A panic in the plugin raises `PluginPanicError`; the library
stays usable.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping

from google.protobuf.message import DecodeError

from ._native import FFI_ABI_VERSION, NativeLibrary
from .errors import CallTimeoutError, PluginLoadError, PluginPanicError, ProtocolError
from .model import (
    ActionResult,
    Envelope,
    EnvelopePlugin,
    InteropPath,
    JsonValue,
    Memory,
    PluginManifest,
    State,
    raise_for_error,
    struct_from_mapping,
)

_ACTION_INVOKE_TYPE = b"\n\raction.invoke"  # ActionInvokeRequest.type (field 1)


def _varint(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _parse_envelope(data: bytes, *, plugin: str, request: str) -> Envelope:
    """The response Envelope in `data`; `ProtocolError` naming the plugin and request if it does not parse."""
    try:
        env = Envelope.FromString(data)
    except DecodeError as e:
        raise ProtocolError(
            f"Rust plugin {plugin} answered {request} with {len(data)} bytes that are not an Envelope: {e}"
        ) from e
    if env.WhichOneof("body") is None:
        raise ProtocolError(
            f"Rust plugin {plugin} answered {request} with an empty Envelope ({len(data)} bytes)"
        )
    return env


class NativePlugin(EnvelopePlugin):
    """A Rust plugin loaded in-process through the C ABI."""

    path: InteropPath = "ffi"

    def __init__(self, library: NativeLibrary, manifest: PluginManifest, *, source: str) -> None:
        super().__init__(manifest, source=source)
        self.library = library
        self._native_call = library.call
        self._action_fields: dict[str, bytes] = {}

    @property
    def _label(self) -> str:
        return f"{self.name!r} ({self.source})"

    def call_bytes(self, request: bytes) -> bytes:
        """Passes one serialized Envelope to the library and returns the response bytes (unparsed)."""
        self._check_open()
        return self._native_call(request)

    async def _call_bytes(self, data: bytes, timeout: float | None) -> bytes:
        if timeout is None:
            return self._native_call(data)
        try:
            return await asyncio.wait_for(asyncio.to_thread(self._native_call, data), timeout)
        except TimeoutError:
            raise CallTimeoutError(
                f"Rust plugin {self._label} did not answer within {timeout} s "
                "(the native call cannot be interrupted and finishes in the background)"
            ) from None

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        out = await self._call_bytes(request.SerializeToString(), timeout)
        return _parse_envelope(out, plugin=self._label, request=str(request.WhichOneof("body")))

    async def invoke_action(
        self,
        action: str,
        memory: Memory,
        state: State | None = None,
        options: Mapping[str, JsonValue] | None = None,
        *,
        timeout: float | None = None,
    ) -> ActionResult:
        # Fast path: the ActionInvokeRequest bytes are assembled directly (same bytes as the generic path).
        self._check_open()
        action_field = self._action_fields.get(action)
        if action_field is None:
            encoded = action.encode()
            action_field = b"\x1a" + _varint(len(encoded)) + encoded
            if len(self._action_fields) < 4096:
                self._action_fields[action] = action_field
        rid = str(next(self._ids)).encode()
        mem = memory.SerializeToString()
        inner = b"".join(
            (
                _ACTION_INVOKE_TYPE,
                b"\x12",
                _varint(len(rid)),
                rid,
                action_field,
                b'"',
                _varint(len(mem)),
                mem,
            )
        )
        if state is not None:
            st = state.SerializeToString()
            inner += b"*" + _varint(len(st)) + st
        if options:
            opts = struct_from_mapping(options).SerializeToString()
            inner += b"2" + _varint(len(opts)) + opts
        out = await self._call_bytes(b"\n" + _varint(len(inner)) + inner, timeout)
        env = _parse_envelope(out, plugin=self._label, request="action.invoke")
        if env.HasField("action_result"):
            return env.action_result.result
        raise_for_error(env)
        kind = env.WhichOneof("body")
        raise ProtocolError(
            f"Rust plugin {self._label} answered {kind!r} to a request expecting 'action_result'"
        )

    def _init_sync(self, config: Mapping[str, str]) -> None:
        env = Envelope()
        req = env.plugin_init
        req.type, req.id = "plugin.init", self._next_id()
        req.config.update(config)
        out = self.call_bytes(env.SerializeToString())
        response = _parse_envelope(out, plugin=self._label, request="plugin.init")
        raise_for_error(response)
        kind = response.WhichOneof("body")
        if kind != "plugin_init_result":
            raise ProtocolError(f"Rust plugin {self._label} answered {kind!r} to plugin.init")
        if not response.plugin_init_result.success:
            reason = response.plugin_init_result.error or "no reason"
            raise PluginLoadError(f"Rust plugin {self._label} refused plugin.init: {reason}")

    async def close(self) -> None:
        # The library stays mapped (see NativeLibrary); the handle just stops accepting calls.
        self._closed = True


def load_rust_plugin(
    path: str | os.PathLike[str], *, config: Mapping[str, str] | None = None
) -> NativePlugin:
    """Loads a Rust plugin library (C ABI v1) and returns its handle (`plugin.init` first if `config`).

    Raises `PluginLoadError` (missing or unloadable file, failed manifest.get or init) or `AbiVersionError`
    (another ABI version, or a required symbol missing). `PluginCallError` when the plugin refuses `config`.
    """
    source = os.fspath(path)
    library = NativeLibrary(source)
    env = Envelope()
    env.manifest_get.type = "manifest.get"
    env.manifest_get.id = "0"
    try:
        response = _parse_envelope(
            library.call(env.SerializeToString()), plugin=repr(source), request="manifest.get"
        )
    except (PluginPanicError, ProtocolError) as e:
        raise PluginLoadError(f"Rust plugin {source} failed to answer manifest.get: {e}") from e
    raise_for_error(response)
    if response.WhichOneof("body") != "manifest_result":
        raise PluginLoadError(
            f"Rust plugin {source} answered {response.WhichOneof('body')!r} to manifest.get "
            "(expected 'manifest_result')"
        )
    plugin = NativePlugin(library, response.manifest_result.manifest, source=source)
    if config is not None:
        plugin._init_sync(config)
    return plugin


__all__ = ["FFI_ABI_VERSION", "NativeLibrary", "NativePlugin", "load_rust_plugin"]
