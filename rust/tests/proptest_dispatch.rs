//! Property tests of the envelope dispatch core (`dispatch::handle` / `handle_json`) that every Rust export path
//! (FFI, WASM, IPC) runs on untrusted input: random bytes, mutated valid envelopes, random and mutated JSON lines,
//! wrong field types and deep nesting. Whatever comes in, dispatch never panics and always answers a decodable
//! `Envelope` whose body is set (an `error` or a result); a well-formed request is answered under its own id.
use std::collections::HashMap;

use elizaos_interop::serve::dispatch;
use elizaos_interop::wire::constants::code_name;
use elizaos_interop::wire::{body, codec};
use elizaos_interop::proto::envelope::Body;
use elizaos_interop::proto::*;
use elizaos_interop::{Plugin, PluginError, PluginResult, Struct, Value, MAX_JSON_VALUE_DEPTH};
use proptest::prelude::*;
use prost::Message;

/// Echoes what it is given back in each kind of result.
struct Echo;

impl Plugin for Echo {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest {
            name: "echo".into(),
            version: "1.0.0".into(),
            ..Default::default()
        }
    }
    fn init(&self, config: &HashMap<String, String>) -> PluginResult<()> {
        if config.contains_key("fail") {
            return Err(PluginError::invalid_argument("fail requested"));
        }
        Ok(())
    }
    fn validate_action(&self, _name: &str, memory: &Memory, _state: Option<&State>) -> PluginResult<bool> {
        Ok(memory.content.is_some())
    }
    fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        _state: Option<&State>,
        options: Option<&Struct>,
    ) -> PluginResult<ActionResult> {
        if name == "FAIL" {
            return Err(PluginError::handler("failed on purpose"));
        }
        Ok(ActionResult {
            success: true,
            text: memory.content.as_ref().and_then(|c| c.text.clone()),
            values: options.cloned(),
            ..Default::default()
        })
    }
    fn get_provider(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> PluginResult<ProviderResult> {
        Ok(ProviderResult {
            text: Some(name.to_owned()),
            ..Default::default()
        })
    }
    fn invoke_evaluator(&self, _name: &str, memory: &Memory, _s: Option<&State>) -> PluginResult<Option<ActionResult>> {
        Ok(memory.content.as_ref().map(|_| ActionResult {
            success: true,
            ..Default::default()
        }))
    }
    fn invoke_model(&self, _model: &str, params: Option<&Struct>) -> PluginResult<Value> {
        Ok(Value::from(params.cloned().unwrap_or_default()))
    }
    fn db_call(&self, method: &str, params: &serde_json::Value) -> PluginResult<serde_json::Value> {
        Ok(serde_json::json!({"method": method, "params": params}))
    }
}

const REQUEST_TYPES: &[&str] = &[
    "plugin.init",
    "action.invoke",
    "action.validate",
    "provider.get",
    "evaluator.invoke",
    "model.invoke",
    "service.start",
    "service.stop",
    "route.handle",
    "db.call",
    "manifest.get",
    "hello",
    "shutdown",
    "cancel",
    "action.result",
    "error",
    "ready",
    "log",
    "no.such.type",
    "",
];

/// Checks a binary answer: decodes, has a body, and its id is `want_id` when given.
fn check_binary(out: &[u8], want_id: Option<&str>) -> Result<(), TestCaseError> {
    let env = Envelope::decode(out).map_err(|e| TestCaseError::fail(format!("undecodable answer: {e}")))?;
    let body = env.body.ok_or_else(|| TestCaseError::fail("answer has no body"))?;
    let (kind, id) = body::describe(&body);
    if let Body::Error(e) = &body {
        let code = e
            .details
            .as_ref()
            .and_then(|d| d.fields.get("code"))
            .and_then(|v| match &v.kind {
                Some(pbjson_types::value::Kind::StringValue(s)) => Some(s.clone()),
                _ => None,
            });
        prop_assert!(code.is_some_and(|c| !c.is_empty()), "error without details.code: {e:?}");
    }
    if let Some(want) = want_id {
        prop_assert_eq!(id, want, "answer {} has the wrong id", kind);
    }
    Ok(())
}

