//! `dispatch::handle` / `handle_json` and the `ffi` call helpers against a small in-test plugin.
use std::collections::HashMap;

use elizaos_interop::dispatch::{self, codes};
use elizaos_interop::proto::envelope::Body;
use elizaos_interop::proto::*;
use elizaos_interop::{ffi, Plugin, PluginError, PluginResult, Struct, Value};
use prost::Message;

struct TestPlugin;

impl Plugin for TestPlugin {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest { name: "test".into(), version: "1.0.0".into(), ..Default::default() }
    }
    fn init(&self, config: &HashMap<String, String>) -> PluginResult<()> {
        if config.contains_key("bad") {
            return Err(PluginError::invalid_argument("bad config"));
        }
        Ok(())
    }
    fn validate_action(&self, name: &str, _memory: &Memory, state: Option<&State>) -> PluginResult<bool> {
        Ok(name == "A" && state.is_some())
    }
    fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        _state: Option<&State>,
        options: Option<&Struct>,
    ) -> PluginResult<ActionResult> {
        match name {
            "A" => Ok(ActionResult {
                success: true,
                text: memory.content.as_ref().and_then(|c| c.text.clone()),
                values: options.cloned(),
                ..Default::default()
            }),
            "BOOM" => panic!("boom {}", 42),
            _ => Err(PluginError::not_found("action", name)),
        }
    }
    fn get_provider(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> PluginResult<ProviderResult> {
        Ok(ProviderResult { text: Some(format!("p:{name}")), ..Default::default() })
    }
    fn invoke_evaluator(&self, name: &str, _m: &Memory, _s: Option<&State>) -> PluginResult<Option<ActionResult>> {
        Ok((name == "SOME").then(|| ActionResult { success: true, ..Default::default() }))
    }
    fn invoke_model(&self, model: &str, params: Option<&Struct>) -> PluginResult<Value> {
        if model == "FAIL" {
            return Err(PluginError::handler("model failed"));
        }
        Ok(Value::from(params.cloned().unwrap_or_default()))
    }
    fn db_call(&self, method: &str, params: &serde_json::Value) -> PluginResult<serde_json::Value> {
        Ok(serde_json::json!({"method": method, "params": params}))
    }
}

fn call(body: Body) -> Body {
    let bytes = Envelope { body: Some(body) }.encode_to_vec();
    let out = dispatch::handle(&TestPlugin, &bytes);
    Envelope::decode(out.as_slice()).expect("response decodes").body.expect("response has a body")
}

fn memory(text: &str) -> Memory {
    Memory { content: Some(Content { text: Some(text.into()), ..Default::default() }), ..Default::default() }
}

