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
import hashlib
import logging
import math
import os
import threading
import time
from collections.abc import Mapping
from typing import Any, Final

import wasmtime
from wasmtime import _bindings as ffi

from .errors import (
    AbiVersionError,
    DeadlineExceededError,
    FuelExhaustedError,
    PluginLoadError,
    ProtocolError,
    ResourceLimitError,
    WasmTrapError,
)
from .model import Envelope, EnvelopePlugin, InteropPath, JsonValue, PluginManifest

log = logging.getLogger("elizaos_interop.wasm")

#: The WASM ABI version this host speaks (docs/PROTOCOL.md §4).
WASM_ABI_VERSION: Final = 1

#: Defaults, overridable per plugin.
DEFAULT_MAX_MODULE_BYTES: Final = 64 * 1024 * 1024
DEFAULT_MAX_MEMORY_BYTES: Final = 256 * 1024 * 1024
DEFAULT_FUEL: Final = 2_000_000_000
DEFAULT_DEADLINE: Final = 10.0

#: Epoch tick of the engine's ticker thread, in seconds (deadline resolution).
EPOCH_TICK: Final = 0.005

_REQUIRED_EXPORTS: Final = {
    "memory": "memory",
    "alloc": "func (i32) -> i32",
    "dealloc": "func (i32, i32)",
    "eliza_abi_version": "func () -> i32",
    "eliza_call": "func (i32, i32) -> i64",
}
_I32 = wasmtime.ValType.i32()
_I64 = wasmtime.ValType.i64()
_SIGNATURES: Final[dict[str, tuple[list[wasmtime.ValType], list[wasmtime.ValType]]]] = {
    "alloc": ([_I32], [_I32]),
    "dealloc": ([_I32, _I32], []),
    "eliza_abi_version": ([], [_I32]),
    "eliza_call": ([_I32, _I32], [_I64]),
}

_OUT_OF_FUEL = wasmtime.TrapCode.OUT_OF_FUEL.value
_INTERRUPT = wasmtime.TrapCode.INTERRUPT.value


_DLL: ctypes.CDLL = ffi.dll  # type: ignore[attr-defined]


def _private_fn(name: str, restype: Any) -> Any:
    """A private ctypes function object for `name` (dll[name] makes a new object, so setting restype and
    dropping argtypes conversion does not touch wasmtime's own bindings)."""
    fn = _DLL[name]
    fn.restype = restype
    fn.argtypes = None  # type: ignore[assignment]  # no per-argument conversion on the hot path
    return fn


# Hot-path entry points: arguments are passed as pre-built ctypes objects (pointers, byref(), c_uint64).
_call_unchecked = _private_fn("wasmtime_func_call_unchecked", ctypes.c_void_p)
_set_fuel = _private_fn("wasmtime_context_set_fuel", ctypes.c_void_p)
_set_epoch_deadline = _private_fn("wasmtime_context_set_epoch_deadline", None)
_memory_data = _private_fn("wasmtime_memory_data", ctypes.c_void_p)
_memory_data_size = _private_fn("wasmtime_memory_data_size", ctypes.c_size_t)
_memmove = ctypes.memmove
_string_at = ctypes.string_at
_byref = ctypes.byref
_c_uint64 = ctypes.c_uint64


# --------------------------------------------------------------------------------------------- engine