/// Checks a JSON answer: a JSON object with a string `type`, which parses back into an Envelope.
fn check_json(out: &str, want_id: Option<&str>) -> Result<(), TestCaseError> {
    prop_assert!(!out.contains('\n'), "a JSON answer must be one line: {out:?}");
    let v: serde_json::Value =
        serde_json::from_str(out).map_err(|e| TestCaseError::fail(format!("answer is not JSON ({e}): {out}")))?;
    let obj = v
        .as_object()
        .ok_or_else(|| TestCaseError::fail(format!("answer is not an object: {out}")))?;
    let kind = obj.get("type").and_then(|t| t.as_str()).unwrap_or_default();
    prop_assert!(!kind.is_empty(), "answer has no type: {out}");
    if kind == "error" {
        prop_assert!(
            obj["details"]["code"].as_str().is_some_and(|c| !c.is_empty()),
            "error without code: {out}"
        );
    }
    let env = codec::envelope_from_json(out);
    prop_assert!(env.is_ok(), "answer does not decode as an Envelope: {out}");
    if let Some(want) = want_id {
        prop_assert_eq!(
            obj.get("id").and_then(|i| i.as_str()).unwrap_or_default(),
            want,
            "wrong id: {}",
            out
        );
    }
    Ok(())
}

fn valid_envelopes() -> impl Strategy<Value = (Vec<u8>, String)> {
    (0usize..8, "[a-zA-Z0-9_.:-]{0,24}", any::<String>(), any::<i64>()).prop_map(|(kind, id, text, n)| {
        let memory = Memory {
            content: Some(Content {
                text: Some(text.clone()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let mut opts = Struct::default();
        opts.fields.insert("n".into(), Value::from(n as f64));
        opts.fields.insert(text.clone(), Value::from(text.clone()));
        let body = match kind {
            0 => Body::ActionInvoke(ActionInvokeRequest {
                r#type: "action.invoke".into(),
                id: id.clone(),
                action: text.clone(),
                memory: Some(memory),
                state: None,
                options: Some(opts),
            }),
            1 => Body::ActionValidate(ActionValidateRequest {
                r#type: "action.validate".into(),
                id: id.clone(),
                action: "A".into(),
                memory: Some(memory),
                ..Default::default()
            }),
            2 => Body::ProviderGet(ProviderGetRequest {
                r#type: "provider.get".into(),
                id: id.clone(),
                provider: text,
                memory: Some(memory),
                ..Default::default()
            }),
            3 => Body::ModelInvoke(ModelInvokeRequest {
                r#type: "model.invoke".into(),
                id: id.clone(),
                model: "TEXT_SMALL".into(),
                params: Some(opts),
            }),
            4 => Body::DbCall(DbCallRequest {
                r#type: "db.call".into(),
                id: id.clone(),
                method: text,
                params: Some(opts),
            }),
            5 => Body::PluginInit(PluginInitRequest {
                r#type: "plugin.init".into(),
                id: id.clone(),
                config: HashMap::from([(text.clone(), text)]),
            }),
            6 => Body::EvaluatorInvoke(EvaluatorInvokeRequest {
                r#type: "evaluator.invoke".into(),
                id: id.clone(),
                evaluator: "E".into(),
                memory: Some(memory),
                ..Default::default()
            }),
            _ => Body::ManifestGet(ManifestRequest {
                r#type: "manifest.get".into(),
                id: id.clone(),
            }),
        };
        (Envelope { body: Some(body) }.encode_to_vec(), id)
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    FlipBit(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    SetByte(usize, u8),
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    let m = prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 0u8..8).prop_map(|(i, b)| Mutation::FlipBit(i, b)),
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), 1usize..16).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (
            any::<usize>(),
            prop_oneof![
                Just(0u8),
                Just(0xff),
                Just(0x80),
                Just(b'"'),
                Just(b'{'),
                Just(b'\\'),
                any::<u8>()
            ]
        )
            .prop_map(|(i, b)| Mutation::SetByte(i, b)),
    ];
    proptest::collection::vec(m, 1..6)
}

fn mutate(mut data: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let n = data.len();
        match m {
            Mutation::Truncate(i) => data.truncate(if n == 0 { 0 } else { i % n }),
            Mutation::FlipBit(i, b) if n > 0 => data[i % n] ^= 1 << b,
            Mutation::Insert(i, v) => {
                let at = i % (n + 1);
                data.splice(at..at, v.iter().copied());
            }
            Mutation::Delete(i, k) if n > 0 => {
                let at = i % n;
                let end = (at + k).min(n);
                data.drain(at..end);
            }
            Mutation::SetByte(i, b) if n > 0 => data[i % n] = *b,
            _ => {}
        }
    }
    data
}

fn tag(field: u32) -> Vec<u8> {
    varint(u64::from(field << 3 | 2))
}

fn varint(mut v: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}

fn ld(field: u32, payload: &[u8]) -> Vec<u8> {
    let mut out = tag(field);
    out.extend(varint(payload.len() as u64));
    out.extend_from_slice(payload);
    out
}

/// `action.invoke` whose `options` holds a `Value` nested `depth` list levels deep, built by hand so that the
/// test itself never recurses.
fn deep_binary(depth: usize) -> Vec<u8> {
    let mut value = ld(3, b"leaf"); // Value.string_value
    for _ in 0..depth {
        value = ld(6, &ld(1, &value)); // Value.list_value { values: [value] }
    }
    let entry = [ld(1, b"k"), ld(2, &value)].concat(); // Struct.fields map entry
    let req = [
        ld(1, b"action.invoke"),
        ld(2, b"deep"),
        ld(3, b"ECHO"),
        ld(6, &ld(1, &entry)),
    ]
    .concat();
    ld(1, &req)
}

fn json_values() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::String),
        proptest::sample::select(REQUEST_TYPES).prop_map(|s| serde_json::Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(
                proptest::sample::select(
                    &[
                        "type",
                        "id",
                        "action",
                        "memory",
                        "content",
                        "text",
                        "options",
                        "params",
                        "config",
                        "state",
                        "provider",
                        "method",
                        "model",
                        "targetId",
                        "framing",
                        "protocolVersion",
                        "values",
                        "x",
                    ][..]
                ),
                inner,
                0..6,
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

/// A request object of a random type whose fields hold random JSON (wrong types included).
fn typed_json_requests() -> impl Strategy<Value = (String, String)> {
    (
        proptest::sample::select(REQUEST_TYPES),
        "[a-z0-9]{1,12}",
        proptest::collection::btree_map(
            proptest::sample::select(
                &[
                    "action",
                    "memory",
                    "options",
                    "params",
                    "config",
                    "state",
                    "provider",
                    "method",
                    "model",
                    "evaluator",
                    "targetId",
                    "framing",
                    "protocolVersion",
                    "service",
                    "path",
                    "result",
                    "error",
                ][..],
            ),
            json_values(),
            0..5,
        ),
    )
        .prop_map(|(t, id, fields)| {
            let mut obj = serde_json::Map::new();
            obj.insert("type".into(), t.into());
            obj.insert("id".into(), id.clone().into());
            for (k, v) in fields {
                obj.insert(k.to_owned(), v);
            }
            (serde_json::Value::Object(obj).to_string(), id)
        })
}

fn valid_json_line() -> impl Strategy<Value = (String, String)> {
    valid_envelopes().prop_map(|(bytes, id)| {
        let env = Envelope::decode(bytes.as_slice()).expect("our own envelope decodes");
        (codec::envelope_to_json(&env), id)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_get_a_decodable_answer(data in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_binary(&dispatch::handle(&Echo, &data), None)?;
    }

    #[test]
    fn valid_envelopes_are_answered_under_their_id((data, id) in valid_envelopes()) {
        check_binary(&dispatch::handle(&Echo, &data), Some(&id))?;
    }

    #[test]
    fn mutated_envelopes_get_a_decodable_answer((data, _id) in valid_envelopes(), muts in mutations()) {
        check_binary(&dispatch::handle(&Echo, &mutate(data, &muts)), None)?;
    }

    #[test]
    fn random_text_lines_get_a_json_answer(line in any::<String>()) {
        check_json(&dispatch::handle_json(&Echo, &line), None)?;
    }

    #[test]
    fn random_json_values_get_a_json_answer(v in json_values()) {
        check_json(&dispatch::handle_json(&Echo, &v.to_string()), None)?;
    }

    #[test]
    fn requests_with_wrong_field_types_are_answered_under_their_id((line, id) in typed_json_requests()) {
        let out = dispatch::handle_json(&Echo, &line);
        // A request kind is answered under its id; a non-request kind gets UNKNOWN_TYPE under its id too.
        check_json(&out, Some(&id))?;
    }

    #[test]
    fn valid_json_lines_are_answered_under_their_id((line, id) in valid_json_line()) {
        check_json(&dispatch::handle_json(&Echo, &line), Some(&id))?;
    }

    #[test]
    fn mutated_json_lines_get_a_json_answer((line, _id) in valid_json_line(), muts in mutations()) {
        let bytes = mutate(line.into_bytes(), &muts);
        let text = String::from_utf8_lossy(&bytes);
        check_json(&dispatch::handle_json(&Echo, &text), None)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn deep_binary_nesting_is_refused_or_echoed(depth in prop_oneof![0usize..200, 200usize..3_000]) {
        let request = deep_binary(depth);
        check_deep_binary(&request, &dispatch::handle(&Echo, &request), depth + 1)?;
    }

    #[test]
    fn deep_json_nesting_is_refused_or_echoed(depth in prop_oneof![0usize..200, 200usize..100_000]) {
        // Both lines nest depth + 1 levels: the `options`/`params` object is the first.
        let opens = "[".repeat(depth);
        let closes = "]".repeat(depth);
        let line = format!(r#"{{"type":"action.invoke","id":"deep","action":"ECHO","options":{{"k":{opens}1{closes}}}}}"#);
        check_deep_json(&line, &dispatch::handle_json(&Echo, &line), depth + 1)?;
        let objs = format!(r#"{{"type":"model.invoke","id":"deep","params":{}1{}}}"#, r#"{"a":"#.repeat(depth + 1), "}".repeat(depth + 1));
        check_deep_json(&objs, &dispatch::handle_json(&Echo, &objs), depth + 1)?;
    }
}

/// The `Struct` an `action.invoke` / `model.invoke` request carries (`options` / `params`), when it decodes.
fn request_struct(body: Option<Body>) -> Option<Struct> {
    match body? {
        Body::ActionInvoke(r) => r.options,
        Body::ModelInvoke(r) => r.params,
        _ => None,
    }
}

/// The `Struct` an `action.result` / `model.result` answer echoes back.
fn echoed_struct(body: &Body) -> Option<Struct> {
    match body {
        Body::ActionResult(r) => r.result.as_ref()?.values.clone(),
        Body::ModelResult(r) => match r.result.as_ref()?.kind.as_ref()? {
            pbjson_types::value::Kind::StructValue(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The contract for a request (id "deep") whose options/params nest `levels` arrays/objects deep: within
/// `MAX_JSON_VALUE_DEPTH` the value comes back unchanged; past it the answer is a MALFORMED `error` under the
/// request's id, naming the limit whenever the request itself was decodable (deeper ones fail decoding first).
fn check_deep_answer(request: Option<Envelope>, answer: Envelope, levels: usize) -> Result<(), TestCaseError> {
    let body = answer.body.ok_or_else(|| TestCaseError::fail("answer has no body"))?;
    let (kind, id) = body::describe(&body);
    prop_assert_eq!(id, "deep", "answer {} has the wrong id", kind);
    let decodable = request.is_some();
    let sent = request_struct(request.and_then(|r| r.body));
    if levels <= MAX_JSON_VALUE_DEPTH {
        prop_assert!(sent.is_some(), "a request {} levels deep must decode", levels);
        prop_assert_eq!(
            echoed_struct(&body),
            sent,
            "{} levels must be echoed, got {}",
            levels,
            kind
        );
        return Ok(());
    }
    let Body::Error(e) = &body else {
        return Err(TestCaseError::fail(format!(
            "{levels} levels must be refused, got {kind}"
        )));
    };
    prop_assert_eq!(code_of(e), code_name(ErrorCode::Malformed), "{} levels: {:?}", levels, e);
    if decodable {
        let limit = format!("nests more than {MAX_JSON_VALUE_DEPTH} arrays/objects deep");
        prop_assert!(
            e.error.contains(&limit),
            "{} levels: the error must name the limit: {:?}",
            levels,
            e.error
        );
    }
    Ok(())
}

fn check_deep_binary(request: &[u8], out: &[u8], levels: usize) -> Result<(), TestCaseError> {
    check_binary(out, Some("deep"))?;
    let answer = Envelope::decode(out).map_err(|e| TestCaseError::fail(format!("undecodable answer: {e}")))?;
    check_deep_answer(Envelope::decode(request).ok(), answer, levels)
}

fn check_deep_json(line: &str, out: &str, levels: usize) -> Result<(), TestCaseError> {
    check_json(out, Some("deep"))?;
    let answer =
        codec::envelope_from_json(out).map_err(|e| TestCaseError::fail(format!("answer does not decode: {e:?}")))?;
    check_deep_answer(codec::envelope_from_json(line).ok(), answer, levels)
}

/// The deepest `deep_binary` request prost (recursion limit: 100 nested messages) still decodes. Its echo, one
/// message level deeper, used to be answered as bytes no prost/upb decoder accepts; past `MAX_JSON_VALUE_DEPTH` it
/// is now refused before the plugin sees it.
const DEEPEST_DECODABLE_REQUEST: usize = 48;

fn code_of(e: &ErrorResponse) -> &str {
    match e
        .details
        .as_ref()
        .and_then(|d| d.fields.get("code"))
        .and_then(|v| v.kind.as_ref())
    {
        Some(pbjson_types::value::Kind::StringValue(s)) => s,
        _ => "",
    }
}

/// Regression test (was a bug: `dispatch::handle` answered a request whose value nesting is just under prost's
/// recursion limit with a result nested one level deeper, which no prost/upb decoder accepts).
#[test]
fn echoed_value_at_the_nesting_limit_gets_a_decodable_answer() {
    let request = deep_binary(DEEPEST_DECODABLE_REQUEST);
    assert!(
        Envelope::decode(request.as_slice()).is_ok(),
        "the request itself decodes"
    );
    assert!(
        Envelope::decode(deep_binary(DEEPEST_DECODABLE_REQUEST + 1).as_slice()).is_err(),
        "one level deeper does not"
    );
    let out = dispatch::handle(&Echo, &request);
    let answer = Envelope::decode(out.as_slice()).expect("the answer must decode");
    let Some(Body::Error(e)) = answer.body else {
        panic!("expected an error, got {answer:?}")
    };
    assert_eq!(e.id, "deep");
    assert_eq!(code_of(&e), code_name(ErrorCode::Malformed));
    assert_eq!(
        e.error,
        format!(
            r#"field "options": JSON value nests more than {MAX_JSON_VALUE_DEPTH} arrays/objects deep (MAX_JSON_VALUE_DEPTH)"#
        )
    );
}
