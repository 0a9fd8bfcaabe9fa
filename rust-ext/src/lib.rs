//! `elizaos_interop._native`: opens Rust plugin shared libraries through the C ABI (docs/PROTOCOL.md §3).
//!
//! `NativeLibrary(path)` loads a library, checks `elizaos_interop_abi_version() == 1` and resolves
//! `elizaos_interop_call` / `elizaos_interop_free`; `call(envelope)` passes one Envelope's bytes with the GIL
//! released and returns the response bytes. Errors are the typed exceptions of `elizaos_interop.errors`.
use std::mem::ManuallyDrop;

use libloading::Library;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

pyo3::import_exception!(elizaos_interop.errors, PluginLoadError);
pyo3::import_exception!(elizaos_interop.errors, AbiVersionError);
pyo3::import_exception!(elizaos_interop.errors, PluginPanicError);
pyo3::import_exception!(elizaos_interop.errors, ProtocolError);

/// The C ABI version this extension speaks.
pub const FFI_ABI_VERSION: u32 = 1;

type AbiVersionFn = unsafe extern "C" fn() -> u32;
type CallFn = unsafe extern "C" fn(*const u8, usize, *mut *mut u8, *mut usize) -> i32;
type FreeFn = unsafe extern "C" fn(*mut u8, usize);

const SYM_VERSION: &str = "elizaos_interop_abi_version";
const SYM_CALL: &str = "elizaos_interop_call";
const SYM_FREE: &str = "elizaos_interop_free";

/// A Rust plugin library speaking C ABI version 1.
///
/// The library stays loaded for the life of the process (unloading a Rust cdylib with live thread-locals is not
/// safe); opening the same file twice gives the same plugin instance.
#[pyclass(frozen, module = "elizaos_interop._native")]
struct NativeLibrary {
    path: String,
    abi_version: u32,
    call: CallFn,
    free: FreeFn,
    _library: ManuallyDrop<Library>,
}

fn symbol<T: Copy>(library: &Library, path: &str, name: &str) -> PyResult<T> {
    // SAFETY: the symbol's type is the one docs/PROTOCOL.md §3 specifies.
    match unsafe { library.get::<T>(name.as_bytes()) } {
        Ok(sym) => Ok(*sym),
        Err(e) => Err(AbiVersionError::new_err(format!(
            "{path} does not export {name} (not an elizaos-interop C ABI v{FFI_ABI_VERSION} plugin library; \
             build it with elizaos_interop::export_plugin! and the crate feature `ffi`): {e}"
        ))),
    }
}

#[pymethods]
impl NativeLibrary {
    #[new]
    fn new(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Self> {
        let display = path.display().to_string();
        if !path.is_file() {
            return Err(PluginLoadError::new_err(format!("Rust plugin library not found: {display}")));
        }
        // SAFETY: loading a library runs its initialisers; that is what loading a plugin means.
        let library = py
            .detach(|| unsafe { Library::new(&path) })
            .map_err(|e| PluginLoadError::new_err(format!("cannot load Rust plugin library {display}: {e}")))?;
        let version_fn: AbiVersionFn = symbol(&library, &display, SYM_VERSION)?;
        // SAFETY: `elizaos_interop_abi_version` takes nothing and returns a u32.
        let abi_version = unsafe { version_fn() };
        if abi_version != FFI_ABI_VERSION {
            return Err(AbiVersionError::new_err(format!(
                "{display} speaks elizaos-interop C ABI version {abi_version}, but this host expects version \
                 {FFI_ABI_VERSION}; rebuild the plugin against a matching elizaos-interop"
            )));
        }
        let call: CallFn = symbol(&library, &display, SYM_CALL)?;
        let free: FreeFn = symbol(&library, &display, SYM_FREE)?;
        Ok(Self { path: display, abi_version, call, free, _library: ManuallyDrop::new(library) })
    }

    /// The library's file path.
    #[getter]
    fn path(&self) -> &str {
        &self.path
    }

    /// The C ABI version the library reported.
    #[getter]
    fn abi_version(&self) -> u32 {
        self.abi_version
    }

    /// Passes one Envelope (protobuf bytes) to `elizaos_interop_call` with the GIL released and returns the
    /// response bytes. Raises `PluginPanicError` (status 1) or `ProtocolError` (any other non-zero status).
    fn call<'py>(&self, py: Python<'py>, envelope: &[u8]) -> PyResult<Bound<'py, PyBytes>> {
        let call = self.call;
        let (status, out, out_len) = py.detach(|| {
            let mut out: *mut u8 = std::ptr::null_mut();
            let mut out_len: usize = 0;
            // SAFETY: valid input slice and out pointers, per the C ABI.
            let status = unsafe { call(envelope.as_ptr(), envelope.len(), &mut out, &mut out_len) };
            (status, out as usize, out_len)
        });
        let out = out as *mut u8;
        let bytes: &[u8] = if out.is_null() {
            &[]
        } else {
            // SAFETY: the library returned `out_len` readable bytes at `out`, valid until freed below.
            unsafe { std::slice::from_raw_parts(out, out_len) }
        };
        let result = if status == 0 {
            Ok(PyBytes::new(py, bytes))
        } else {
            let message = String::from_utf8_lossy(bytes);
            Err(if status == 1 {
                PluginPanicError::new_err(format!("Rust plugin {} panicked: {message}", self.path))
            } else {
                ProtocolError::new_err(format!(
                    "Rust plugin {} returned status {status} from {SYM_CALL}: {message}",
                    self.path
                ))
            })
        };
        if !out.is_null() {
            // SAFETY: giving back exactly what `call` returned, once.
            unsafe { (self.free)(out, out_len) };
        }
        result
    }

    fn __repr__(&self) -> String {
        format!("<NativeLibrary {:?} abi_version={}>", self.path, self.abi_version)
    }
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("FFI_ABI_VERSION", FFI_ABI_VERSION)?;
    m.add_class::<NativeLibrary>()?;
    Ok(())
}