class _Engine:
    """The process-wide engine, its epoch ticker and the compiled-module cache."""

    def __init__(self) -> None:
        config = wasmtime.Config()
        config.consume_fuel = True
        config.epoch_interruption = True
        # Linear memory never moves (32-bit memories fit the default 4 GiB reservation): the host keeps the
        # memory's base address for the instance's life and re-reads only its size, and only when a pointer
        # the module returned lies beyond the size it last saw (memory grew).
        config.memory_may_move = False
        self.engine = wasmtime.Engine(config)
        self._modules: dict[str, wasmtime.Module] = {}
        self._lock = threading.Lock()
        self._engine_ptr = self.engine.ptr()
        ticker = threading.Thread(target=self._tick, name="elizaos-interop-wasm-epoch", daemon=True)
        ticker.start()

    def _tick(self) -> None:
        increment = ffi.wasmtime_engine_increment_epoch
        ptr = self._engine_ptr
        while True:
            time.sleep(EPOCH_TICK)
            increment(ptr)

    def module(self, wasm: bytes, source: str) -> wasmtime.Module:
        key = hashlib.sha256(wasm).hexdigest()
        with self._lock:
            cached = self._modules.get(key)
            if cached is not None:
                return cached
        module = self._from_disk(key)
        if module is None:
            try:
                module = wasmtime.Module(self.engine, wasm)
            except wasmtime.WasmtimeError as exc:
                raise PluginLoadError(f"{source}: not a valid WebAssembly module: {exc}") from exc
            self._to_disk(key, module)
        with self._lock:
            return self._modules.setdefault(key, module)

    # On-disk cache of compiled modules (native code): one file per module hash, in a directory only this
    # user can write. wasmtime refuses (and we then recompile) a file produced by another version/config.

    def _cache_file(self, key: str) -> str | None:
        directory = cache_dir()
        if directory is None:
            return None
        return os.path.join(directory, f"{key}-{_CACHE_TAG}.cwasm")

    def _from_disk(self, key: str) -> wasmtime.Module | None:
        path = self._cache_file(key)
        if path is None or not os.path.isfile(path):
            return None
        try:
            return wasmtime.Module.deserialize_file(self.engine, path)
        except wasmtime.WasmtimeError as exc:
            log.info("ignoring stale compiled-module cache %s: %s", path, exc)
            return None

    def _to_disk(self, key: str, module: wasmtime.Module) -> None:
        path = self._cache_file(key)
        if path is None:
            return
        try:
            os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "wb") as f:
                f.write(module.serialize())
            os.replace(tmp, path)
        except OSError as exc:  # a read-only home is not an error: the module is just compiled next time
            log.info("cannot write compiled-module cache %s: %s", path, exc)


#: Bumped when the engine configuration changes (fuel + epoch interruption), so old cache files are ignored.
_CACHE_TAG: Final = "fuel-epoch-v1"


def cache_dir() -> str | None:
    """Directory of the compiled-module cache: `$ELIZAOS_INTEROP_WASM_CACHE` ("0" or "" disables it), else
    `$XDG_CACHE_HOME/elizaos-interop/wasm` (default `~/.cache/elizaos-interop/wasm`)."""
    env = os.environ.get("ELIZAOS_INTEROP_WASM_CACHE")
    if env is not None:
        return None if env in ("", "0") else env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "elizaos-interop", "wasm")


_ENGINE: _Engine | None = None
_ENGINE_LOCK = threading.Lock()


def _engine() -> _Engine:
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                _ENGINE = _Engine()
    return _ENGINE


def _deadline_ticks(seconds: float) -> int:
    return max(1, math.ceil(seconds / EPOCH_TICK))


# --------------------------------------------------------------------------------------------- instance


class _Trap(Exception):
    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(message)
        self.code = code


def _trap_from(err: int | None, trap: Any) -> _Trap:
    """Build a `_Trap` from what wasmtime_func_call_unchecked reported (an error pointer, or a trap)."""
    if err:
        exc = wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
        message = str(exc)
        code: int | None = None
        if "all fuel consumed" in message:
            code = _OUT_OF_FUEL
        elif "interrupt" in message:
            code = _INTERRUPT
        return _Trap(code, message)
    code_out = ffi.wasmtime_trap_code_t()
    has_code = ffi.wasmtime_trap_code(trap, _byref(code_out))
    trap_obj = wasmtime.Trap._from_ptr(trap)
    return _Trap(code_out.value if has_code else None, trap_obj.message)


