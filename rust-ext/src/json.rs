//! The native fast path of the Python JSON-line codec (`elizaos_interop.wire.codec`, docs/PROTOCOL.md §2).
//!
//! Both functions work on protobuf `Envelope` bytes on the Python side (upb parses and serializes those in
//! well under a microsecond) and use the Rust crate's proto3 JSON mapping (pbjson) for the JSON, several times
//! faster than walking the message in Python. Each returns `None` whenever it cannot answer exactly as the
//! Python codec would: anything it does not parse, a `type` that is not the line's first field, nesting past
//! `MAX_JSON_VALUE_DEPTH`, a non-finite float, an unset `type`, a `null` anywhere in the line. The caller then
//! runs the Python codec, which produces the result or the precise error. `tests/python/test_ipc_codec_native.py`
//! checks, with hypothesis, that whenever the fast path answers, the answer is the Python codec's.
use elizaos_interop::wire::codec::{envelope_from_json_as, try_envelope_to_json};
use elizaos_interop::proto::Envelope;
use elizaos_interop::MAX_JSON_VALUE_DEPTH;
use prost::Message;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// One JSON line (newline-terminated) for the protobuf bytes of an `Envelope`, or `None` (see the module docs).
#[pyfunction]
pub fn json_encode_envelope<'py>(py: Python<'py>, data: &[u8]) -> Option<Bound<'py, PyBytes>> {
    let env = Envelope::decode(data).ok()?;
    let mut line = try_envelope_to_json(&env).ok()?;
    // An unset `type` (the Python codec fills it in), and `null`, which serde writes for a non-finite float
    // (the Python codec writes "NaN"/"Infinity"; a JSON null Value or a text holding "null" also lands here).
    if !line.starts_with("{\"type\":\"") || memchr::memmem::find(line.as_bytes(), b"null").is_some() {
        return None;
    }
    line.push('\n');
    Some(PyBytes::new(py, line.as_bytes()))
}

/// The protobuf bytes of the `Envelope` one JSON line holds, or `None` (see the module docs).
#[pyfunction]
pub fn json_decode_line<'py>(py: Python<'py>, line: &[u8]) -> Option<Bound<'py, PyBytes>> {
    let text = std::str::from_utf8(line).ok()?;
    let kind = leading_type(text)?;
    // `null` as a `Value` decodes to a Value with no kind in pbjson-types (the Python codec: null_value).
    if memchr::memmem::find(line, b"null").is_some() || !nests_within(line, MAX_JSON_VALUE_DEPTH) {
        return None;
    }
    let env = envelope_from_json_as(kind, text)?.ok()?;
    Some(PyBytes::new(py, &env.encode_to_vec()))
}

/// The `type` of a line that starts `{"type":"…"` (no escapes in it): how every implementation writes them.
fn leading_type(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("{\"type\":\"")?;
    let end = memchr::memchr2(b'"', b'\\', rest.as_bytes())?;
    (rest.as_bytes()[end] == b'"').then(|| &rest[..end])
}

/// Whether arrays/objects nest at most `max` deep in the whole line (the top-level object is one level), so
/// that no `Struct`/`Value` in it can pass the Python codec's per-field limit. Strings are skipped with memchr.
fn nests_within(b: &[u8], max: usize) -> bool {
    let (mut i, mut depth) = (0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                loop {
                    let Some(q) = b.get(i..).and_then(|s| memchr::memchr2(b'"', b'\\', s)) else {
                        return true; // unterminated: the parser refuses it
                    };
                    i += q;
                    if b[i] == b'\\' {
                        i += 2;
                    } else {
                        i += 1;
                        break;
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return false;
                }
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_type_reads_only_the_plain_first_field() {
        assert_eq!(leading_type(r#"{"type":"action.invoke","id":"1"}"#), Some("action.invoke"));
        assert_eq!(leading_type(r#"{"id":"1","type":"action.invoke"}"#), None);
        assert_eq!(leading_type(r#"{"type":"a\"b"}"#), None);
        assert_eq!(leading_type(r#"{ "type":"x"}"#), None);
    }

    #[test]
    fn depth_counts_brackets_outside_strings() {
        assert!(nests_within(br#"{"a":[{"b":"[[[[{{{{"}]}"#, 3));
        assert!(!nests_within(br#"{"a":[{"b":1}]}"#, 2));
        assert!(nests_within(br#"{"a":"\"[[[","b":{}}"#, 2));
        assert!(nests_within(br#"{"a":"unterminated\"#, 1));
        let deep = format!("{{\"o\":{}1{}}}", "[".repeat(40), "]".repeat(40));
        assert!(!nests_within(deep.as_bytes(), MAX_JSON_VALUE_DEPTH));
        assert!(nests_within(deep.as_bytes(), 41));
    }
}
