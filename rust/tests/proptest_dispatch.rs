//! Property tests of the envelope dispatch core (`dispatch::handle` / `handle_json`) that every Rust export path
//! (FFI, WASM, IPC) runs on untrusted input: random bytes, mutated valid envelopes, random and mutated JSON lines,
//! wrong field types and deep nesting. Whatever comes in, dispatch never panics and always answers a decodable
//! `Envelope` whose body is set (an `error` or a result); a well-formed request is answered under its own id.
use std::collections::HashMap;

use elizaos_interop::dispatch;
use elizaos_interop::proto::envelope::Body;
use elizaos_interop::proto::*;
use elizaos_interop::{Plugin, PluginError, PluginResult, Struct, Value};
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
    let (kind, id) = dispatch::describe(&body);
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
    let env = dispatch::envelope_from_json(out);
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
        (dispatch::envelope_to_json(&env), id)
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
        // KNOWN_ECHO_OVER_LIMIT: see `echoed_value_at_the_nesting_limit_gets_a_decodable_answer`.
        prop_assume!(depth != KNOWN_ECHO_OVER_LIMIT);
        check_binary(&dispatch::handle(&Echo, &deep_binary(depth)), (depth < KNOWN_ECHO_OVER_LIMIT).then_some("deep"))?;
    }

    #[test]
    fn deep_json_nesting_is_refused_or_echoed(depth in prop_oneof![0usize..200, 200usize..100_000]) {
        let opens = "[".repeat(depth);
        let closes = "]".repeat(depth);
        let line = format!(r#"{{"type":"action.invoke","id":"deep","action":"ECHO","options":{{"k":{opens}1{closes}}}}}"#);
        check_shallow_json(&dispatch::handle_json(&Echo, &line), "deep")?;
        let objs = format!(r#"{{"type":"model.invoke","id":"deep","params":{}1{}}}"#, r#"{"a":"#.repeat(depth + 1), "}".repeat(depth + 1));
        check_shallow_json(&dispatch::handle_json(&Echo, &objs), "deep")?;
    }
}

/// A JSON answer too deep to re-parse with serde_json's recursion limit: checks its head only.
fn check_shallow_json(out: &str, want_id: &str) -> Result<(), TestCaseError> {
    prop_assert!(!out.contains('\n'));
    prop_assert!(
        out.starts_with("{\"type\":\""),
        "answer does not start with a type: {}",
        &out[..out.len().min(200)]
    );
    prop_assert_eq!(dispatch::recover_id(out.as_bytes()), want_id);
    Ok(())
}

/// The one nesting depth at which the request still decodes (prost's recursion limit is 100 nested messages) but
/// the echoed answer, one message level deeper, does not: dispatch then answers bytes no peer can decode.
const KNOWN_ECHO_OVER_LIMIT: usize = 48;

/// Known bug (reported, not fixed here): `dispatch::handle` answers a request whose value nesting is just under
/// prost's recursion limit with a result nested one level deeper, which no prost/upb decoder accepts. Expected:
/// a decodable answer (the result, or an `error` saying the result is nested too deeply).
#[test]
#[ignore = "known bug: dispatch::handle can answer an Envelope nested past the decoder recursion limit"]
fn echoed_value_at_the_nesting_limit_gets_a_decodable_answer() {
    let request = deep_binary(KNOWN_ECHO_OVER_LIMIT);
    assert!(
        Envelope::decode(request.as_slice()).is_ok(),
        "the request itself decodes"
    );
    let out = dispatch::handle(&Echo, &request);
    assert!(Envelope::decode(out.as_slice()).is_ok(), "the answer must decode");
}
