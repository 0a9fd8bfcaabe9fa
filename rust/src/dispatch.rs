//! Dispatch of one request message to a [`Plugin`]: the core every export path shares.
//!
//! [`handle`] takes the protobuf bytes of an `Envelope` (FFI, WASM, IPC binary framing) and returns the bytes of
//! the response `Envelope`; [`handle_json`] does the same for one proto3 JSON line (IPC JSON framing).
//! Neither panics on any input; a panic in plugin code propagates to the caller, which catches it at the
//! boundary (`catch_unwind` in the FFI exports and the IPC server, a trap in WASM).
//!
//! Every path (including the IPC server, which calls [`handle_envelope`]) enforces [`MAX_JSON_VALUE_DEPTH`]: a
//! request whose `Struct`/`Value` content nests deeper is answered `MALFORMED` without calling the plugin.
use std::collections::HashMap;

use prost::Message;
use serde::Deserialize;

use crate::plugin::{Plugin, PluginError, PluginResult, Struct, Value};
use crate::proto::envelope::Body;
use crate::proto::*;

/// Error codes of docs/PROTOCOL.md §1.
pub mod codes {
    /// Not JSON, not decodable, or missing `type`.
    pub const MALFORMED: &str = "MALFORMED";
    /// A `type` this receiver does not handle.
    pub const UNKNOWN_TYPE: &str = "UNKNOWN_TYPE";
    /// No such action, provider, evaluator, model, service, route or db method.
    pub const NOT_FOUND: &str = "NOT_FOUND";
    /// The plugin's code failed (or panicked).
    pub const HANDLER_ERROR: &str = "HANDLER_ERROR";
    /// A message over the size limit.
    pub const TOO_LARGE: &str = "TOO_LARGE";
    /// A protocol version the receiver does not speak.
    pub const UNSUPPORTED_VERSION: &str = "UNSUPPORTED_VERSION";
    /// A framing the receiver does not speak.
    pub const UNSUPPORTED_FRAMING: &str = "UNSUPPORTED_FRAMING";
    /// The server is shutting down.
    pub const SHUTTING_DOWN: &str = "SHUTTING_DOWN";
    /// A request field has an invalid value.
    pub const INVALID_ARGUMENT: &str = "INVALID_ARGUMENT";
}

/// How deep JSON arrays/objects may nest inside one `google.protobuf.Struct`/`Value`/`ListValue` field of a
/// message (docs/PROTOCOL.md §2, "JSON value depth"; the Python codec's `MAX_JSON_VALUE_DEPTH` is the same limit).
/// A `Struct` field's own object is the first level: `options: {"k": [1]}` is two levels deep.
///
/// Each JSON level is two protobuf messages (a `Value` and its `Struct`/`ListValue`), and protobuf decoders
/// (prost, upb) refuse more than 100 nested messages; within this limit a request, and a result echoing it, decode
/// in both framings. [`handle_envelope`] (so [`handle`], [`handle_json`], the FFI and WASM exports and the IPC
/// server) answers a request with a deeper field `MALFORMED` under its id without calling the plugin, and a plugin
/// result with a deeper field `HANDLER_ERROR`.
pub const MAX_JSON_VALUE_DEPTH: usize = 32;

/// Handles one `Envelope` (protobuf bytes) and returns the response `Envelope` bytes (never panics on bad input).
pub fn handle(plugin: &dyn Plugin, input: &[u8]) -> Vec<u8> {
    let response = match Envelope::decode(input) {
        Ok(request) => handle_envelope(plugin, request),
        Err(e) => error_envelope(
            &recover_id_protobuf(input),
            codes::MALFORMED,
            format!("undecodable Envelope ({} bytes): {e}", input.len()),
        ),
    };
    response.encode_to_vec()
}

/// Handles one proto3 JSON message (one IPC line, without the newline) and returns the JSON response.
pub fn handle_json(plugin: &dyn Plugin, line: &str) -> String {
    let response = match envelope_from_json(line) {
        Ok(request) => handle_envelope(plugin, request),
        Err(error) => envelope(Body::Error(error)),
    };
    envelope_to_json(&response)
}