class _Instance:
    """One Store + instance of the module, with the raw handles the hot path uses."""

    def __init__(
        self,
        module: wasmtime.Module,
        *,
        max_memory_bytes: int,
        fuel: int | None,
        deadline: float | None,
        wasi: bool,
        source: str,
    ) -> None:
        engine = _engine().engine
        self.store = store = wasmtime.Store(engine)
        store.set_limits(memory_size=max_memory_bytes)
        # the module's start function (e.g. AssemblyScript's runtime init) runs under a call's limits
        store.set_fuel(fuel if fuel is not None else 2**63 - 1)
        store.set_epoch_deadline(_deadline_ticks(deadline) if deadline is not None else 2**62)
        try:
            if wasi:
                cfg = wasmtime.WasiConfig()  # nothing inherited: no args, env, stdio, preopened dirs
                store.set_wasi(cfg)
                linker = wasmtime.Linker(engine)
                linker.define_wasi()
                instance = linker.instantiate(store, module)
            else:
                instance = wasmtime.Instance(store, module, [])
        except (wasmtime.WasmtimeError, wasmtime.Trap) as exc:
            text = str(exc)
            if "memory" in text and ("limit" in text or "minimum" in text or "exceed" in text):
                raise ResourceLimitError(
                    f"{source}: instantiation needs more memory than "
                    f"max_memory_bytes={max_memory_bytes}: {text}"
                ) from exc
            raise PluginLoadError(f"{source}: instantiation failed: {text}") from exc
        exports = instance.exports(store)
        memory = exports["memory"]
        assert isinstance(memory, wasmtime.Memory)
        funcs: dict[str, wasmtime.Func] = {}
        for name in ("alloc", "dealloc", "eliza_abi_version", "eliza_call"):
            func = exports[name]
            assert isinstance(func, wasmtime.Func)
            funcs[name] = func
        self._keep = (instance, memory, funcs)
        self.ctx = store._context()
        self.memory_ref = _byref(memory._memory)
        self.alloc = _byref(funcs["alloc"]._func)
        self.dealloc = _byref(funcs["dealloc"]._func)
        self.abi = _byref(funcs["eliza_abi_version"]._func)
        self.call = _byref(funcs["eliza_call"]._func)
        # Raw argument/result slots shared by every call (2 covers every ABI export's params and results).
        self.args = (ffi.wasmtime_val_raw * 2)()
        self.a0 = self.args[0]  # views into `args` (indexing a ctypes array builds a new view each time)
        self.a1 = self.args[1]
        self.trap = ctypes.POINTER(ffi.wasm_trap_t)()
        self.trap_ref = _byref(self.trap)
        self.size = -1
        self.base = 0
        self.refresh_memory()

    def invoke(self, func: Any) -> None:
        """Call `func` with `self.args` (which also receives the results); raise `_Trap` on a trap."""
        err = _call_unchecked(self.ctx, func, self.args, 2, self.trap_ref)
        if err or self.trap:
            raise self.take_trap(err)

    def take_trap(self, err: int | None) -> _Trap:
        trap = self.trap
        self.trap = ctypes.POINTER(ffi.wasm_trap_t)()
        self.trap_ref = _byref(self.trap)
        return _trap_from(err, trap)

    def refresh_memory(self) -> int:
        """Re-read the memory size (the base never moves: the engine sets `memory_may_move = False`)."""
        size: int = _memory_data_size(self.ctx, self.memory_ref)
        self.size = size
        if not self.base:
            self.base = _memory_data(self.ctx, self.memory_ref) or 0
        return size

    def memory_size(self) -> int:
        return int(_memory_data_size(self.ctx, self.memory_ref))


# --------------------------------------------------------------------------------------------- plugin


