//! `elizaos_interop._native`: opens Rust plugin shared libraries through the C ABI (docs/PROTOCOL.md §3).
//!
//! `NativeLibrary(path)` loads a library, checks `elizaos_interop_abi_version() == 1` and resolves
//! `elizaos_interop_call` / `elizaos_interop_free`; `call(envelope)` passes one Envelope's bytes with the GIL
//! released and returns the response bytes. Errors are the typed exceptions of `elizaos_interop.errors`.
//! `json_encode_envelope` / `json_decode_line` are the JSON-line codec's fast path (`json.rs`).
mod json;

use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicU64, Ordering};

use libloading::Library;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

pyo3::import_exception!(elizaos_interop.errors, PluginLoadError);
pyo3::import_exception!(elizaos_interop.errors, AbiVersionError);
pyo3::import_exception!(elizaos_interop.errors, PluginPanicError);
pyo3::import_exception!(elizaos_interop.errors, ProtocolError);
pyo3::create_exception!(
    _native,
    UnexpectedResponse,
    pyo3::exceptions::PyException,
    "Raised by `NativeLibrary.invoke_action` when the response is not an `action.result`; args[0] holds the \
     response Envelope bytes for the caller's generic handling."
);

/// The C ABI version this extension speaks (the crate's, defined once there).
pub use elizaos_interop::wire::constants::FFI_ABI_VERSION;
use elizaos_interop::export::ffi::{STATUS_OK, STATUS_PANIC};
use elizaos_interop::wire::constants::{
    FFI_SYMBOL_ABI_VERSION as SYM_VERSION, FFI_SYMBOL_CALL as SYM_CALL, FFI_SYMBOL_FREE as SYM_FREE,
};

type AbiVersionFn = unsafe extern "C" fn() -> u32;
type CallFn = unsafe extern "C" fn(*const u8, usize, *mut *mut u8, *mut usize) -> i32;
type FreeFn = unsafe extern "C" fn(*mut u8, usize);

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
    next_id: AtomicU64,
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
        Ok(Self {
            path: display,
            abi_version,
            call,
            free,
            next_id: AtomicU64::new(1),
            _library: ManuallyDrop::new(library),
        })
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
        let (status, out, out_len) = py.detach(|| raw_call(call, envelope));
        self.finish(py, status, out, out_len, |py, bytes| Ok(PyBytes::new(py, bytes)))
    }

    /// Fast path for `action.invoke`: builds the request Envelope from the serialized Memory, State and options
    /// Struct, calls the library with the GIL released and returns the serialized `ActionResult` of an
    /// `action.result` answer. Any other answer raises `UnexpectedResponse(envelope_bytes)`.
    #[pyo3(signature = (action, memory, state=None, options=None))]
    fn invoke_action<'py>(
        &self,
        py: Python<'py>,
        action: &str,
        memory: &[u8],
        state: Option<&[u8]>,
        options: Option<&[u8]>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let call = self.call;
        let (status, out, out_len) = py.detach(|| {
            let request = action_invoke_envelope(id, action, memory, state, options);
            raw_call(call, &request)
        });
        self.finish(py, status, out, out_len, |py, bytes| match action_result_field(bytes) {
            Some(result) => Ok(PyBytes::new(py, result)),
            None => Err(UnexpectedResponse::new_err((PyBytes::new(py, bytes).unbind(),))),
        })
    }

    fn __repr__(&self) -> String {
        format!("<NativeLibrary {:?} abi_version={}>", self.path, self.abi_version)
    }
}

