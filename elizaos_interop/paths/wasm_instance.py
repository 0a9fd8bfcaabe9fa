"""One wasmtime instance of a WASM plugin (its Store, memory and exports) and the traps it can raise."""

from __future__ import annotations

import ctypes
import logging
from typing import Any

import wasmtime
from wasmtime import _bindings as ffi

from ..errors import (
    PluginLoadError,
    ResourceLimitError,
)
from .wasm_engine import (
    INTERRUPT,
    OUT_OF_FUEL,
    byref,
    call_unchecked,
    deadline_ticks,
    engine,
    memory_data,
    memory_data_size,
)

log = logging.getLogger("elizaos_interop.wasm")


# --------------------------------------------------------------------------------------------- instance


class Trap(Exception):
    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(message)
        self.code = code


def trap_from(err: int | None, trap: Any) -> Trap:
    """Build a `Trap` from what wasmtime_func_call_unchecked reported (an error pointer, or a trap)."""
    if err:
        exc = wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
        message = str(exc)
        code: int | None = None
        if "all fuel consumed" in message:
            code = OUT_OF_FUEL
        elif "interrupt" in message:
            code = INTERRUPT
        return Trap(code, message)
    code_out = ffi.wasmtime_trap_code_t()
    has_code = ffi.wasmtime_trap_code(trap, byref(code_out))
    trap_obj = wasmtime.Trap._from_ptr(trap)
    return Trap(code_out.value if has_code else None, trap_obj.message)


class Instance:
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
        wt_engine = engine().engine
        self.store = store = wasmtime.Store(wt_engine)
        store.set_limits(memory_size=max_memory_bytes)
        # the module's start function (e.g. AssemblyScript's runtime init) runs under a call's limits
        store.set_fuel(fuel if fuel is not None else 2**63 - 1)
        store.set_epoch_deadline(deadline_ticks(deadline) if deadline is not None else 2**62)
        try:
            if wasi:
                cfg = wasmtime.WasiConfig()  # nothing inherited: no args, env, stdio, preopened dirs
                store.set_wasi(cfg)
                linker = wasmtime.Linker(wt_engine)
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
        self.memory_ref = byref(memory._memory)
        self.alloc = byref(funcs["alloc"]._func)
        self.dealloc = byref(funcs["dealloc"]._func)
        self.abi = byref(funcs["eliza_abi_version"]._func)
        self.call = byref(funcs["eliza_call"]._func)
        # Raw argument/result slots shared by every call (2 covers every ABI export's params and results).
        self.args = (ffi.wasmtime_val_raw * 2)()
        self.a0 = self.args[0]  # views into `args` (indexing a ctypes array builds a new view each time)
        self.a1 = self.args[1]
        self.trap = ctypes.POINTER(ffi.wasm_trap_t)()
        self.trap_ref = byref(self.trap)
        self.size = -1
        self.base = 0
        self.refresh_memory()

    def invoke(self, func: Any) -> None:
        """Call `func` with `self.args` (which also receives the results); raise `Trap` on a trap."""
        err = call_unchecked(self.ctx, func, self.args, 2, self.trap_ref)
        if err or self.trap:
            raise self.take_trap(err)

    def take_trap(self, err: int | None) -> Trap:
        trap = self.trap
        self.trap = ctypes.POINTER(ffi.wasm_trap_t)()
        self.trap_ref = byref(self.trap)
        return trap_from(err, trap)

    def refresh_memory(self) -> int:
        """Re-read the memory size (the base never moves: the engine sets `memory_may_move = False`)."""
        size: int = memory_data_size(self.ctx, self.memory_ref)
        self.size = size
        if not self.base:
            self.base = memory_data(self.ctx, self.memory_ref) or 0
        return size

    def memory_size(self) -> int:
        return int(memory_data_size(self.ctx, self.memory_ref))


__all__ = ["Instance", "Trap"]
