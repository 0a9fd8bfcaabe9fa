//! `dispatch::handle` / `handle_json` and the `ffi` call helpers against a small in-test plugin.
use std::collections::HashMap;

use elizaos_interop::export::ffi;
use elizaos_interop::serve::dispatch;
use elizaos_interop::wire::constants::code_name;
use elizaos_interop::wire::codec;
use elizaos_interop::proto::envelope::Body;
use elizaos_interop::proto::*;
use elizaos_interop::{Plugin, PluginError, PluginResult, Struct, Value, MAX_JSON_VALUE_DEPTH};
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
    let json = codec::value_to_json(&r.result.unwrap());
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
    assert_eq!(codec::value_to_json(&r.result.unwrap())["params"], serde_json::json!({}));
}

#[test]
fn plugin_errors_become_error_envelopes_with_code() {
    let body =
        call(Body::ActionInvoke(ActionInvokeRequest { id: "x".into(), action: "NOPE".into(), ..Default::default() }));
    assert_eq!(error_code(&body), ("x".into(), code_name(ErrorCode::NotFound).into(), "action not found: NOPE".into()));
    let body =
        call(Body::ModelInvoke(ModelInvokeRequest { id: "m".into(), model: "FAIL".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, code_name(ErrorCode::HandlerError));
    let mut config = HashMap::new();
    config.insert("bad".to_owned(), "1".to_owned());
    let body = call(Body::PluginInit(PluginInitRequest { id: "i".into(), config, ..Default::default() }));
    assert_eq!(error_code(&body), ("i".into(), code_name(ErrorCode::InvalidArgument).into(), "bad config".into()));
    let body =
        call(Body::ServiceStart(ServiceStartRequest { id: "s".into(), service: "svc".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, code_name(ErrorCode::NotFound));
    let body = call(Body::RouteHandle(RouteHandlerRequest { id: "r".into(), ..Default::default() }));
    assert_eq!(error_code(&body).1, code_name(ErrorCode::NotFound));
}

#[test]
fn bad_input_is_malformed_or_unknown_type() {
    let out = dispatch::handle(&TestPlugin, b"\xff\xff\xff\xff");
    let body = Envelope::decode(out.as_slice()).unwrap().body.unwrap();
    let (id, code, message) = error_code(&body);
    assert_eq!((id.as_str(), code.as_str()), ("", code_name(ErrorCode::Malformed)));
    assert!(message.contains("undecodable Envelope"), "{message}");

    let out = dispatch::handle(&TestPlugin, b"");
    let body = Envelope::decode(out.as_slice()).unwrap().body.unwrap();
    assert_eq!(error_code(&body).1, code_name(ErrorCode::Malformed));

    let body = call(Body::Shutdown(ShutdownRequest { r#type: "shutdown".into(), id: "q".into() }));
    assert_eq!(error_code(&body).0, "q");
    assert_eq!(error_code(&body).1, code_name(ErrorCode::UnknownType));
    let body = call(Body::ActionResult(ActionResultResponse::default()));
    assert_eq!(error_code(&body).1, code_name(ErrorCode::UnknownType));
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
        ("not json", "", code_name(ErrorCode::Malformed), "not JSON"),
        (r#"{"id":"a"}"#, "a", code_name(ErrorCode::Malformed), "no string field \"type\""),
        (r#"[1,2]"#, "", code_name(ErrorCode::Malformed), "not a JSON object"),
        (r#"{"type":"nope","id":"b"}"#, "b", code_name(ErrorCode::UnknownType), "unknown message type \"nope\""),
        (r#"{"type":"action.invoke","id":"c","action":5}"#, "c", code_name(ErrorCode::Malformed), "invalid \"action.invoke\""),
        (r#"{"type":"action.invoke","id":"d","bogus":1}"#, "d", code_name(ErrorCode::Malformed), "bogus"),
        (r#"{"type":"shutdown","id":"e"}"#, "e", code_name(ErrorCode::UnknownType), "unexpected message kind"),
        (r#"{"type":"x","id":7}"#, "", code_name(ErrorCode::Malformed), "\"id\" must be a string"),
        (r#"{"type":"action.invoke","id":"broken","memory":{"#, "broken", code_name(ErrorCode::Malformed), "not JSON"),
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
    assert_eq!(codec::recover_id(br#"{"type":"x", "id" : "abc", "pad":"#), "abc");
    assert_eq!(codec::recover_id(br#"{"payload":"\"id\"","id":"z"}"#), "z");
    assert_eq!(codec::recover_id(br#"{"id":5}"#), "");
    assert_eq!(codec::recover_id(b"garbage"), "");
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
    assert_eq!(error_code(&body).1, code_name(ErrorCode::Malformed));
    let status = unsafe { ffi::call(test_plugin, std::ptr::null(), 3, &mut out, &mut out_len) };
    assert_eq!(status, ffi::STATUS_INVALID_ARGUMENT);
    unsafe { ffi::free(out, out_len) };
    let status = unsafe { ffi::call(test_plugin, request.as_ptr(), request.len(), std::ptr::null_mut(), &mut out_len) };
    assert_eq!(status, ffi::STATUS_INVALID_ARGUMENT);
    unsafe { ffi::free(std::ptr::null_mut(), 0) };
}

/// A Struct nesting `levels` arrays/objects deep: `{"k": [[…["leaf"]…]]}` (the object and `levels - 1` lists).
fn nested(levels: usize) -> Struct {
    let mut v = Value::from("leaf");
    for _ in 1..levels {
        v = Value::from(vec![v]);
    }
    Struct { fields: HashMap::from([("k".to_owned(), v)]) }
}

/// Answers `body` in both framings: binary (`handle`) and JSON (`handle_json`, decoded back to an Envelope).
fn call_both(body: Body) -> [Body; 2] {
    let request = Envelope { body: Some(body) };
    let binary = Envelope::decode(dispatch::handle(&TestPlugin, &request.encode_to_vec()).as_slice()).expect("decodes");
    let line = dispatch::handle_json(&TestPlugin, &codec::envelope_to_json(&request));
    let json = codec::envelope_from_json(&line).unwrap_or_else(|e| panic!("{line}: {e:?}"));
    [binary.body.expect("a body"), json.body.expect("a body")]
}

fn state_with(data: StateData) -> State {
    State { data: Some(data), ..Default::default() }
}

/// Every Struct field a plugin request can carry, by its path, as a request (id "t") holding `s` there.
#[allow(clippy::type_complexity)]
fn deep_requests() -> Vec<(&'static str, Box<dyn Fn(Struct) -> Body>)> {
    fn action(memory: Memory, state: Option<State>, options: Option<Struct>) -> Body {
        Body::ActionInvoke(ActionInvokeRequest {
            r#type: "action.invoke".into(),
            id: "t".into(),
            action: "A".into(),
            memory: Some(memory),
            state,
            options,
        })
    }
    fn in_state(state: State) -> Body {
        action(memory("m"), Some(state), None)
    }
    fn result_with(s: Struct, data: bool) -> ActionResult {
        let (values, data) = if data { (None, Some(s)) } else { (Some(s), None) };
        ActionResult { success: true, values, data, ..Default::default() }
    }
    vec![
        ("options", Box::new(|s: Struct| action(memory("m"), None, Some(s)))),
        (
            "memory.content.data",
            Box::new(|s: Struct| {
                action(
                    Memory { content: Some(Content { data: Some(s), ..Default::default() }), ..Default::default() },
                    None,
                    None,
                )
            }),
        ),
        (
            "memory.metadata.custom.custom_data",
            Box::new(|s: Struct| {
                let custom = CustomMetadata { base: None, custom_data: Some(s) };
                let metadata = MemoryMetadata { metadata: Some(memory_metadata::Metadata::Custom(custom)) };
                Body::ActionValidate(ActionValidateRequest {
                    r#type: "action.validate".into(),
                    id: "t".into(),
                    action: "A".into(),
                    memory: Some(Memory { metadata: Some(metadata), ..Default::default() }),
                    state: Some(State::default()),
                })
            }),
        ),
        (
            "state.extra",
            Box::new(|s: Struct| {
                Body::ProviderGet(ProviderGetRequest {
                    r#type: "provider.get".into(),
                    id: "t".into(),
                    provider: "P".into(),
                    memory: None,
                    state: Some(State { extra: Some(s), ..Default::default() }),
                })
            }),
        ),
        (
            "state.values.extra",
            Box::new(|s: Struct| {
                Body::EvaluatorInvoke(EvaluatorInvokeRequest {
                    r#type: "evaluator.invoke".into(),
                    id: "t".into(),
                    evaluator: "SOME".into(),
                    memory: None,
                    state: Some(State {
                        values: Some(StateValues { extra: Some(s), ..Default::default() }),
                        ..Default::default()
                    }),
                })
            }),
        ),
        (
            "state.data.room.metadata.values",
            Box::new(|s: Struct| {
                let room = Room { metadata: Some(RoomMetadata { values: Some(s) }), ..Default::default() };
                in_state(state_with(StateData { room: Some(room), ..Default::default() }))
            }),
        ),
        (
            "state.data.world.metadata.extra",
            Box::new(|s: Struct| {
                let world = World {
                    metadata: Some(WorldMetadata { extra: Some(s), ..Default::default() }),
                    ..Default::default()
                };
                in_state(state_with(StateData { world: Some(world), ..Default::default() }))
            }),
        ),
        (
            "state.data.entity.metadata",
            Box::new(|s: Struct| {
                let entity = Entity { metadata: Some(s), ..Default::default() };
                in_state(state_with(StateData { entity: Some(entity), ..Default::default() }))
            }),
        ),
        (
            "state.data.entity.components[1].data",
            Box::new(|s: Struct| {
                let components = vec![Component::default(), Component { data: Some(s), ..Default::default() }];
                let entity = Entity { components, ..Default::default() };
                in_state(state_with(StateData { entity: Some(entity), ..Default::default() }))
            }),
        ),
        (
            r#"state.data.providers["p"].data"#,
            Box::new(|s: Struct| {
                let entry = ProviderCacheEntry { data: Some(s), ..Default::default() };
                in_state(state_with(StateData {
                    providers: HashMap::from([("p".into(), entry)]),
                    ..Default::default()
                }))
            }),
        ),
        (
            "state.data.action_plan.metadata",
            Box::new(|s: Struct| {
                let plan = ActionPlan { metadata: Some(s), ..Default::default() };
                in_state(state_with(StateData { action_plan: Some(plan), ..Default::default() }))
            }),
        ),
        (
            "state.data.action_plan.steps[0].result.values",
            Box::new(|s: Struct| {
                let step = ActionPlanStep { result: Some(result_with(s, false)), ..Default::default() };
                let plan = ActionPlan { steps: vec![step], ..Default::default() };
                in_state(state_with(StateData { action_plan: Some(plan), ..Default::default() }))
            }),
        ),
        (
            "state.data.action_results[0].data",
            Box::new(|s: Struct| {
                in_state(state_with(StateData { action_results: vec![result_with(s, true)], ..Default::default() }))
            }),
        ),
        (
            r#"state.data.working_memory["w"].result.values"#,
            Box::new(|s: Struct| {
                let item = WorkingMemoryItem { result: Some(result_with(s, false)), ..Default::default() };
                in_state(state_with(StateData {
                    working_memory: HashMap::from([("w".into(), item)]),
                    ..Default::default()
                }))
            }),
        ),
        (
            "state.data.extra",
            Box::new(|s: Struct| in_state(state_with(StateData { extra: Some(s), ..Default::default() }))),
        ),
        (
            "params",
            Box::new(|s: Struct| {
                Body::ModelInvoke(ModelInvokeRequest {
                    r#type: "model.invoke".into(),
                    id: "t".into(),
                    model: "TEXT_LARGE".into(),
                    params: Some(s),
                })
            }),
        ),
        (
            "params",
            Box::new(|s: Struct| {
                Body::DbCall(DbCallRequest {
                    r#type: "db.call".into(),
                    id: "t".into(),
                    method: "m".into(),
                    params: Some(s),
                })
            }),
        ),
        (
            "body",
            Box::new(|s: Struct| {
                Body::RouteHandle(RouteHandlerRequest {
                    r#type: "route.handle".into(),
                    id: "t".into(),
                    path: "/p".into(),
                    method: "GET".into(),
                    body: Some(s),
                    ..Default::default()
                })
            }),
        ),
    ]
}

#[test]
fn values_nested_past_max_json_value_depth_are_malformed_naming_the_field() {
    assert_eq!(MAX_JSON_VALUE_DEPTH, 32);
    for (path, request) in deep_requests() {
        // At the limit the request reaches the plugin (route.handle: NOT_FOUND, db.call: one level deeper
        // result) in both framings.
        for answer in call_both(request(nested(MAX_JSON_VALUE_DEPTH))) {
            if let Body::Error(_) = &answer {
                let (id, code, message) = error_code(&answer);
                assert_eq!(id, "t", "{path}");
                assert_ne!(code, "MALFORMED", "{path}: {message}");
            }
        }
        for answer in call_both(request(nested(MAX_JSON_VALUE_DEPTH + 1))) {
            let (id, code, message) = error_code(&answer);
            assert_eq!((id.as_str(), code.as_str()), ("t", "MALFORMED"), "{path}: {message}");
            assert_eq!(
                message,
                format!("field {path:?}: JSON value nests more than 32 arrays/objects deep (MAX_JSON_VALUE_DEPTH)")
            );
        }
    }
}

#[test]
fn results_nested_past_max_json_value_depth_are_handler_errors() {
    // TestPlugin's db_call answers {"method": …, "params": params}: one level deeper than its params.
    let db = |levels| {
        Body::DbCall(DbCallRequest {
            r#type: "db.call".into(),
            id: "d".into(),
            method: "m".into(),
            params: Some(nested(levels)),
        })
    };
    for answer in call_both(db(MAX_JSON_VALUE_DEPTH - 1)) {
        assert!(matches!(&answer, Body::DbResult(r) if r.id == "d"), "{answer:?}");
    }
    for answer in call_both(db(MAX_JSON_VALUE_DEPTH)) {
        let (id, code, message) = error_code(&answer);
        assert_eq!((id.as_str(), code.as_str()), ("d", "HANDLER_ERROR"));
        assert_eq!(message, "plugin result: JSON value nests more than 32 arrays/objects deep (MAX_JSON_VALUE_DEPTH)");
    }
}

#[test]
fn recover_id_protobuf_reads_the_head_of_broken_envelopes() {
    let request = Envelope {
        body: Some(Body::ActionInvoke(ActionInvokeRequest {
            r#type: "action.invoke".into(),
            id: "the-id".into(),
            options: Some(nested(3)),
            ..Default::default()
        })),
    }
    .encode_to_vec();
    assert_eq!(codec::recover_id_protobuf(&request), "the-id");
    // Truncated after the id: still found; inside the id: not.
    let cut = request.windows(6).position(|w| w == b"the-id").unwrap();
    assert_eq!(codec::recover_id_protobuf(&request[..cut + 6]), "the-id");
    assert_eq!(codec::recover_id_protobuf(&request[..cut + 3]), "");
    for garbage in
        [&b""[..], b"\x08\x01", b"\x0a", b"\x0a\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", b"\x0a\x05\x13\x12\xff\xff"]
    {
        assert_eq!(codec::recover_id_protobuf(garbage), "");
    }
    // An undecodable Envelope is answered MALFORMED under the id it carries.
    let out = dispatch::handle(&TestPlugin, &request[..request.len() - 1]);
    let body = Envelope::decode(out.as_slice()).unwrap().body.unwrap();
    let (id, code, _) = error_code(&body);
    assert_eq!((id.as_str(), code.as_str()), ("the-id", "MALFORMED"));
}