impl NativeLibrary {
    /// Turns a call's status and output into `ok(bytes)` or the typed error, and frees the output.
    fn finish<'py>(
        &self,
        py: Python<'py>,
        status: i32,
        out: usize,
        out_len: usize,
        ok: impl FnOnce(Python<'py>, &[u8]) -> PyResult<Bound<'py, PyBytes>>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let out = out as *mut u8;
        let bytes: &[u8] = if out.is_null() {
            &[]
        } else {
            // SAFETY: the library returned `out_len` readable bytes at `out`, valid until freed below.
            unsafe { std::slice::from_raw_parts(out, out_len) }
        };
        let result = if status == STATUS_OK {
            ok(py, bytes)
        } else {
            let message = String::from_utf8_lossy(bytes);
            Err(if status == STATUS_PANIC {
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
}

/// Calls `elizaos_interop_call`; returns the status and the output pointer (as usize, to cross `detach`) and length.
fn raw_call(call: CallFn, input: &[u8]) -> (i32, usize, usize) {
    let mut out: *mut u8 = std::ptr::null_mut();
    let mut out_len: usize = 0;
    // SAFETY: valid input slice and out pointers, per the C ABI.
    let status = unsafe { call(input.as_ptr(), input.len(), &mut out, &mut out_len) };
    (status, out as usize, out_len)
}

fn put_varint(buf: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        buf.push((n as u8) | 0x80);
        n >>= 7;
    }
    buf.push(n as u8);
}

fn put_bytes(buf: &mut Vec<u8>, key: u8, bytes: &[u8]) {
    buf.push(key);
    put_varint(buf, bytes.len() as u64);
    buf.extend_from_slice(bytes);
}

/// `Envelope { action_invoke: ActionInvokeRequest { type, id, action, memory, state?, options? } }` in protobuf bytes.
fn action_invoke_envelope(
    id: u64,
    action: &str,
    memory: &[u8],
    state: Option<&[u8]>,
    options: Option<&[u8]>,
) -> Vec<u8> {
    let id = id.to_string();
    let mut inner = Vec::with_capacity(
        32 + action.len() + memory.len() + state.map_or(0, <[u8]>::len) + options.map_or(0, <[u8]>::len),
    );
    put_bytes(&mut inner, 0x0a, b"action.invoke");
    put_bytes(&mut inner, 0x12, id.as_bytes());
    put_bytes(&mut inner, 0x1a, action.as_bytes());
    put_bytes(&mut inner, 0x22, memory);
    if let Some(state) = state {
        put_bytes(&mut inner, 0x2a, state);
    }
    if let Some(options) = options {
        put_bytes(&mut inner, 0x32, options);
    }
    let mut envelope = Vec::with_capacity(inner.len() + 6);
    put_bytes(&mut envelope, 0x0a, &inner);
    envelope
}

fn read_varint(b: &[u8], i: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*i)?;
        *i += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

/// The bytes of `result` (field 3) when `out` is exactly `Envelope { action_result (field 2) }`; None for anything
/// else (another body, an error, malformed bytes), which the caller then handles generically.
fn action_result_field(out: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    if read_varint(out, &mut i)? != 0x12 {
        return None;
    }
    let len = usize::try_from(read_varint(out, &mut i)?).ok()?;
    if i.checked_add(len)? != out.len() {
        return None;
    }
    let inner = &out[i..];
    let (mut j, mut found) = (0usize, None);
    while j < inner.len() {
        let key = read_varint(inner, &mut j)?;
        match key & 7 {
            0 => {
                read_varint(inner, &mut j)?;
            }
            1 => j += 8,
            5 => j += 4,
            2 => {
                let l = usize::try_from(read_varint(inner, &mut j)?).ok()?;
                let end = j.checked_add(l)?;
                let field = inner.get(j..end)?;
                if key >> 3 == 3 {
                    if found.is_some() {
                        return None; // repeated sub-message occurrences merge: leave that to protobuf
                    }
                    found = Some(field);
                }
                j = end;
            }
            _ => return None,
        }
        if key >> 3 == 0 || j > inner.len() {
            return None;
        }
    }
    Some(found.unwrap_or(&[]))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("FFI_ABI_VERSION", FFI_ABI_VERSION)?;
    m.add_class::<NativeLibrary>()?;
    m.add_function(wrap_pyfunction!(json::json_encode_envelope, m)?)?;
    m.add_function(wrap_pyfunction!(json::json_decode_line, m)?)?;
    m.add("UnexpectedResponse", m.py().get_type::<UnexpectedResponse>())?;
    Ok(())
}
