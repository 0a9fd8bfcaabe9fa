//! Protocol constants, read from the schema (`proto/eliza/interop/v1/constants.proto`, generated into
//! [`crate::proto`]): no number or code string is written here, only taken from the generated enums.
use crate::proto::{ErrorCode, FfiAbiVersion, ProtocolLimit, ProtocolVersion, WasmAbiVersion};

/// IPC protocol version spoken in `ready` and `hello` (docs/PROTOCOL.md §2).
pub const PROTOCOL_VERSION: u32 = ProtocolVersion::Current as u32;
/// The C ABI version (`elizaos_interop_abi_version()`, docs/PROTOCOL.md §3).
pub const FFI_ABI_VERSION: u32 = FfiAbiVersion::Current as u32;
/// The WASM ABI version (`eliza_abi_version()`, docs/PROTOCOL.md §4).
pub const WASM_ABI_VERSION: i32 = WasmAbiVersion::Current as i32;

/// How deep JSON arrays/objects may nest inside one `google.protobuf.Struct`/`Value`/`ListValue` field of a
/// message (docs/PROTOCOL.md §2, "JSON value depth"). A `Struct` field's own object is the first level:
/// `options: {"k": [1]}` is two levels deep.
///
/// Each JSON level is two protobuf messages (a `Value` and its `Struct`/`ListValue`), and protobuf decoders
/// (prost, upb) refuse more than 100 nested messages; within this limit a request, and a result echoing it, decode
/// in both framings. Every path answers a request with a deeper field `MALFORMED` under its id without calling the
/// plugin, and a plugin result with a deeper field `HANDLER_ERROR`.
pub const MAX_JSON_VALUE_DEPTH: usize = ProtocolLimit::MaxJsonValueDepth as usize;
/// Default cap on in-flight requests per connection (`max_pending_requests`).
pub const DEFAULT_MAX_PENDING_REQUESTS: usize = ProtocolLimit::DefaultMaxPendingRequests as usize;
/// Default cap on one message, bytes (`max_message_bytes`).
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = ProtocolLimit::DefaultMaxMessageBytes as usize;
/// Default cap on buffered unread input per connection, bytes (`max_buffer_bytes`).
pub const DEFAULT_MAX_BUFFER_BYTES: usize = ProtocolLimit::DefaultMaxBufferBytes as usize;

/// C ABI symbol: the ABI version (`() -> u32`).
pub const FFI_SYMBOL_ABI_VERSION: &str = "elizaos_interop_abi_version";
/// C ABI symbol: one call (`(input, input_len, out, out_len) -> i32`).
pub const FFI_SYMBOL_CALL: &str = "elizaos_interop_call";
/// C ABI symbol: frees what a call returned (`(ptr, len)`).
pub const FFI_SYMBOL_FREE: &str = "elizaos_interop_free";

/// WASM ABI export: the linear memory.
pub const WASM_EXPORT_MEMORY: &str = "memory";
/// WASM ABI export: `alloc(len: i32) -> i32`.
pub const WASM_EXPORT_ALLOC: &str = "alloc";
/// WASM ABI export: `dealloc(ptr: i32, len: i32)`.
pub const WASM_EXPORT_DEALLOC: &str = "dealloc";
/// WASM ABI export: `eliza_abi_version() -> i32`.
pub const WASM_EXPORT_ABI_VERSION: &str = "eliza_abi_version";
/// WASM ABI export: `eliza_call(ptr: i32, len: i32) -> i64`.
pub const WASM_EXPORT_CALL: &str = "eliza_call";
/// Every export a WASM ABI module must have.
pub const WASM_EXPORTS: [&str; 5] =
    [WASM_EXPORT_MEMORY, WASM_EXPORT_ALLOC, WASM_EXPORT_DEALLOC, WASM_EXPORT_ABI_VERSION, WASM_EXPORT_CALL];

const ERROR_CODE_PREFIX: &str = "ERROR_CODE_";

/// The wire form of an error code: its enum name without `ERROR_CODE_` (`"NOT_FOUND"`).
pub fn code_name(code: ErrorCode) -> &'static str {
    let name = code.as_str_name();
    name.strip_prefix(ERROR_CODE_PREFIX).unwrap_or(name)
}

/// The error code a wire `details.code` names (`"NOT_FOUND"`); `None` for a name the schema does not define.
pub fn code_from_name(name: &str) -> Option<ErrorCode> {
    let mut full = String::with_capacity(ERROR_CODE_PREFIX.len() + name.len());
    full.push_str(ERROR_CODE_PREFIX);
    full.push_str(name);
    ErrorCode::from_str_name(&full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_round_trip_without_prefix() {
        assert_eq!(code_name(ErrorCode::NotFound), "NOT_FOUND");
        assert_eq!(code_from_name("HANDLER_ERROR"), Some(ErrorCode::HandlerError));
        assert_eq!(code_from_name("ERROR_CODE_NOT_FOUND"), None);
        assert_eq!(code_from_name("BOGUS"), None);
    }
}
