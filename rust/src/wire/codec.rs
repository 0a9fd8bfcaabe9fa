//! The proto3 JSON codec: one JSON line ↔ `Envelope`, best-effort `id` recovery from broken input, the
//! `Struct`/`Value` ↔ JSON conversions, and the wire `ErrorResponse` ([`error_response`], [`wire_code`]). Used
//! by the plugin-side dispatcher, the IPC server and the host's IPC client alike.
use std::collections::HashMap;

use prost::Message as _;
use serde::Deserialize;

use crate::proto::envelope::Body;
use crate::proto::{Envelope, ErrorCode, ErrorResponse};
use crate::wire::body;
use crate::wire::constants::{code_from_name, code_name};
use pbjson_types::{Struct, Value};

fn err(id: &str, code: ErrorCode, message: impl Into<String>) -> ErrorResponse {
    error_response(id, code, message, None)
}

/// An `ErrorResponse` with `details.code` = `code` and, when given, `details.exception`.
pub fn error_response(id: &str, code: ErrorCode, message: impl Into<String>, exception: Option<&str>) -> ErrorResponse {
    let mut fields = HashMap::with_capacity(2);
    fields.insert("code".to_owned(), Value::from(code_name(code).to_owned()));
    if let Some(exception) = exception {
        fields.insert("exception".to_owned(), Value::from(exception.to_owned()));
    }
    ErrorResponse { r#type: "error".into(), id: id.to_owned(), error: message.into(), details: Some(Struct { fields }) }
}

/// The code and `details.exception` of an `error` message: HANDLER_ERROR when `details.code` is absent,
/// UNSPECIFIED when it names no code of the schema.
pub fn wire_code(e: &ErrorResponse) -> (ErrorCode, Option<String>) {
    let detail = |k: &str| {
        e.details.as_ref().and_then(|d| d.fields.get(k)).and_then(|v| match &v.kind {
            Some(pbjson_types::value::Kind::StringValue(s)) => Some(s.clone()),
            _ => None,
        })
    };
    let code = detail("code").map_or(ErrorCode::HandlerError, |c| code_from_name(&c).unwrap_or(ErrorCode::Unspecified));
    (code, detail("exception"))
}

/// An `error` envelope: `{type:"error", id, error: message, details: {code}}`.
pub fn error_envelope(id: &str, code: ErrorCode, message: impl Into<String>) -> Envelope {
    Envelope { body: Some(Body::Error(err(id, code, message))) }
}

/// An envelope around one body.
pub fn envelope(body: Body) -> Envelope {
    Envelope { body: Some(body) }
}

/// The `type` and `id` of a JSON message, read without decoding the rest.
#[derive(Debug, Default, Deserialize)]
pub struct JsonHead {
    /// `type`, when present and a string.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// `id`, when present and a string.
    #[serde(default)]
    pub id: Option<String>,
}

/// Reads `type` and `id` of a JSON message; `Err` is the `error` (MALFORMED) to answer with, naming the problem.
pub fn json_head(line: &str) -> Result<JsonHead, ErrorResponse> {
    match serde_json::from_str::<serde_json::Value>(line) {
        Err(e) => Err(err(&recover_id(line.as_bytes()), ErrorCode::Malformed, format!("not JSON: {e}"))),
        Ok(serde_json::Value::Object(map)) => {
            let id = match map.get("id") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                Some(_) => {
                    return Err(err("", ErrorCode::Malformed, "field \"id\" must be a string"));
                }
            };
            let kind = match map.get("type") {
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                _ => None,
            };
            Ok(JsonHead { kind, id })
        }
        Ok(_) => Err(err(&recover_id(line.as_bytes()), ErrorCode::Malformed, "message is not a JSON object")),
    }
}

/// Parses one JSON message into an `Envelope` by its `type`; `Err` is the `error` to answer with.
pub fn envelope_from_json(line: &str) -> Result<Envelope, ErrorResponse> {
    let head = json_head(line)?;
    let id = head.id.unwrap_or_default();
    let Some(kind) = head.kind else {
        return Err(err(&id, ErrorCode::Malformed, "message has no string field \"type\""));
    };
    match envelope_from_json_as(&kind, line) {
        None => Err(err(&id, ErrorCode::UnknownType, format!("unknown message type {kind:?}"))),
        Some(parsed) => parsed.map_err(|e| err(&id, ErrorCode::Malformed, format!("invalid {kind:?} message: {e}"))),
    }
}

/// Parses `line` as the body message of JSON `type` `kind` (`None` when no message has that type). The typed
/// parse alone: [`envelope_from_json`] also reads the `type` and `id` first, to name what is wrong.
pub fn envelope_from_json_as(kind: &str, line: &str) -> Option<Result<Envelope, serde_json::Error>> {
    body::from_json_as(kind, line).map(|parsed| parsed.map(envelope))
}

/// The proto3 JSON of an envelope's body (the JSON form of every message is its body alone).
pub fn envelope_to_json(envelope: &Envelope) -> String {
    let Some(body) = &envelope.body else {
        return serde_json::to_string(&err("", ErrorCode::Malformed, "empty Envelope")).unwrap_or_default();
    };
    try_envelope_to_json(envelope).unwrap_or_else(|e| {
        // Only non-finite numbers in a Value can fail; answer with an error the peer can read.
        let id = body::id(body);
        let err = err(id, ErrorCode::HandlerError, format!("response not representable as JSON: {e}"));
        serde_json::to_string(&err).unwrap_or_default()
    })
}