fn error_code(body: &Body) -> (String, String, String) {
    let Body::Error(e) = body else { panic!("expected error, got {body:?}") };
    let code = match e.details.as_ref().and_then(|d| d.fields.get("code")).and_then(|v| v.kind.clone()) {
        Some(pbjson_types::value::Kind::StringValue(s)) => s,
        other => panic!("no code: {other:?}"),
    };
    assert_eq!(e.r#type, "error");
    (e.id.clone(), code, e.error.clone())
}

#[test]
fn every_request_kind_gets_its_response_type_and_id() {
    let init = call(Body::PluginInit(PluginInitRequest {
        r#type: "plugin.init".into(),
        id: "1".into(),
        ..Default::default()
    }));
    assert!(matches!(&init, Body::PluginInitResult(r) if r.r#type == "plugin.init.result" && r.id == "1" && r.success));

    let mut opts = Struct::default();
    opts.fields.insert("k".into(), Value::from("v".to_owned()));
    let action = call(Body::ActionInvoke(ActionInvokeRequest {
        r#type: "action.invoke".into(),
        id: "2".into(),
        action: "A".into(),
        memory: Some(memory("hi")),
        state: None,
        options: Some(opts.clone()),
    }));
    let Body::ActionResult(r) = action else { panic!("{action:?}") };
    assert_eq!((r.r#type.as_str(), r.id.as_str()), ("action.result", "2"));
    let result = r.result.unwrap();
    assert_eq!(result.text.as_deref(), Some("hi"));
    assert_eq!(result.values, Some(opts));

    let valid = call(Body::ActionValidate(ActionValidateRequest {
        r#type: "action.validate".into(),
        id: "3".into(),
        action: "A".into(),
        memory: None,
        state: Some(State::default()),
    }));
    assert!(matches!(&valid, Body::Validation(v) if v.r#type == "validate.result" && v.id == "3" && v.valid));

    let provider = call(Body::ProviderGet(ProviderGetRequest {
        r#type: "provider.get".into(),
        id: "4".into(),
        provider: "P".into(),
        ..Default::default()
    }));
    assert!(matches!(&provider, Body::ProviderResult(p) if p.r#type == "provider.result" && p.id == "4"
        && p.result.as_ref().unwrap().text.as_deref() == Some("p:P")));

    for (name, some) in [("SOME", true), ("NONE", false)] {
        let eval = call(Body::EvaluatorInvoke(EvaluatorInvokeRequest {
            r#type: "evaluator.invoke".into(),
            id: "5".into(),
            evaluator: name.into(),
            ..Default::default()
        }));
        assert!(matches!(&eval, Body::EvaluatorResult(e) if e.r#type == "evaluator.result" && e.id == "5"
            && e.result.is_some() == some));
    }

    let model = call(Body::ModelInvoke(ModelInvokeRequest {
        r#type: "model.invoke".into(),
        id: "6".into(),
        model: "TEXT_LARGE".into(),
        params: None,
    }));
    assert!(matches!(&model, Body::ModelResult(m) if m.r#type == "model.result" && m.id == "6" && m.result.is_some()));

    let manifest = call(Body::ManifestGet(ManifestRequest { r#type: "manifest.get".into(), id: "7".into() }));
    assert!(matches!(&manifest, Body::ManifestResult(m) if m.r#type == "manifest.result" && m.id == "7"
        && m.manifest.as_ref().unwrap().name == "test"));
}

#[test]
fn db_call_converts_struct_params_to_json_and_back() {
    let params: Struct = serde_json::from_value(serde_json::json!({
        "n": 10, "f": 1.5, "s": "x", "b": true, "z": null, "l": [1, "two", {"three": 3}], "o": {"deep": [[]]}
    }))
    .unwrap();
    let body = call(Body::DbCall(DbCallRequest {
        r#type: "db.call".into(),
        id: "d".into(),
        method: "get_memory_by_id".into(),
        params: Some(params),
    }));
    let Body::DbResult(r) = body else { panic!("{body:?}") };
    assert_eq!((r.r#type.as_str(), r.id.as_str()), ("db.result", "d"));
    let json = dispatch::value_to_json(&r.result.unwrap());
    assert_eq!(
        json,
        serde_json::json!({"method": "get_memory_by_id", "params": {
            "n": 10, "f": 1.5, "s": "x", "b": true, "z": null, "l": [1, "two", {"three": 3}], "o": {"deep": [[]]}
        }})
    );
    // Absent params reach the plugin as an empty object.
    let body = call(Body::DbCall(DbCallRequest {
        r#type: "db.call".into(),
        id: "e".into(),
        method: "m".into(),
        params: None,
    }));
    let Body::DbResult(r) = body else { panic!("{body:?}") };
    assert_eq!(dispatch::value_to_json(&r.result.unwrap())["params"], serde_json::json!({}));
}

#[test]
fn plugin_errors_become_error_envelopes_with_code() {
    let body =
        call(Body::ActionInvoke(ActionInvokeRequest { id: "x".into(), action: "NOPE".into(), ..Default::default() }));
    assert_eq!(error_code(&body), ("x".into(), codes::NOT_FOUND.into(), "action not found: NOPE".into()));
    let body =
        call(Body::ModelInvoke(ModelInvokeRequest { id: "m".into(), model: "FAIL".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, codes::HANDLER_ERROR);
    let mut config = HashMap::new();
    config.insert("bad".to_owned(), "1".to_owned());
    let body = call(Body::PluginInit(PluginInitRequest { id: "i".into(), config, ..Default::default() }));
    assert_eq!(error_code(&body), ("i".into(), codes::INVALID_ARGUMENT.into(), "bad config".into()));
    let body =
        call(Body::ServiceStart(ServiceStartRequest { id: "s".into(), service: "svc".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, codes::NOT_FOUND);
    let body = call(Body::RouteHandle(RouteHandlerRequest { id: "r".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, codes::NOT_FOUND);
}

#[test]
fn bad_input_is_malformed_or_unknown_type() {
    let out = dispatch::handle(&TestPlugin, b"\xff\xff\xff\xff");
    let body = Envelope::decode(out.as_slice()).unwrap().body.unwrap();
    let (id, code, message) = error_code(&body);
    assert_eq!((id.as_str(), code.as_str()), ("", codes::MALFORMED));
    assert!(message.contains("undecodable Envelope"), "{message}");

    let out = dispatch::handle(&TestPlugin, b"");
    let body = Envelope::decode(out.as_slice()).unwrap().body.unwrap();
    assert_eq!(error_code(&body).1, codes::MALFORMED);

    let body = call(Body::Shutdown(ShutdownRequest { r#type: "shutdown".into(), id: "q".into() }));
    assert_eq!(error_code(&body).0, "q");
    assert_eq!(error_code(&body).1, codes::UNKNOWN_TYPE);
    let body = call(Body::ActionResult(ActionResultResponse::default()));
    assert_eq!(error_code(&body).1, codes::UNKNOWN_TYPE);
}

#[test]
fn handle_never_panics_on_arbitrary_bytes() {
    // A deterministic xorshift stream of inputs: random bytes plus mutations of a valid request.
    let valid = Envelope {
        body: Some(Body::ActionInvoke(ActionInvokeRequest {
            r#type: "action.invoke".into(),
            id: "7".into(),
            action: "A".into(),
            memory: Some(memory("hello")),
            ..Default::default()
        })),
    }
    .encode_to_vec();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..20_000 {
        let input: Vec<u8> = if i % 2 == 0 {
            let len = (next() % 64) as usize;
            (0..len).map(|_| next() as u8).collect()
        } else {
            let mut v = valid.clone();
            let at = (next() as usize) % v.len();
            v[at] = next() as u8;
            v.truncate(v.len() - (next() % 3) as usize);
            v
        };
        let out = dispatch::handle(&TestPlugin, &input);
        assert!(Envelope::decode(out.as_slice()).unwrap().body.is_some());
    }
}

#[test]
fn json_requests_parse_by_type_and_answer_in_proto3_json() {
    let line = r#"{"type":"action.invoke","id":"j1","action":"A","memory":{"entityId":"e","roomId":"r","createdAt":"5","content":{"text":"hey"}},"options":{"n":1}}"#;
    let out: serde_json::Value = serde_json::from_str(&dispatch::handle_json(&TestPlugin, line)).unwrap();
    assert_eq!(
        out,
        serde_json::json!({"type":"action.result","id":"j1","result":{"success":true,"text":"hey","values":{"n":1.0}}})
    );
    let out: serde_json::Value =
        serde_json::from_str(&dispatch::handle_json(&TestPlugin, r#"{"type":"manifest.get","id":"m"}"#)).unwrap();
    assert_eq!(out["type"], "manifest.result");
    assert_eq!(out["manifest"]["name"], "test");
    let out: serde_json::Value = serde_json::from_str(&dispatch::handle_json(
        &TestPlugin,
        r#"{"type":"db.call","id":"d","method":"m","params":{"x":[1,2]}}"#,
    ))
    .unwrap();
    assert_eq!(out["result"]["params"]["x"], serde_json::json!([1.0, 2.0]));

    let cases = [
        ("not json", "", codes::MALFORMED, "not JSON"),
        (r#"{"id":"a"}"#, "a", codes::MALFORMED, "no string field \"type\""),
        (r#"[1,2]"#, "", codes::MALFORMED, "not a JSON object"),
        (r#"{"type":"nope","id":"b"}"#, "b", codes::UNKNOWN_TYPE, "unknown message type \"nope\""),
        (r#"{"type":"action.invoke","id":"c","action":5}"#, "c", codes::MALFORMED, "invalid \"action.invoke\""),
        (r#"{"type":"action.invoke","id":"d","bogus":1}"#, "d", codes::MALFORMED, "bogus"),
        (r#"{"type":"shutdown","id":"e"}"#, "e", codes::UNKNOWN_TYPE, "unexpected message kind"),
        (r#"{"type":"x","id":7}"#, "", codes::MALFORMED, "\"id\" must be a string"),
        (r#"{"type":"action.invoke","id":"broken","memory":{"#, "broken", codes::MALFORMED, "not JSON"),
    ];
    for (line, id, code, needle) in cases {
        let out: serde_json::Value = serde_json::from_str(&dispatch::handle_json(&TestPlugin, line)).unwrap();
        assert_eq!(out["type"], "error", "{line}");
        assert_eq!(out["id"].as_str().unwrap_or(""), id, "{line}");
        assert_eq!(out["details"]["code"], code, "{line}");
        assert!(out["error"].as_str().unwrap().contains(needle), "{line}: {out}");
    }
}

#[test]
fn recover_id_reads_the_head_of_broken_lines() {
    assert_eq!(dispatch::recover_id(br#"{"type":"x", "id" : "abc", "pad":"#), "abc");
    assert_eq!(dispatch::recover_id(br#"{"payload":"\"id\"","id":"z"}"#), "z");
    assert_eq!(dispatch::recover_id(br#"{"id":5}"#), "");
    assert_eq!(dispatch::recover_id(b"garbage"), "");
}

fn test_plugin() -> &'static dyn Plugin {
    static P: TestPlugin = TestPlugin;
    &P
}

fn panicking_constructor() -> &'static dyn Plugin {
    panic!("constructor failed")
}

#[test]
fn ffi_call_catches_panics_and_frees() {
    let request = Envelope {
        body: Some(Body::ActionInvoke(ActionInvokeRequest { action: "BOOM".into(), ..Default::default() })),
    }
    .encode_to_vec();
    let mut out: *mut u8 = std::ptr::null_mut();
    let mut out_len = 0usize;
    // SAFETY: valid input and out pointers.
    let status = unsafe { ffi::call(test_plugin, request.as_ptr(), request.len(), &mut out, &mut out_len) };
    assert_eq!(status, ffi::STATUS_PANIC);
    // SAFETY: out/out_len from ffi::call.
    let message = unsafe { std::slice::from_raw_parts(out, out_len) }.to_vec();
    unsafe { ffi::free(out, out_len) };
    assert_eq!(String::from_utf8(message).unwrap(), "boom 42");

    let status = unsafe { ffi::call(panicking_constructor, request.as_ptr(), request.len(), &mut out, &mut out_len) };
    assert_eq!(status, ffi::STATUS_PANIC);
    unsafe { ffi::free(out, out_len) };

    // Null input with length 0 is an empty Envelope (MALFORMED answer); with a length it is refused.
    let status = unsafe { ffi::call(test_plugin, std::ptr::null(), 0, &mut out, &mut out_len) };
    assert_eq!(status, ffi::STATUS_OK);
    let body = Envelope::decode(unsafe { std::slice::from_raw_parts(out, out_len) }).unwrap().body.unwrap();
    unsafe { ffi::free(out, out_len) };
    assert_eq!(error_code(&body).1, codes::MALFORMED);
    let status = unsafe { ffi::call(test_plugin, std::ptr::null(), 3, &mut out, &mut out_len) };
    assert_eq!(status, ffi::STATUS_INVALID_ARGUMENT);
    unsafe { ffi::free(out, out_len) };
    let status = unsafe { ffi::call(test_plugin, request.as_ptr(), request.len(), std::ptr::null_mut(), &mut out_len) };
    assert_eq!(status, ffi::STATUS_INVALID_ARGUMENT);
    unsafe { ffi::free(std::ptr::null_mut(), 0) };
}
