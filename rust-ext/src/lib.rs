//! `elizaos_interop._native`: opens Rust plugin shared libraries through the C ABI (docs/PROTOCOL.md §3).
use pyo3::prelude::*;

/// The C ABI version this extension speaks.
pub const FFI_ABI_VERSION: u32 = 1;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("FFI_ABI_VERSION", FFI_ABI_VERSION)?;
    Ok(())
}
