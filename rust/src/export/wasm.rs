//! The WASM ABI of docs/PROTOCOL.md §4, version 1: what [`export_plugin!`](crate::export_plugin) generates for
//! `target_arch = "wasm32"` under the plugin crate's `wasm` feature.
//!
//! | export | signature |
//! |---|---|
//! | `memory` | the module's linear memory (exported by the linker) |
//! | `alloc` | `(len: i32) -> i32` |
//! | `dealloc` | `(ptr: i32, len: i32)` |
//! | `eliza_abi_version` | `() -> i32`, returns [`WASM_ABI_VERSION`] |
//! | `eliza_call` | `(ptr: i32, len: i32) -> i64`, packed `(out_ptr << 32) \| out_len` |
//!
//! Every buffer crossing the boundary is allocated with `Layout::array::<u8>(len)` (alignment 1), so the host
//! frees with `dealloc(ptr, len)` whatever `alloc` or `eliza_call` returned. `eliza_call` takes ownership of its
//! input. A panic aborts (`panic = "abort"` in the `wasm` profile), which is a trap: the host fails that call
//! and re-instantiates the module. The helpers below are target-independent so they are unit-tested natively.
use std::alloc::{alloc as raw_alloc, dealloc as raw_dealloc, Layout};

use crate::plugin::Plugin;

pub use crate::wire::constants::WASM_ABI_VERSION;

/// Allocates `len` bytes for the host (alignment 1). A zero-length request returns a dangling, non-null
/// pointer that [`dealloc`] ignores. Aborts (traps) when the allocation fails.
pub fn alloc(len: usize) -> *mut u8 {
    if len == 0 {
        return std::ptr::NonNull::<u8>::dangling().as_ptr();
    }
    let layout = Layout::array::<u8>(len).unwrap_or_else(|_| std::process::abort());
    // SAFETY: layout has a non-zero size.
    let ptr = unsafe { raw_alloc(layout) };
    if ptr.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    ptr
}

/// Frees a buffer returned by [`alloc`] or [`call`].
///
/// # Safety
/// `ptr`/`len` must come from [`alloc`] or [`call`] and be freed once.
pub unsafe fn dealloc(ptr: *mut u8, len: usize) {
    if len == 0 || ptr.is_null() {
        return;
    }
    // SAFETY: the caller passes back a (ptr, len) pair allocated with this exact layout.
    unsafe { raw_dealloc(ptr, Layout::array::<u8>(len).unwrap_or_else(|_| std::process::abort())) }
}

/// Handles one request: reads and frees the input buffer, dispatches it to `plugin`, and returns the response
/// bytes as a leaked allocation `(ptr, len)` for the host to copy and give back with [`dealloc`].
///
/// # Safety
/// `ptr`/`len` must be a buffer returned by [`alloc`] holding the request (ownership passes to this function).
pub unsafe fn call(plugin: &dyn Plugin, ptr: *mut u8, len: usize) -> (*mut u8, usize) {
    let output = {
        let input: &[u8] = if len == 0 {
            &[]
        } else {
            // SAFETY: the caller guarantees `len` readable bytes at `ptr`.
            unsafe { std::slice::from_raw_parts(ptr, len) }
        };
        crate::serve::dispatch::handle(plugin, input)
    };
    // SAFETY: forwarded caller contract; the input is no longer borrowed.
    unsafe { dealloc(ptr, len) };
    let boxed: Box<[u8]> = output.into_boxed_slice();
    let out_len = boxed.len();
    if out_len == 0 {
        return (std::ptr::NonNull::<u8>::dangling().as_ptr(), 0);
    }
    // A Box<[u8]> of length n is allocated with Layout::array::<u8>(n): `dealloc(ptr, n)` frees it.
    (Box::into_raw(boxed).cast::<u8>(), out_len)
}

/// Packs an output buffer for `eliza_call`'s i64 result: `(ptr << 32) | len` (both 32-bit on wasm32).
pub fn pack(ptr: u32, len: u32) -> i64 {
    ((u64::from(ptr) << 32) | u64::from(len)) as i64
}