/// The proto3 JSON of an envelope's body, or why it has none (an empty `Envelope`, a non-finite number in a
/// `Value`).
pub fn try_envelope_to_json(envelope: &Envelope) -> Result<String, serde_json::Error> {
    use serde::ser::Error as _;
    let Some(b) = &envelope.body else {
        return Err(serde_json::Error::custom("empty Envelope: no body field set"));
    };
    body::to_json(b)
}

/// Decodes one `Envelope` from protobuf bytes; `Err` is the `error` (MALFORMED) to answer with.
pub fn envelope_from_protobuf(bytes: &[u8]) -> Result<Envelope, ErrorResponse> {
    Envelope::decode(bytes).map_err(|e| {
        err(&recover_id_protobuf(bytes), ErrorCode::Malformed, format!("undecodable Envelope ({} bytes): {e}", bytes.len()))
    })
}

/// Best-effort recovery of a string `"id"` from the first 1 KiB of a (possibly broken or oversized) JSON line.
pub fn recover_id(head: &[u8]) -> String {
    let head = &head[..head.len().min(1024)];
    let mut from = 0;
    while let Some(pos) = find(&head[from..], b"\"id\"") {
        let mut i = from + pos + 4;
        while i < head.len() && head[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < head.len() && head[i] == b':' {
            i += 1;
            while i < head.len() && head[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < head.len() && head[i] == b'"' {
                let start = i + 1;
                if let Some(len) = head[start..].iter().position(|&c| c == b'"' || c == b'\\') {
                    if head[start + len] == b'"' {
                        return String::from_utf8_lossy(&head[start..start + len]).into_owned();
                    }
                }
            }
        }
        from += pos + 4;
    }
    String::new()
}

/// Best-effort recovery of the inner `id` (field 2 of every message) from the first 1 KiB of a possibly truncated
/// or undecodable protobuf `Envelope`; "" when it cannot be found.
pub fn recover_id_protobuf(data: &[u8]) -> String {
    fn varint(b: &[u8], i: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *b.get(*i)?;
            *i += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn skip(i: usize, n: u64) -> Option<usize> {
        i.checked_add(usize::try_from(n).ok()?)
    }
    fn find_id(head: &[u8]) -> Option<String> {
        let mut i = 0;
        if varint(head, &mut i)? & 7 != 2 {
            return None; // the body of an Envelope is a length-delimited message
        }
        varint(head, &mut i)?; // its length (the head may stop before its end)
        while i < head.len() {
            let key = varint(head, &mut i)?;
            i = match key & 7 {
                0 => {
                    varint(head, &mut i)?;
                    i
                }
                1 => skip(i, 8)?,
                5 => skip(i, 4)?,
                2 => {
                    let n = varint(head, &mut i)?;
                    let end = skip(i, n)?;
                    if key >> 3 == 2 {
                        return head.get(i..end).map(|id| String::from_utf8_lossy(id).into_owned());
                    }
                    end
                }
                _ => return None,
            };
        }
        None
    }
    find_id(&data[..data.len().min(1024)]).unwrap_or_default()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A protobuf `Struct` as a JSON object.
pub fn struct_to_json(s: &Struct) -> serde_json::Value {
    serde_json::Value::Object(s.fields.iter().map(|(k, v)| (k.clone(), value_to_json(v))).collect())
}

/// A protobuf `Value` as JSON (`null` when unset; non-finite numbers become `null`).
pub fn value_to_json(v: &Value) -> serde_json::Value {
    use pbjson_types::value::Kind;
    match &v.kind {
        None | Some(Kind::NullValue(_)) => serde_json::Value::Null,
        Some(Kind::NumberValue(n)) => {
            if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                serde_json::Value::from(*n as i64)
            } else {
                serde_json::Number::from_f64(*n).map_or(serde_json::Value::Null, serde_json::Value::Number)
            }
        }
        Some(Kind::StringValue(s)) => serde_json::Value::String(s.clone()),
        Some(Kind::BoolValue(b)) => serde_json::Value::Bool(*b),
        Some(Kind::StructValue(s)) => struct_to_json(s),
        Some(Kind::ListValue(l)) => serde_json::Value::Array(l.values.iter().map(value_to_json).collect()),
    }
}

/// JSON as a protobuf `Value` (numbers become doubles).
pub fn json_to_value(v: serde_json::Value) -> Value {
    use pbjson_types::value::Kind;
    let kind = match v {
        serde_json::Value::Null => Kind::NullValue(0),
        serde_json::Value::Bool(b) => Kind::BoolValue(b),
        serde_json::Value::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Kind::StringValue(s),
        serde_json::Value::Array(a) => {
            Kind::ListValue(pbjson_types::ListValue { values: a.into_iter().map(json_to_value).collect() })
        }
        serde_json::Value::Object(o) => Kind::StructValue(json_to_struct(o)),
    };
    Value { kind: Some(kind) }
}

/// A JSON object as a protobuf `Struct`.
pub fn json_to_struct(o: serde_json::Map<String, serde_json::Value>) -> Struct {
    Struct { fields: o.into_iter().map(|(k, v)| (k, json_to_value(v))).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_id_is_recovered() {
        let body = Body::ActionResult(crate::proto::ActionResultResponse {
            r#type: "action.result".into(),
            id: "42".into(),
            result: None,
        });
        let bytes = Envelope { body: Some(body) }.encode_to_vec();
        assert_eq!(recover_id_protobuf(&bytes), "42");
        assert_eq!(recover_id_protobuf(&[0xff]), "");
    }
}