/// Handles a decoded request envelope and returns the response envelope.
pub fn handle_envelope(plugin: &dyn Plugin, request: Envelope) -> Envelope {
    let Some(body) = request.body else {
        return error_envelope("", codes::MALFORMED, "Envelope has no body set");
    };
    if let Some(field) = request_too_deep(&body) {
        let (_, id) = describe(&body);
        return error_envelope(&id, codes::MALFORMED, format!("field {field:?}: {}", too_deep_message()));
    }
    match body {
        Body::PluginInit(r) => respond(&r.id, plugin.init(&r.config), |id, ()| {
            Body::PluginInitResult(PluginInitResponse {
                r#type: "plugin.init.result".into(),
                id,
                success: true,
                error: None,
            })
        }),
        Body::ActionInvoke(r) => {
            let memory = r.memory.unwrap_or_default();
            let result = plugin.invoke_action(&r.action, &memory, r.state.as_ref(), r.options.as_ref());
            let result = result_within(result, action_result_too_deep);
            respond(&r.id, result, |id, result| {
                Body::ActionResult(ActionResultResponse { r#type: "action.result".into(), id, result: Some(result) })
            })
        }
        Body::ActionValidate(r) => {
            let memory = r.memory.unwrap_or_default();
            respond(&r.id, plugin.validate_action(&r.action, &memory, r.state.as_ref()), |id, valid| {
                Body::Validation(ValidationResponse { r#type: "validate.result".into(), id, valid })
            })
        }
        Body::ProviderGet(r) => {
            let memory = r.memory.unwrap_or_default();
            let result = result_within(plugin.get_provider(&r.provider, &memory, r.state.as_ref()), |p| {
                values_data_too_deep(p.values.as_ref(), p.data.as_ref())
            });
            respond(&r.id, result, |id, result| {
                Body::ProviderResult(ProviderResultResponse {
                    r#type: "provider.result".into(),
                    id,
                    result: Some(result),
                })
            })
        }
        Body::EvaluatorInvoke(r) => {
            let memory = r.memory.unwrap_or_default();
            let result = result_within(plugin.invoke_evaluator(&r.evaluator, &memory, r.state.as_ref()), |result| {
                result.as_ref().and_then(action_result_too_deep)
            });
            respond(&r.id, result, |id, result| {
                Body::EvaluatorResult(EvaluatorResultResponse { r#type: "evaluator.result".into(), id, result })
            })
        }
        Body::ModelInvoke(r) => {
            let result = result_within(plugin.invoke_model(&r.model, r.params.as_ref()), |v| {
                (!value_within(v, MAX_JSON_VALUE_DEPTH)).then(String::new)
            });
            respond(&r.id, result, |id, result| {
                Body::ModelResult(ModelInvokeResult { r#type: "model.result".into(), id, result: Some(result) })
            })
        }
        Body::DbCall(r) => {
            let params =
                r.params.as_ref().map_or_else(|| serde_json::Value::Object(Default::default()), struct_to_json);
            let result = result_within(plugin.db_call(&r.method, &params), |v| {
                (!json_within(v, MAX_JSON_VALUE_DEPTH)).then(String::new)
            });
            respond(&r.id, result, |id, result| {
                Body::DbResult(DbCallResult { r#type: "db.result".into(), id, result: Some(json_to_value(result)) })
            })
        }
        Body::ManifestGet(r) => envelope(Body::ManifestResult(ManifestResult {
            r#type: "manifest.result".into(),
            id: r.id,
            manifest: Some(plugin.manifest()),
        })),
        Body::ServiceStart(ServiceStartRequest { id, service, .. })
        | Body::ServiceStop(ServiceStopRequest { id, service, .. }) => {
            error_envelope(&id, codes::NOT_FOUND, format!("service not found: {service}"))
        }
        Body::RouteHandle(r) => {
            error_envelope(&r.id, codes::NOT_FOUND, format!("route not found: {} {}", r.method, r.path))
        }
        other => {
            let (kind, id) = describe(&other);
            error_envelope(&id, codes::UNKNOWN_TYPE, format!("unexpected message kind {kind:?} (not a plugin request)"))
        }
    }
}

fn too_deep_message() -> String {
    format!("JSON value nests more than {MAX_JSON_VALUE_DEPTH} arrays/objects deep (MAX_JSON_VALUE_DEPTH)")
}

/// `result`, or a `HANDLER_ERROR` when `too_deep` finds a field of it nested deeper than [`MAX_JSON_VALUE_DEPTH`]
/// (its path; "" for the result value itself): such a result might not decode at the peer.
fn result_within<T>(result: PluginResult<T>, too_deep: impl FnOnce(&T) -> Option<String>) -> PluginResult<T> {
    let value = result?;
    match too_deep(&value) {
        None => Ok(value),
        Some(field) if field.is_empty() => Err(PluginError::handler(format!("plugin result: {}", too_deep_message()))),
        Some(field) => Err(PluginError::handler(format!("plugin result field {field:?}: {}", too_deep_message()))),
    }
}

/// Whether a `Struct` (itself one level) nests at most `levels` arrays/objects deep. Walks only `Struct`/`ListValue`
/// content and stops at the first value past the limit, so it recurses at most `levels + 1` calls deep.
fn struct_within(s: &Struct, levels: usize) -> bool {
    levels > 0 && s.fields.values().all(|v| value_within(v, levels - 1))
}

/// Whether a `Value` nests at most `levels` arrays/objects deep (a scalar is zero levels).
fn value_within(v: &Value, levels: usize) -> bool {
    use pbjson_types::value::Kind;
    match &v.kind {
        Some(Kind::StructValue(s)) => struct_within(s, levels),
        Some(Kind::ListValue(l)) => levels > 0 && l.values.iter().all(|v| value_within(v, levels - 1)),
        _ => true,
    }
}

/// Whether JSON nests at most `levels` arrays/objects deep (a scalar is zero levels).
fn json_within(v: &serde_json::Value, levels: usize) -> bool {
    match v {
        serde_json::Value::Array(a) => levels > 0 && a.iter().all(|v| json_within(v, levels - 1)),
        serde_json::Value::Object(o) => levels > 0 && o.values().all(|v| json_within(v, levels - 1)),
        _ => true,
    }
}

/// `name` when the `Struct` field is set and nests deeper than [`MAX_JSON_VALUE_DEPTH`].
fn deep_field(name: &str, s: Option<&Struct>) -> Option<String> {
    s.filter(|s| !struct_within(s, MAX_JSON_VALUE_DEPTH)).map(|_| name.to_owned())
}

/// `prefix.path` of a too-deep field found inside the message field `prefix`.
fn under(prefix: &str, path: Option<String>) -> Option<String> {
    path.map(|p| format!("{prefix}.{p}"))
}

/// The dotted path (protobuf field names) of the first `Struct` field of a request that nests deeper than
/// [`MAX_JSON_VALUE_DEPTH`]; `None` for every other body.
fn request_too_deep(body: &Body) -> Option<String> {
    let memory_state = |memory: Option<&Memory>, state: Option<&State>| {
        under("memory", memory.and_then(memory_too_deep)).or_else(|| under("state", state.and_then(state_too_deep)))
    };
    match body {
        Body::ActionInvoke(r) => {
            deep_field("options", r.options.as_ref()).or_else(|| memory_state(r.memory.as_ref(), r.state.as_ref()))
        }
        Body::ActionValidate(r) => memory_state(r.memory.as_ref(), r.state.as_ref()),
        Body::ProviderGet(r) => memory_state(r.memory.as_ref(), r.state.as_ref()),
        Body::EvaluatorInvoke(r) => memory_state(r.memory.as_ref(), r.state.as_ref()),
        Body::ModelInvoke(r) => deep_field("params", r.params.as_ref()),
        Body::DbCall(r) => deep_field("params", r.params.as_ref()),
        Body::RouteHandle(r) => deep_field("body", r.body.as_ref()),
        _ => None,
    }
}

fn memory_too_deep(m: &Memory) -> Option<String> {
    under("content", m.content.as_ref().and_then(|c| deep_field("data", c.data.as_ref()))).or_else(|| {
        match m.metadata.as_ref()?.metadata.as_ref()? {
            memory_metadata::Metadata::Custom(c) => {
                under("metadata.custom", deep_field("custom_data", c.custom_data.as_ref()))
            }
            _ => None,
        }
    })
}

/// `values` or `data` when that `Struct` (of an action or provider result) nests too deep.
fn values_data_too_deep(values: Option<&Struct>, data: Option<&Struct>) -> Option<String> {
    deep_field("values", values).or_else(|| deep_field("data", data))
}

fn action_result_too_deep(r: &ActionResult) -> Option<String> {
    values_data_too_deep(r.values.as_ref(), r.data.as_ref())
}

fn state_too_deep(s: &State) -> Option<String> {
    deep_field("extra", s.extra.as_ref())
        .or_else(|| under("values", s.values.as_ref().and_then(|v| deep_field("extra", v.extra.as_ref()))))
        .or_else(|| under("data", s.data.as_ref().and_then(state_data_too_deep)))
}

fn state_data_too_deep(d: &StateData) -> Option<String> {
    let room = || under("room.metadata", deep_field("values", d.room.as_ref()?.metadata.as_ref()?.values.as_ref()));
    let world = || under("world.metadata", deep_field("extra", d.world.as_ref()?.metadata.as_ref()?.extra.as_ref()));
    let entity = || {
        let e = d.entity.as_ref()?;
        deep_field("metadata", e.metadata.as_ref()).or_else(|| {
            e.components
                .iter()
                .enumerate()
                .find_map(|(i, c)| under(&format!("components[{i}]"), deep_field("data", c.data.as_ref())))
        })
    };
    let providers = || {
        d.providers.iter().find_map(|(k, p)| {
            under(&format!("providers[{k:?}]"), values_data_too_deep(p.values.as_ref(), p.data.as_ref()))
        })
    };
    let plan = || {
        let plan = d.action_plan.as_ref()?;
        deep_field("metadata", plan.metadata.as_ref()).or_else(|| {
            plan.steps.iter().enumerate().find_map(|(i, s)| {
                under(&format!("steps[{i}].result"), s.result.as_ref().and_then(action_result_too_deep))
            })
        })
    };
    let results = || {
        d.action_results
            .iter()
            .enumerate()
            .find_map(|(i, r)| under(&format!("action_results[{i}]"), action_result_too_deep(r)))
    };
    let working = || {
        d.working_memory.iter().find_map(|(k, w)| {
            under(&format!("working_memory[{k:?}].result"), w.result.as_ref().and_then(action_result_too_deep))
        })
    };
    room()
        .or_else(world)
        .or_else(|| under("entity", entity()))
        .or_else(providers)
        .or_else(|| under("action_plan", plan()))
        .or_else(results)
        .or_else(working)
        .or_else(|| deep_field("extra", d.extra.as_ref()))
}

fn respond<T>(id: &str, result: Result<T, PluginError>, ok: impl FnOnce(String, T) -> Body) -> Envelope {
    match result {
        Ok(value) => envelope(ok(id.to_owned(), value)),
        Err(e) => error_envelope(id, &e.code, e.message),
    }
}

fn envelope(body: Body) -> Envelope {
    Envelope { body: Some(body) }
}

/// An `error` envelope: `{type:"error", id, error: message, details: {code}}`.
pub fn error_envelope(id: &str, code: &str, message: impl Into<String>) -> Envelope {
    envelope(Body::Error(error_response(id, code, message, None)))
}

fn err(id: &str, code: &str, message: impl Into<String>) -> ErrorResponse {
    error_response(id, code, message, None)
}

/// An `ErrorResponse` with `details.code` = `code` and, when given, `details.exception`.
pub fn error_response(id: &str, code: &str, message: impl Into<String>, exception: Option<&str>) -> ErrorResponse {
    let mut fields = HashMap::with_capacity(2);
    fields.insert("code".to_owned(), Value::from(code.to_owned()));
    if let Some(exception) = exception {
        fields.insert("exception".to_owned(), Value::from(exception.to_owned()));
    }
    ErrorResponse { r#type: "error".into(), id: id.to_owned(), error: message.into(), details: Some(Struct { fields }) }
}

/// The snake_case oneof field name and the inner `id` of a body (for messages).
pub fn describe(body: &Body) -> (&'static str, String) {
    macro_rules! d {
        ($($variant:ident => $name:literal),* $(,)?) => {
            match body { $(Body::$variant(m) => ($name, m.id.clone()),)* }
        };
    }
    d!(
        ActionInvoke => "action_invoke", ActionResult => "action_result", ActionValidate => "action_validate",
        Validation => "validation", ProviderGet => "provider_get", ProviderResult => "provider_result",
        EvaluatorInvoke => "evaluator_invoke", EvaluatorResult => "evaluator_result", PluginInit => "plugin_init",
        PluginInitResult => "plugin_init_result", ServiceStart => "service_start", ServiceStop => "service_stop",
        ServiceResult => "service_result", RouteHandle => "route_handle", RouteResult => "route_result",
        Error => "error", Ready => "ready", Hello => "hello", HelloResult => "hello_result", Cancel => "cancel",
        Log => "log", Shutdown => "shutdown", ShutdownResult => "shutdown_result", DbCall => "db_call",
        DbResult => "db_result", ManifestGet => "manifest_get", ManifestResult => "manifest_result",
        ModelInvoke => "model_invoke", ModelResult => "model_result",
    )
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
        Err(e) => Err(err(&recover_id(line.as_bytes()), codes::MALFORMED, format!("not JSON: {e}"))),
        Ok(serde_json::Value::Object(map)) => {
            let id = match map.get("id") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                Some(_) => {
                    return Err(err("", codes::MALFORMED, "field \"id\" must be a string"));
                }
            };
            let kind = match map.get("type") {
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                _ => None,
            };
            Ok(JsonHead { kind, id })
        }
        Ok(_) => Err(err(&recover_id(line.as_bytes()), codes::MALFORMED, "message is not a JSON object")),
    }
}

/// Parses one JSON message into an `Envelope` by its `type`; `Err` is the `error` to answer with.
pub fn envelope_from_json(line: &str) -> Result<Envelope, ErrorResponse> {
    let head = json_head(line)?;
    let id = head.id.unwrap_or_default();
    let Some(kind) = head.kind else {
        return Err(err(&id, codes::MALFORMED, "message has no string field \"type\""));
    };
    match envelope_from_json_as(&kind, line) {
        None => Err(err(&id, codes::UNKNOWN_TYPE, format!("unknown message type {kind:?}"))),
        Some(parsed) => parsed.map_err(|e| err(&id, codes::MALFORMED, format!("invalid {kind:?} message: {e}"))),
    }
}

/// Parses `line` as the body message of JSON `type` `kind` (`None` when no message has that type). The typed
/// parse alone: [`envelope_from_json`] also reads the `type` and `id` first, to name what is wrong.
pub fn envelope_from_json_as(kind: &str, line: &str) -> Option<Result<Envelope, serde_json::Error>> {
    macro_rules! parse {
        ($($name:literal => $variant:ident),* $(,)?) => {
            match kind {
                $($name => serde_json::from_str(line).map(Body::$variant),)*
                _ => return None,
            }
        };
    }
    let body = parse!(
        "plugin.init" => PluginInit, "action.invoke" => ActionInvoke, "action.validate" => ActionValidate,
        "provider.get" => ProviderGet, "evaluator.invoke" => EvaluatorInvoke, "model.invoke" => ModelInvoke,
        "service.start" => ServiceStart, "service.stop" => ServiceStop, "route.handle" => RouteHandle,
        "db.call" => DbCall, "manifest.get" => ManifestGet, "hello" => Hello, "shutdown" => Shutdown,
        "cancel" => Cancel, "plugin.init.result" => PluginInitResult, "action.result" => ActionResult,
        "validate.result" => Validation, "provider.result" => ProviderResult, "evaluator.result" => EvaluatorResult,
        "model.result" => ModelResult, "service.result" => ServiceResult, "route.result" => RouteResult,
        "db.result" => DbResult, "manifest.result" => ManifestResult, "hello.result" => HelloResult,
        "shutdown.result" => ShutdownResult, "error" => Error, "ready" => Ready, "log" => Log,
    );
    Some(body.map(envelope))
}

/// The proto3 JSON of an envelope's body (the JSON form of every message is its body alone).
pub fn envelope_to_json(envelope: &Envelope) -> String {
    let Some(body) = &envelope.body else {
        return r#"{"type":"error","error":"empty Envelope","details":{"code":"MALFORMED"}}"#.to_owned();
    };
    try_envelope_to_json(envelope).unwrap_or_else(|e| {
        // Only non-finite numbers in a Value can fail; answer with an error the peer can read.
        let (_, id) = describe(body);
        let err = error_response(&id, codes::HANDLER_ERROR, format!("response not representable as JSON: {e}"), None);
        serde_json::to_string(&err).unwrap_or_default()
    })
}

/// The proto3 JSON of an envelope's body, or why it has none (an empty `Envelope`, a non-finite number in a
/// `Value`).
pub fn try_envelope_to_json(envelope: &Envelope) -> Result<String, serde_json::Error> {
    use serde::ser::Error as _;
    let Some(body) = &envelope.body else {
        return Err(serde_json::Error::custom("empty Envelope: no body field set"));
    };
    macro_rules! ser {
        ($($variant:ident),* $(,)?) => {
            match body { $(Body::$variant(m) => serde_json::to_string(m),)* }
        };
    }
    ser!(
        ActionInvoke,
        ActionResult,
        ActionValidate,
        Validation,
        ProviderGet,
        ProviderResult,
        EvaluatorInvoke,
        EvaluatorResult,
        PluginInit,
        PluginInitResult,
        ServiceStart,
        ServiceStop,
        ServiceResult,
        RouteHandle,
        RouteResult,
        Error,
        Ready,
        Hello,
        HelloResult,
        Cancel,
        Log,
        Shutdown,
        ShutdownResult,
        DbCall,
        DbResult,
        ManifestGet,
        ManifestResult,
        ModelInvoke,
        ModelResult,
    )
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