/// The WASM ABI exports; used by [`export_plugin!`](crate::export_plugin) under the plugin crate's `wasm`
/// feature. Emits nothing on other targets. The plugin instance lives in a `OnceLock` created on the first call.
#[doc(hidden)]
#[macro_export]
macro_rules! __export_wasm {
    ($ctor:expr) => {
        #[cfg(target_arch = "wasm32")]
        #[doc(hidden)]
        pub mod __elizaos_interop_wasm_exports {
            #[allow(unused_imports)]
            use super::*;

            fn plugin() -> &'static dyn $crate::Plugin {
                static INSTANCE: ::std::sync::OnceLock<::std::boxed::Box<dyn $crate::Plugin>> =
                    ::std::sync::OnceLock::new();
                INSTANCE.get_or_init(|| ::std::boxed::Box::new($ctor)).as_ref()
            }

            /// Allocates `len` bytes for the host (WASM ABI v1).
            #[no_mangle]
            pub extern "C" fn alloc(len: i32) -> i32 {
                $crate::export::wasm::alloc(len as u32 as usize) as usize as i32
            }

            /// Frees what `alloc` or `eliza_call` returned (WASM ABI v1).
            ///
            /// # Safety
            /// `ptr`/`len` must come from `alloc` or `eliza_call`, freed once.
            #[no_mangle]
            pub unsafe extern "C" fn dealloc(ptr: i32, len: i32) {
                // SAFETY: forwarded host contract.
                unsafe { $crate::export::wasm::dealloc(ptr as u32 as usize as *mut u8, len as u32 as usize) }
            }

            /// The WASM ABI version, 1.
            #[no_mangle]
            pub extern "C" fn eliza_abi_version() -> i32 {
                $crate::export::wasm::WASM_ABI_VERSION
            }

            /// Handles one request Envelope written by the host at `ptr` (from `alloc`; freed here) and
            /// returns the response Envelope packed as `(out_ptr << 32) | out_len`.
            ///
            /// # Safety
            /// `ptr`/`len` must be a buffer from `alloc` holding the request.
            #[no_mangle]
            pub unsafe extern "C" fn eliza_call(ptr: i32, len: i32) -> i64 {
                // SAFETY: forwarded host contract.
                let (out, out_len) =
                    unsafe { $crate::export::wasm::call(plugin(), ptr as u32 as usize as *mut u8, len as u32 as usize) };
                $crate::export::wasm::pack(out as usize as u32, out_len as u32)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::envelope::Body;
    use crate::proto::{CrossLanguagePluginManifest, Envelope, ManifestRequest};
    use prost::Message;

    struct Named;
    impl Plugin for Named {
        fn manifest(&self) -> CrossLanguagePluginManifest {
            CrossLanguagePluginManifest { name: "named".into(), ..Default::default() }
        }
    }

    #[test]
    fn call_round_trip_frees_input_and_returns_owned_output() {
        let request = Envelope {
            body: Some(Body::ManifestGet(ManifestRequest { r#type: "manifest.get".into(), id: "1".into() })),
        }
        .encode_to_vec();
        let ptr = alloc(request.len());
        // SAFETY: ptr holds request.len() writable bytes.
        unsafe { std::ptr::copy_nonoverlapping(request.as_ptr(), ptr, request.len()) };
        // SAFETY: ptr came from alloc and holds the request.
        let (out, out_len) = unsafe { call(&Named, ptr, request.len()) };
        // SAFETY: call returned out_len readable bytes at out.
        let bytes = unsafe { std::slice::from_raw_parts(out, out_len) }.to_vec();
        // SAFETY: (out, out_len) came from call.
        unsafe { dealloc(out, out_len) };
        let response = Envelope::decode(bytes.as_slice()).expect("response decodes");
        match response.body {
            Some(Body::ManifestResult(r)) => assert_eq!(r.manifest.expect("manifest").name, "named"),
            other => panic!("unexpected response {other:?}"),
        }
    }

    #[test]
    fn zero_length_buffers_are_safe() {
        let ptr = alloc(0);
        assert!(!ptr.is_null());
        // SAFETY: zero-length pair from alloc.
        let (out, out_len) = unsafe { call(&Named, ptr, 0) };
        assert!(out_len > 0, "an empty request is answered with an error envelope");
        // SAFETY: (out, out_len) came from call.
        unsafe { dealloc(out, out_len) };
    }

    #[test]
    fn pack_puts_pointer_high_and_length_low() {
        assert_eq!(pack(0x1234, 0x56) as u64, 0x0000_1234_0000_0056);
        assert_eq!(pack(u32::MAX, u32::MAX) as u64, u64::MAX);
    }
}
