//! Dispatch of one request message to a [`Plugin`]: the core every export path shares.
//!
//! [`handle`] takes the protobuf bytes of an `Envelope` (FFI, WASM, IPC binary framing) and returns the bytes of
//! the response `Envelope`; [`handle_json`] does the same for one proto3 JSON line (IPC JSON framing).
//! Neither panics on any input; a panic in plugin code propagates to the caller, which catches it at the
//! boundary (`catch_unwind` in the FFI exports and the IPC server, a trap in WASM).
//!
//! Every path (including the IPC server, which calls [`handle_envelope`]) enforces [`MAX_JSON_VALUE_DEPTH`]: a
//! request whose `Struct`/`Value` content nests deeper is answered `MALFORMED` without calling the plugin.
use prost::Message;

use crate::errors::{PluginError, PluginResult};
use crate::plugin::{Plugin, Struct, Value};
use crate::proto::envelope::Body;
use crate::proto::*;
use crate::wire::body;
use crate::wire::codec::{
    envelope, envelope_from_json, envelope_from_protobuf, envelope_to_json, error_envelope, json_to_value,
    struct_to_json,
};
use crate::wire::constants::MAX_JSON_VALUE_DEPTH;

/// Handles one `Envelope` (protobuf bytes) and returns the response `Envelope` bytes (never panics on bad input).
pub fn handle(plugin: &dyn Plugin, input: &[u8]) -> Vec<u8> {
    let response = match envelope_from_protobuf(input) {
        Ok(request) => handle_envelope(plugin, request),
        Err(error) => envelope(Body::Error(error)),
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
        return error_envelope("", ErrorCode::Malformed, "Envelope has no body set");
    };
    if let Some(field) = request_too_deep(&body) {
        return error_envelope(body::id(&body), ErrorCode::Malformed, format!("field {field:?}: {}", too_deep_message()));
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
            error_envelope(&id, ErrorCode::NotFound, format!("service not found: {service}"))
        }
        Body::RouteHandle(r) => {
            error_envelope(&r.id, ErrorCode::NotFound, format!("route not found: {} {}", r.method, r.path))
        }
        other => {
            let kind = body::kind(&other);
            error_envelope(body::id(&other), ErrorCode::UnknownType, format!("unexpected message kind {kind:?} (not a plugin request)"))
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
        Err(e) => envelope(Body::Error(e.to_wire(id))),
    }
}

/// The `HANDLER_ERROR` answering `id` when plugin code panicked (`details.exception` = `"panic"`); `what` is the
/// panic message.
#[cfg(any(feature = "host", feature = "ipc-server"))]
pub(crate) fn panic_response(id: &str, what: impl std::fmt::Display) -> ErrorResponse {
    crate::wire::codec::error_response(id, ErrorCode::HandlerError, format!("plugin panicked: {what}"), Some("panic"))
}

/// A Channel handler serving `plugin` (the plugin side of a [`Channel`](crate::channel::Channel), e.g. one end of
/// [`memory_pair`](crate::channel::memory_pair)): each request runs [`handle_envelope`] on the blocking pool; a
/// panic is answered `HANDLER_ERROR`.
#[cfg(feature = "host")]
pub fn channel_handler(plugin: std::sync::Arc<dyn Plugin>) -> crate::channel::Handler {
    crate::channel::handler(move |request: Body| {
        let plugin = plugin.clone();
        async move {
            let id = body::id(&request).to_owned();
            let run = move || handle_envelope(&*plugin, envelope(request)).body;
            match tokio::task::spawn_blocking(run).await {
                Ok(Some(response)) => response,
                Ok(None) => Body::Error(crate::wire::codec::error_response(&id, ErrorCode::Malformed, "empty response", None)),
                Err(e) => Body::Error(panic_response(&id, e)),
            }
        }
    })
}
