"""The process-wide wasmtime engine of the WASM path: fuel metering and epoch interruption (ticked by a
daemon thread), each distinct module compiled once (by SHA-256, and cached on disk), and the raw ctypes entry
points of the hot path (docs/PROTOCOL.md §4)."""

from __future__ import annotations

import ctypes
import hashlib
import logging
import math
import os
import threading
import time
from typing import Any, Final

import wasmtime
from wasmtime import _bindings as ffi

from ..errors import (
    PluginLoadError,
)

log = logging.getLogger("elizaos_interop.wasm")


#: Defaults, overridable per plugin.
DEFAULT_MAX_MODULE_BYTES: Final = 64 * 1024 * 1024
DEFAULT_MAX_MEMORY_BYTES: Final = 256 * 1024 * 1024
DEFAULT_FUEL: Final = 2_000_000_000
DEFAULT_DEADLINE: Final = 10.0

#: Epoch tick of the engine's ticker thread, in seconds (deadline resolution).
EPOCH_TICK: Final = 0.005

REQUIRED_EXPORTS: Final = {
    "memory": "memory",
    "alloc": "func (i32) -> i32",
    "dealloc": "func (i32, i32)",
    "eliza_abi_version": "func () -> i32",
    "eliza_call": "func (i32, i32) -> i64",
}
_I32 = wasmtime.ValType.i32()
_I64 = wasmtime.ValType.i64()
SIGNATURES: Final[dict[str, tuple[list[wasmtime.ValType], list[wasmtime.ValType]]]] = {
    "alloc": ([_I32], [_I32]),
    "dealloc": ([_I32, _I32], []),
    "eliza_abi_version": ([], [_I32]),
    "eliza_call": ([_I32, _I32], [_I64]),
}

OUT_OF_FUEL = wasmtime.TrapCode.OUT_OF_FUEL.value
INTERRUPT = wasmtime.TrapCode.INTERRUPT.value


_DLL: ctypes.CDLL = ffi.dll  # type: ignore[attr-defined]


def _private_fn(name: str, restype: Any) -> Any:
    """A private ctypes function object for `name` (dll[name] makes a new object, so setting restype and
    dropping argtypes conversion does not touch wasmtime's own bindings)."""
    fn = _DLL[name]
    fn.restype = restype
    fn.argtypes = None  # type: ignore[assignment]  # no per-argument conversion on the hot path
    return fn


# Hot-path entry points: arguments are passed as pre-built ctypes objects (pointers, byref(), c_uint64).
call_unchecked = _private_fn("wasmtime_func_call_unchecked", ctypes.c_void_p)
set_fuel = _private_fn("wasmtime_context_set_fuel", ctypes.c_void_p)
set_epoch_deadline = _private_fn("wasmtime_context_set_epoch_deadline", None)
memory_data = _private_fn("wasmtime_memory_data", ctypes.c_void_p)
memory_data_size = _private_fn("wasmtime_memory_data_size", ctypes.c_size_t)
memmove = ctypes.memmove
string_at = ctypes.string_at
byref = ctypes.byref
c_uint64 = ctypes.c_uint64


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


def engine() -> _Engine:
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                _ENGINE = _Engine()
    return _ENGINE


def deadline_ticks(seconds: float) -> int:
    return max(1, math.ceil(seconds / EPOCH_TICK))


__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_FUEL",
    "DEFAULT_MAX_MEMORY_BYTES",
    "DEFAULT_MAX_MODULE_BYTES",
    "INTERRUPT",
    "OUT_OF_FUEL",
    "REQUIRED_EXPORTS",
    "SIGNATURES",
    "cache_dir",
    "deadline_ticks",
    "engine",
]
