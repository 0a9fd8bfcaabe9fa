//! The C ABI of docs/PROTOCOL.md §3, version 1. [`export_plugin!`](crate::export_plugin) (feature `ffi` of the
//! plugin crate) generates the three `extern "C"` symbols and forwards them to [`call`] and [`free`].
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::plugin::Plugin;

pub use crate::wire::constants::{FFI_ABI_VERSION, FFI_SYMBOL_ABI_VERSION, FFI_SYMBOL_CALL, FFI_SYMBOL_FREE};
/// Status: `*out` is a response Envelope.
pub const STATUS_OK: i32 = 0;
/// Status: the plugin panicked; `*out` is the UTF-8 panic message.
pub const STATUS_PANIC: i32 = 1;
/// Status: the call was refused (null `out`/`out_len`, or a null `input` with a non-zero length).
pub const STATUS_INVALID_ARGUMENT: i32 = 2;

/// The message of a panic payload (`&str` or `String`; anything else is described generically).
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "plugin panicked with a non-string payload".to_owned()
    }
}

/// Implements `elizaos_interop_call`: runs `plugin()` (which may create the instance) and dispatches `input`,
/// with every panic caught. The bytes stored in `*out` are a leaked `Box<[u8]>` of length `*out_len`.
///
/// # Safety
/// `input` must point to `input_len` readable bytes (or be null with `input_len == 0`); `out` and `out_len`
/// must be valid for writes.
pub unsafe fn call(
    plugin: fn() -> &'static dyn Plugin,
    input: *const u8,
    input_len: usize,
    out: *mut *mut u8,
    out_len: *mut usize,
) -> i32 {
    if out.is_null() || out_len.is_null() {
        return STATUS_INVALID_ARGUMENT;
    }
    let (status, bytes) = if input.is_null() && input_len != 0 {
        (STATUS_INVALID_ARGUMENT, b"elizaos_interop_call: null input with non-zero length".to_vec())
    } else {
        let input: &[u8] = if input_len == 0 {
            &[]
        } else {
            // SAFETY: the caller guarantees `input` points to `input_len` readable bytes.
            unsafe { std::slice::from_raw_parts(input, input_len) }
        };
        match catch_unwind(AssertUnwindSafe(|| crate::serve::dispatch::handle(plugin(), input))) {
            Ok(bytes) => (STATUS_OK, bytes),
            Err(payload) => {
                let message = catch_unwind(AssertUnwindSafe(|| panic_message(payload.as_ref())))
                    .unwrap_or_else(|_| "plugin panicked".to_owned());
                // Dropping a payload can itself panic; never let that unwind across the C boundary.
                let _ = catch_unwind(AssertUnwindSafe(move || drop(payload)));
                (STATUS_PANIC, message.into_bytes())
            }
        }
    };
    let boxed: Box<[u8]> = bytes.into_boxed_slice();
    let len = boxed.len();
    // SAFETY: `out` and `out_len` are non-null and valid for writes (caller contract).
    unsafe {
        *out_len = len;
        *out = Box::into_raw(boxed).cast::<u8>();
    }
    status
}

/// Implements `elizaos_interop_free`: frees bytes returned by [`call`] (null is ignored).
///
/// # Safety
/// `ptr`/`len` must be exactly a pair [`call`] returned, freed once.
pub unsafe fn free(ptr: *mut u8, len: usize) {
    if !ptr.is_null() {
        // SAFETY: `ptr`/`len` came from `Box::<[u8]>::into_raw` in `call`.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) });
    }
}
