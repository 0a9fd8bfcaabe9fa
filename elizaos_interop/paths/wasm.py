"""WASM path: load a `.wasm` plugin (WASM ABI v1, docs/PROTOCOL.md §4) into wasmtime, sandboxed.

One process-wide wasmtime `Engine` (fuel metering + epoch interruption, ticked by a daemon thread) compiles
each distinct module once (cached by SHA-256 of its bytes). Every `WasmPlugin` owns its own `Store` and
instance with a memory cap (`max_memory_bytes`); every call gets a fuel budget (`fuel`) and a wall-clock
deadline (`deadline`, or the call's `timeout` when smaller).

The hot path does not use wasmtime's high-level `Func.__call__` (~17 µs a call): it calls
`wasmtime_func_call_unchecked` through ctypes with pre-allocated raw argument arrays and copies bytes
with `memmove`/`string_at`, re-reading the memory base and size after every call (memory may grow).

A trap fails only the call that trapped: out of fuel -> `FuelExhaustedError`, deadline ->
`DeadlineExceededError`, anything else (panic/abort, memory limit, out-of-bounds) -> `WasmTrapError`. The
instance is then discarded (a warning is logged) and a fresh one is created for the next call: state the
plugin kept in memory is lost, and `init` is not replayed.

Calls run synchronously on the calling thread (they are bounded by fuel and deadline); a lock serialises
calls from several threads on one handle.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
import time
from collections.abc import Mapping
from typing import Any

import wasmtime
from wasmtime import _bindings as ffi

from ..channel import DirectChannel
from ..errors import (
    AbiVersionError,
    DeadlineExceededError,
    FuelExhaustedError,
    PluginLoadError,
    ProtocolError,
    ResourceLimitError,
    WasmTrapError,
)
from ..handle import InteropPath, PluginHandle
from ..wire.constants import WASM_ABI_VERSION
from ..wire.messages import Envelope, JsonValue, PluginManifest
from .wasm_engine import (
    DEFAULT_DEADLINE,
    DEFAULT_FUEL,
    DEFAULT_MAX_MEMORY_BYTES,
    DEFAULT_MAX_MODULE_BYTES,
    INTERRUPT,
    OUT_OF_FUEL,
    REQUIRED_EXPORTS,
    SIGNATURES,
    c_uint64,
    cache_dir,
    call_unchecked,
    deadline_ticks,
    engine,
    memmove,
    set_epoch_deadline,
    set_fuel,
    string_at,
)
from .wasm_instance import Instance, Trap

log = logging.getLogger("elizaos_interop.wasm")


# --------------------------------------------------------------------------------------------- plugin


class WasmPlugin(PluginHandle):
    """A plugin running in a sandboxed wasmtime instance (path "wasm")."""

    path: InteropPath = "wasm"

    def __init__(
        self,
        module: wasmtime.Module,
        *,
        source: str,
        max_memory_bytes: int,
        fuel: int | None,
        deadline: float | None,
        wasi: bool,
    ) -> None:
        self._module = module
        self._max_memory_bytes = max_memory_bytes
        self._fuel = fuel
        self._deadline = deadline
        self._wasi = wasi
        self._lock = threading.Lock()
        self._source_path = source
        self._fuel_arg = c_uint64(fuel if fuel is not None else 2**63 - 1)
        self._ticks_arg = c_uint64(deadline_ticks(deadline) if deadline is not None else 2**62)
        self._instance: Instance | None = self._new_instance()
        self._call_now = self._call_sync
        #: Number of times the instance was re-created after a trap.
        self.restarts = 0
        version = self._abi_version()
        if version != WASM_ABI_VERSION:
            raise AbiVersionError(
                f"{source}: eliza_abi_version() returned {version}, "
                f"this host speaks WASM ABI {WASM_ABI_VERSION}"
            )
        request = Envelope()
        request.manifest_get.type = "manifest.get"
        request.manifest_get.id = "0"
        response = self._call_sync(request, None)
        kind = response.WhichOneof("body")
        if kind == "error":
            raise PluginLoadError(f"{source}: manifest.get failed: {response.error.error}")
        if kind != "manifest_result":
            raise PluginLoadError(f"{source}: answered {kind!r} to manifest.get")
        super().__init__(response.manifest_result.manifest, source=source)
        #: The Channel contract of this path: `request` is the direct call into the module (`_call`).
        self.channel = self._direct = DirectChannel(self._call, name=f"wasm {source}")

    async def db_call(
        self, method: str, params: Mapping[str, JsonValue], *, timeout: float | None = None
    ) -> JsonValue:
        """`db.call`. A wasm32 module has no clock, so the host passes its wall clock as param `now`
        (ms since the epoch) unless the caller gave one (docs/PROTOCOL.md, WASM ABI)."""
        if "now" not in params:
            params = {**params, "now": time.time_ns() // 1_000_000}
        return await super().db_call(method, params, timeout=timeout)

    # -- limits, introspection

    @property
    def max_memory_bytes(self) -> int:
        return self._max_memory_bytes

    @property
    def fuel(self) -> int | None:
        return self._fuel

    @property
    def deadline(self) -> float | None:
        return self._deadline

    def memory_bytes(self) -> int:
        """Current size of the instance's linear memory (0 when no instance is live)."""
        inst = self._instance
        return inst.memory_size() if inst is not None else 0

    # -- internals

    def _new_instance(self) -> Instance:
        return Instance(
            self._module,
            max_memory_bytes=self._max_memory_bytes,
            fuel=self._fuel,
            deadline=self._deadline,
            wasi=self._wasi,
            source=self._source_path,
        )

    def _arm(self, inst: Instance, timeout: float | None) -> None:
        err = set_fuel(inst.ctx, self._fuel_arg)
        if err:
            raise wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
        if timeout is not None and (self._deadline is None or timeout < self._deadline):
            set_epoch_deadline(inst.ctx, c_uint64(deadline_ticks(timeout)))
        else:
            set_epoch_deadline(inst.ctx, self._ticks_arg)

    def _abi_version(self) -> int:
        inst = self._instance
        assert inst is not None
        self._arm(inst, None)
        try:
            inst.invoke(inst.abi)
        except Trap as exc:
            raise AbiVersionError(f"{self._source_path}: eliza_abi_version() trapped: {exc}") from exc
        return int(inst.args[0].i32)

    def _fail(self, inst: Instance, trap: Trap, what: str, timeout: float | None) -> Exception:
        """Discard the instance and build the typed error for `trap`."""
        self._instance = None
        self.restarts += 1
        name = getattr(self, "manifest", None)
        who = f"plugin {name.name!r}" if isinstance(name, PluginManifest) else self._source_path
        log.warning(
            "%s trapped in %s (%s); the instance is discarded and re-created on the next call",
            who,
            what,
            trap,
        )
        if trap.code == OUT_OF_FUEL:
            return FuelExhaustedError(f"{who}: {what} ran out of fuel (fuel={self._fuel})")
        if trap.code == INTERRUPT:
            deadline = self._deadline
            if timeout is not None and (deadline is None or timeout < deadline):
                deadline = timeout
            return DeadlineExceededError(f"{who}: {what} exceeded its deadline of {deadline} s")
        size = inst.memory_size()
        if size > inst.size and size * 2 >= self._max_memory_bytes:
            return WasmTrapError(
                f"{who}: {what} trapped at the memory limit (max_memory_bytes={self._max_memory_bytes}, "
                f"memory grew from {inst.size} bytes, when the host last read its size, to {size}; "
                f"memory.grow beyond the limit is refused): {trap}"
            )
        return WasmTrapError(f"{who}: {what} trapped: {trap}")

    def _call_sync(self, request: Envelope, timeout: float | None) -> Envelope:
        data = request.SerializeToString()
        n = len(data)
        with self._lock:
            inst = self._instance
            if inst is None:
                inst = self._instance = self._new_instance()
            ctx = inst.ctx
            # arm: fuel and deadline for this call (alloc + eliza_call + dealloc share them)
            err = set_fuel(ctx, self._fuel_arg)
            if err:
                raise wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
            if timeout is not None and (self._deadline is None or timeout < self._deadline):
                set_epoch_deadline(ctx, c_uint64(deadline_ticks(timeout)))
            else:
                set_epoch_deadline(ctx, self._ticks_arg)
            args = inst.args
            a0 = inst.a0
            a1 = inst.a1
            trap_ref = inst.trap_ref
            try:
                a0.i32 = n
                err = call_unchecked(ctx, inst.alloc, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
                ptr = a0.i32 & 0xFFFFFFFF
                if ptr + n > inst.size and ptr + n > inst.refresh_memory():
                    raise ProtocolError(f"alloc({n}) returned {ptr}, outside memory of {inst.size} bytes")
                memmove(inst.base + ptr, data, n)
                a0.i32 = ptr
                a1.i32 = n
                err = call_unchecked(ctx, inst.call, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
                packed = a0.i64 & 0xFFFFFFFFFFFFFFFF
                out_ptr = packed >> 32
                out_len = packed & 0xFFFFFFFF
                if out_ptr + out_len > inst.size and out_ptr + out_len > inst.refresh_memory():
                    raise ProtocolError(
                        f"eliza_call returned ({out_ptr}, {out_len}), outside memory of {inst.size} bytes"
                    )
                out = string_at(inst.base + out_ptr, out_len)
                a0.i32 = out_ptr
                a1.i32 = out_len
                err = call_unchecked(ctx, inst.dealloc, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
            except Trap as trap:
                raise self._fail(inst, trap, _describe(request), timeout) from None
            except ProtocolError as exc:
                self._instance = None
                raise ProtocolError(f"{self._source_path}: {exc}") from None
        try:
            return Envelope.FromString(out)
        except Exception as exc:  # protobuf DecodeError
            raise ProtocolError(
                f"{self._source_path}: eliza_call returned bytes that are not an Envelope: {exc}"
            ) from exc

    async def _call(self, request: Envelope, timeout: float | None) -> Envelope:
        return self._call_sync(request, timeout)

    def call_envelope(self, request: Envelope, timeout: float | None = None) -> Envelope:
        """Synchronous raw call: one request Envelope in, the response Envelope (maybe `error`) out."""
        self._check_open()
        return self._call_sync(request, timeout)

    async def close(self) -> None:
        self._closed = True
        self._instance = None
        await self._direct.close()


def _describe(request: Envelope) -> str:
    kind = request.WhichOneof("body")
    if kind is None:
        return "eliza_call"
    body = getattr(request, kind)
    target = ""
    for field in ("action", "provider", "evaluator", "model", "method"):
        value = getattr(body, field, "")
        if value:
            target = f" {value!r}"
            break
    return f"{getattr(body, 'type', kind) or kind}{target}"


def _check_exports(module: wasmtime.Module, *, wasi: bool, source: str) -> None:
    found: dict[str, Any] = {e.name: e.type for e in module.exports}
    missing = [f"{name} ({sig})" for name, sig in REQUIRED_EXPORTS.items() if name not in found]
    if missing:
        raise AbiVersionError(
            f"{source}: not a WASM ABI v{WASM_ABI_VERSION} module: missing exports {', '.join(missing)}"
        )
    if not isinstance(found["memory"], wasmtime.MemoryType):
        raise AbiVersionError(f"{source}: export 'memory' is not a memory")
    wrong = []
    for name, (params, results) in SIGNATURES.items():
        ty = found[name]
        if not isinstance(ty, wasmtime.FuncType) or list(ty.params) != params or list(ty.results) != results:
            wrong.append(f"{name} must be {REQUIRED_EXPORTS[name]}")
    if wrong:
        raise AbiVersionError(f"{source}: wrong export signatures: {'; '.join(wrong)}")
    imports = [f"{i.module}.{i.name}" for i in module.imports]
    if imports and not wasi:
        raise PluginLoadError(
            f"{source}: the module imports {', '.join(imports)}; WASM plugins have no imports unless WASI is "
            "granted (wasi=True / interop.wasi in plugin.json)"
        )
    if wasi:
        other = [i for i in imports if not i.startswith("wasi_snapshot_preview1.")]
        if other:
            raise PluginLoadError(f"{source}: imports outside WASI preview1: {', '.join(other)}")


def load_wasm_plugin(
    path: str | os.PathLike[str],
    *,
    max_module_bytes: int = DEFAULT_MAX_MODULE_BYTES,
    max_memory_bytes: int = DEFAULT_MAX_MEMORY_BYTES,
    fuel: int | None = DEFAULT_FUEL,
    deadline: float | None = DEFAULT_DEADLINE,
    wasi: bool = False,
) -> WasmPlugin:
    """Load a WASM ABI v1 plugin from a `.wasm` file (or `.wat` text).

    Limits: `max_module_bytes` (file size, checked before reading -> `ResourceLimitError`),
    `max_memory_bytes` (linear memory cap: `memory.grow` beyond it fails inside the module),
    `fuel` (instructions per call, None = unmetered), `deadline` (seconds per call, None = none).
    `wasi=True` links WASI preview1 with nothing granted: no preopened directories, no environment,
    no arguments, no inherited stdio, no sockets; random comes from the OS CSPRNG.
    """
    source = os.fspath(path)
    try:
        size = os.stat(source).st_size
    except OSError as exc:
        raise PluginLoadError(f"cannot read WASM plugin {source}: {exc}") from exc
    if size > max_module_bytes:
        raise ResourceLimitError(
            f"{source}: module is {size} bytes, over max_module_bytes={max_module_bytes}"
        )
    with open(source, "rb") as f:
        data = f.read(max_module_bytes + 1)
    if len(data) > max_module_bytes:
        raise ResourceLimitError(f"{source}: module is over max_module_bytes={max_module_bytes}")
    if source.endswith(".wat"):
        data = bytes(wasmtime.wat2wasm(data.decode()))
    module = engine().module(data, source)
    _check_exports(module, wasi=wasi, source=source)
    return WasmPlugin(
        module, source=source, max_memory_bytes=max_memory_bytes, fuel=fuel, deadline=deadline, wasi=wasi
    )


__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_FUEL",
    "DEFAULT_MAX_MEMORY_BYTES",
    "DEFAULT_MAX_MODULE_BYTES",
    "WASM_ABI_VERSION",
    "WasmPlugin",
    "cache_dir",
    "load_wasm_plugin",
]