class WasmPlugin(EnvelopePlugin):
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
        self._fuel_arg = _c_uint64(fuel if fuel is not None else 2**63 - 1)
        self._ticks_arg = _c_uint64(_deadline_ticks(deadline) if deadline is not None else 2**62)
        self._instance: _Instance | None = self._new_instance()
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

    def _new_instance(self) -> _Instance:
        return _Instance(
            self._module,
            max_memory_bytes=self._max_memory_bytes,
            fuel=self._fuel,
            deadline=self._deadline,
            wasi=self._wasi,
            source=self._source_path,
        )

    def _arm(self, inst: _Instance, timeout: float | None) -> None:
        err = _set_fuel(inst.ctx, self._fuel_arg)
        if err:
            raise wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
        if timeout is not None and (self._deadline is None or timeout < self._deadline):
            _set_epoch_deadline(inst.ctx, _c_uint64(_deadline_ticks(timeout)))
        else:
            _set_epoch_deadline(inst.ctx, self._ticks_arg)

    def _abi_version(self) -> int:
        inst = self._instance
        assert inst is not None
        self._arm(inst, None)
        try:
            inst.invoke(inst.abi)
        except _Trap as exc:
            raise AbiVersionError(f"{self._source_path}: eliza_abi_version() trapped: {exc}") from exc
        return int(inst.args[0].i32)

    def _fail(self, inst: _Instance, trap: _Trap, what: str, timeout: float | None) -> Exception:
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
        if trap.code == _OUT_OF_FUEL:
            return FuelExhaustedError(f"{who}: {what} ran out of fuel (fuel={self._fuel})")
        if trap.code == _INTERRUPT:
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
            err = _set_fuel(ctx, self._fuel_arg)
            if err:
                raise wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
            if timeout is not None and (self._deadline is None or timeout < self._deadline):
                _set_epoch_deadline(ctx, _c_uint64(_deadline_ticks(timeout)))
            else:
                _set_epoch_deadline(ctx, self._ticks_arg)
            args = inst.args
            a0 = inst.a0
            a1 = inst.a1
            trap_ref = inst.trap_ref
            try:
                a0.i32 = n
                err = _call_unchecked(ctx, inst.alloc, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
                ptr = a0.i32 & 0xFFFFFFFF
                if ptr + n > inst.size and ptr + n > inst.refresh_memory():
                    raise ProtocolError(f"alloc({n}) returned {ptr}, outside memory of {inst.size} bytes")
                _memmove(inst.base + ptr, data, n)
                a0.i32 = ptr
                a1.i32 = n
                err = _call_unchecked(ctx, inst.call, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
                packed = a0.i64 & 0xFFFFFFFFFFFFFFFF
                out_ptr = packed >> 32
                out_len = packed & 0xFFFFFFFF
                if out_ptr + out_len > inst.size and out_ptr + out_len > inst.refresh_memory():
                    raise ProtocolError(
                        f"eliza_call returned ({out_ptr}, {out_len}), outside memory of {inst.size} bytes"
                    )
                out = _string_at(inst.base + out_ptr, out_len)
                a0.i32 = out_ptr
                a1.i32 = out_len
                err = _call_unchecked(ctx, inst.dealloc, args, 2, trap_ref)
                if err or inst.trap:
                    raise inst.take_trap(err)
            except _Trap as trap:
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
    missing = [f"{name} ({sig})" for name, sig in _REQUIRED_EXPORTS.items() if name not in found]
    if missing:
        raise AbiVersionError(
            f"{source}: not a WASM ABI v{WASM_ABI_VERSION} module: missing exports {', '.join(missing)}"
        )
    if not isinstance(found["memory"], wasmtime.MemoryType):
        raise AbiVersionError(f"{source}: export 'memory' is not a memory")
    wrong = []
    for name, (params, results) in _SIGNATURES.items():
        ty = found[name]
        if not isinstance(ty, wasmtime.FuncType) or list(ty.params) != params or list(ty.results) != results:
            wrong.append(f"{name} must be {_REQUIRED_EXPORTS[name]}")
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
    module = _engine().module(data, source)
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
