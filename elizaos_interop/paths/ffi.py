"""FFI path: Rust plugin shared libraries (C ABI v1, docs/PROTOCOL.md §3) loaded in-process.

`load_rust_plugin(path)` opens a cdylib built with `elizaos_interop::export_plugin!` (crate feature `ffi`)
through the `elizaos_interop._native` extension, asks for its manifest with a `manifest.get` envelope and
returns a `NativePlugin` handle. Calls run synchronously on the calling thread with the GIL released (a round
trip costs about a microsecond, far less than a thread hop); with a `timeout` the call runs in a worker thread
instead, and a call that overruns fails with `CallTimeoutError` while the native code finishes in the
background (native code cannot be interrupted). A panic in the plugin raises `PluginPanicError`; the library
stays usable.

Heap slack (glibc): glibc gives the top of the heap back to the OS whenever more than 128 KiB is free
there, so a native call that allocates and frees a few hundred KB (a 100 KB payload: the request, the
plugin's decode and encode) shrank and regrew the heap, with page faults, on every call: 190 µs instead of
30 for a 100 KB round trip. The first `load_rust_plugin` therefore sets glibc's M_TOP_PAD to `HEAP_TOP_PAD`
(4 MiB: the heap keeps that much slack when it grows or shrinks; untouched pages cost no memory), unless
MALLOC_TOP_PAD_ is set in the environment (the user's choice wins). `heap_pad_applied()` tells whether it
was set.
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import platform
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NoReturn, TypeVar

from google.protobuf.message import DecodeError

from .._native import NativeLibrary, UnexpectedResponse
from ..channel import DirectChannel
from ..errors import CallTimeoutError, PluginLoadError, PluginPanicError, ProtocolError, raise_for_error
from ..handle import InteropPath, PluginHandle
from ..wire.constants import FFI_ABI_VERSION
from ..wire.messages import ActionResult, Envelope, Memory, PluginManifest, State, struct_from_mapping

_T = TypeVar("_T")


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


class NativePlugin(PluginHandle):
    """A Rust plugin loaded in-process through the C ABI."""

    path: InteropPath = "ffi"

    def __init__(self, library: NativeLibrary, manifest: PluginManifest, *, source: str) -> None:
        super().__init__(manifest, source=source)
        #: The Channel contract of this path: `request` is the direct call (`_call`).
        self.channel = self._direct = DirectChannel(self._call, name=f"ffi {source}")
        self.library = library
        self._native_call = library.call
        self._native_action = library.invoke_action

    @property
    def _label(self) -> str:
        return f"{self.name!r} ({self.source})"

    def call_bytes(self, request: bytes) -> bytes:
        """Passes one serialized Envelope to the library and returns the response bytes (unparsed)."""
        self._check_open()
        return self._native_call(request)

    async def _in_thread(self, fn: Callable[..., _T], timeout: float, *args: object) -> _T:
        try:
            return await asyncio.wait_for(asyncio.to_thread(fn, *args), timeout)
        except TimeoutError:
            raise CallTimeoutError(
                f"Rust plugin {self._label} did not answer within {timeout} s "
                "(the native call cannot be interrupted and finishes in the background)"
            ) from None

    async def _call_bytes(self, data: bytes, timeout: float | None) -> bytes:
        if timeout is None:
            return self._native_call(data)
        return await self._in_thread(self._native_call, timeout, data)

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        out = await self._call_bytes(request.SerializeToString(), timeout)
        return _parse_envelope(out, plugin=self._label, request=str(request.WhichOneof("body")))

    def _fast_action(
        self, timeout: float | None, action: str, memory: Memory, state: State | None, options: Any
    ) -> Any:
        """The `_fast` hook of `invoke_action`: the extension builds the request Envelope around the
        serialized Memory and hands back only the serialized ActionResult of an `action.result` answer (else
        it raises UnexpectedResponse). Synchronous without a timeout; with one, the whole call runs in a
        worker thread."""
        if self._closed:
            self._check_open()
        if timeout is not None:
            return self._in_thread(self._fast_action, timeout, None, action, memory, state, options)
        mem = memory.SerializeToString()
        st = state.SerializeToString() if state is not None else None
        opts = struct_from_mapping(options).SerializeToString() if options else None
        try:
            out = self._native_action(action, mem, st, opts)
        except UnexpectedResponse as e:
            self._raise_unexpected(e)
        try:
            return ActionResult.FromString(out)
        except DecodeError as e:
            raise ProtocolError(
                f"Rust plugin {self._label} answered action.invoke with an undecodable ActionResult: {e}"
            ) from e

    _fast: ClassVar[dict[str, Callable[..., Any]]] = {"invoke_action": _fast_action}

    def _raise_unexpected(self, e: UnexpectedResponse) -> NoReturn:
        """Raise for an answer to `action.invoke` that is not an `action.result`: its Envelope's error, else a
        ProtocolError."""
        env = _parse_envelope(e.args[0], plugin=self._label, request="action.invoke")
        raise_for_error(env)
        kind = env.WhichOneof("body")
        raise ProtocolError(
            f"Rust plugin {self._label} answered {kind!r} to a request expecting 'action_result'"
        ) from None

    def _init_sync(self, config: Mapping[str, str]) -> None:
        env, req = self._new_request("plugin_init")
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
        await self._direct.close()


HEAP_TOP_PAD = 4 * 1024 * 1024
_M_TOP_PAD = -2  # glibc malloc.h
_heap_pad: bool | None = None


def heap_pad_applied() -> bool:
    """Whether this process runs with the FFI path's glibc M_TOP_PAD (see the module doc). Sets it once."""
    global _heap_pad
    if _heap_pad is None:
        _heap_pad = False
        if "MALLOC_TOP_PAD_" not in os.environ and platform.libc_ver()[0] == "glibc":
            try:
                _heap_pad = bool(ctypes.CDLL(None).mallopt(_M_TOP_PAD, HEAP_TOP_PAD))
            except (OSError, AttributeError):
                _heap_pad = False
    return _heap_pad


def load_rust_plugin(
    path: str | os.PathLike[str], *, config: Mapping[str, str] | None = None
) -> NativePlugin:
    """Loads a Rust plugin library (C ABI v1) and returns its handle (`plugin.init` first if `config`).

    Raises `PluginLoadError` (missing or unloadable file, failed manifest.get or init) or `AbiVersionError`
    (another ABI version, or a required symbol missing). `PluginCallError` when the plugin refuses `config`.
    """
    source = os.fspath(path)
    heap_pad_applied()
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


__all__ = [
    "FFI_ABI_VERSION",
    "HEAP_TOP_PAD",
    "NativeLibrary",
    "NativePlugin",
    "heap_pad_applied",
    "load_rust_plugin",
]
