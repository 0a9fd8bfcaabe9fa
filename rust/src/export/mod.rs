//! Plugin-side exports: [`export_plugin!`](crate::export_plugin) puts one [`Plugin`](crate::Plugin) behind the FFI
//! ([`ffi`]) and WASM ([`wasm`]) ABIs; [`export_ipc_main!`](crate::export_ipc_main) serves it over IPC.
//!
//! ```ignore
//! elizaos_interop::export_plugin!(MyPlugin::new());
//! ```
//! The plugin crate declares `ffi = ["elizaos-interop/ffi"]` and `wasm = ["elizaos-interop/wasm"]`; the
//! generated code is selected by those features of the plugin crate. The instance is created lazily on the
//! first call (`std::sync::OnceLock`) and lives as long as the library. An IPC server binary instead calls
//! `elizaos_interop::serve::server::main` (feature `ipc-server`), see [`export_ipc_main!`](crate::export_ipc_main).

pub mod ffi;
pub mod wasm;

/// Exports a plugin: `export_plugin!(MyPlugin::new())`.
///
/// Always defines `__elizaos_interop_plugin() -> &'static dyn Plugin` (the lazily created instance). With the
/// plugin crate's feature `ffi`, exports `elizaos_interop_abi_version`, `elizaos_interop_call` and
/// `elizaos_interop_free` (docs/PROTOCOL.md §3); with `wasm`, the WASM ABI (§4) through `__export_wasm!`.
#[macro_export]
macro_rules! export_plugin {
    ($ctor:expr) => {
        /// The plugin instance behind the exports, created on first use.
        #[doc(hidden)]
        pub fn __elizaos_interop_plugin() -> &'static dyn $crate::Plugin {
            static INSTANCE: ::std::sync::OnceLock<::std::boxed::Box<dyn $crate::Plugin>> =
                ::std::sync::OnceLock::new();
            INSTANCE.get_or_init(|| ::std::boxed::Box::new($ctor)).as_ref()
        }

        #[cfg(feature = "ffi")]
        $crate::__export_ffi!(__elizaos_interop_plugin);

        #[cfg(feature = "wasm")]
        $crate::__export_wasm!($ctor);
    };
}

/// The C ABI exports; used by [`export_plugin!`](crate::export_plugin).
#[doc(hidden)]
#[macro_export]
macro_rules! __export_ffi {
    ($get:ident) => {
        /// C ABI version of this library (docs/PROTOCOL.md §3).
        #[no_mangle]
        pub extern "C" fn elizaos_interop_abi_version() -> u32 {
            $crate::wire::constants::FFI_ABI_VERSION
        }

        /// Handles one Envelope; see docs/PROTOCOL.md §3.
        ///
        /// # Safety
        /// `input` must point to `input_len` readable bytes; `out` and `out_len` must be writable.
        #[no_mangle]
        pub unsafe extern "C" fn elizaos_interop_call(
            input: *const u8,
            input_len: usize,
            out: *mut *mut u8,
            out_len: *mut usize,
        ) -> i32 {
            // SAFETY: forwarded caller contract.
            unsafe { $crate::export::ffi::call($get, input, input_len, out, out_len) }
        }

        /// Frees what `elizaos_interop_call` returned.
        ///
        /// # Safety
        /// `ptr`/`len` must be a pair returned by `elizaos_interop_call`, freed once.
        #[no_mangle]
        pub unsafe extern "C" fn elizaos_interop_free(ptr: *mut u8, len: usize) {
            // SAFETY: forwarded caller contract.
            unsafe { $crate::export::ffi::free(ptr, len) }
        }
    };
}

/// Defines `fn main()` for a plugin's IPC server binary (`src/bin/<name>-ipc.rs`, feature `ipc-server`):
/// `elizaos_interop::export_ipc_main!(MyPlugin::new());` serves it with the transport flags of
/// docs/PROTOCOL.md §2 (`--stdio`, `--unix PATH`, `--tcp HOST:PORT`).
#[macro_export]
macro_rules! export_ipc_main {
    ($ctor:expr) => {
        fn main() {
            $crate::serve::server::main($ctor)
        }
    };
}
