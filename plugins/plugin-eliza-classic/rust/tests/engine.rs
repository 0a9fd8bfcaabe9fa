//! The CACM 1966 conversation, every golden vector in tests/vectors/eliza, HASH, sessions, plugin surface.
use std::collections::HashMap;
use std::path::PathBuf;

use elizaos_interop::proto::{Content, ErrorCode, Memory, PluginLanguage};
use elizaos_interop::{Plugin, Struct, Value};
use pbjson_types::value::Kind;
use plugin_eliza_classic::engine::{memory_hash, tokenize, Conversation, Script};
use plugin_eliza_classic::{ElizaClassicPlugin, ACTION_NAME, NO_MATCH_REPLIES, PROVIDER_NAME};

const GREETING: &str = "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM";

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/vectors/eliza")
}

fn load(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn check_vector(data: &serde_json::Value, file: &str) -> usize {
    assert_eq!(data["greeting"], GREETING, "{file}");
    let default = data["session"].as_str().expect("session");
    let mut conversations: HashMap<String, Conversation> = HashMap::new();
    let turns = data["turns"].as_array().expect("turns");
    for turn in turns {
        let session = turn.get("session").and_then(|s| s.as_str()).unwrap_or(default);
        let input = turn["input"].as_str().expect("input");
        let conv = conversations.entry(session.to_string()).or_default();
        let got = conv.respond(input).expect("reply");
        assert_eq!(got, turn["reply"].as_str().expect("reply"), "{file}: input {input:?}");
    }
    turns.len()
}

#[test]
fn greeting() {
    assert_eq!(Script::doctor().greeting, GREETING);
    assert_eq!(Conversation::default().greeting(), GREETING);
}

#[test]
fn cacm_transcript_reply_for_reply() {
    let data = load(&vectors_dir().join("cacm-1966.json"));
    assert_eq!(check_vector(&data, "cacm-1966.json"), 15);
}

#[test]
fn every_golden_vector() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/vectors/eliza")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected the golden ELIZA vectors, found {files:?}");
    for f in &files {
        check_vector(&load(f), &f.display().to_string());
    }
}

#[test]
fn hash_examples() {
    for (word, index) in [("HERE", 3), ("TIME", 0), ("KIDS", 1), ("RED", 2), ("BEAUTIFUL", 0)] {
        assert_eq!(memory_hash(word), index, "{word}");
    }
}

#[test]
fn tokenizer() {
    let got = tokenize("Well, my \"boy\"friend! Yes? a:b;c");
    let want = ["WELL", ",", "MY", "BOY", "FRIEND", ".", "YES", ".", "A", ",", "B", ",", "C"];
    assert_eq!(got, want);
    assert_eq!(tokenize("It's 3.5% ok"), ["IT'S", "3", ".", "5%", "OK"]);
    assert!(tokenize("").is_empty());
}

#[test]
fn no_match_replies_follow_limit() {
    let mut conv = Conversation::default();
    let got: Vec<String> = (0..4).map(|_| conv.respond("Can we talk").expect("reply")).collect();
    assert_eq!(got, [NO_MATCH_REPLIES[1], NO_MATCH_REPLIES[2], NO_MATCH_REPLIES[3], NO_MATCH_REPLIES[0]]);
}

#[test]
fn script_errors_are_clear() {
    let e = Script::parse("(HELLO) START (X ((0) (Y))").expect_err("unbalanced");
    assert!(e.0.contains("unbalanced"), "{e}");
    let e = Script::parse("(HELLO) START (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()").expect_err("none");
    assert!(e.0.contains("NONE"), "{e}");
    let looped: &'static Script = Box::leak(Box::new(
        Script::parse("(HI) START (A (=B)) (B (=A)) (NONE ((0) (X))) (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()")
            .expect("parse"),
    ));
    let e = Conversation::new(looped).respond("a").expect_err("loop");
    assert!(e.0.contains("loop"), "{e}");
}

fn memory(text: Option<&str>, room: &str) -> Memory {
    Memory {
        room_id: room.into(),
        content: Some(Content { text: text.map(str::to_string), ..Default::default() }),
        ..Default::default()
    }
}

fn session_options(id: &str) -> Struct {
    Struct {
        fields: [("sessionId".to_string(), Value { kind: Some(Kind::StringValue(id.into())) })].into_iter().collect(),
    }
}

#[test]
fn plugin_surface() {
    let plugin = ElizaClassicPlugin::new();
    let m = plugin.manifest();
    assert_eq!(m.name, "eliza-classic");
    assert_eq!(m.language, PluginLanguage::Rust as i32);
    assert_eq!(m.actions[0].name, ACTION_NAME);
    assert_eq!(m.actions[0].similes, ["ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA"]);
    assert_eq!(m.providers[0].name, PROVIDER_NAME);

    assert!(plugin.validate_action(ACTION_NAME, &memory(Some("Hello"), "r"), None).expect("validate"));
    assert!(!plugin.validate_action(ACTION_NAME, &memory(Some("  "), "r"), None).expect("validate"));
    assert!(!plugin.validate_action(ACTION_NAME, &memory(None, "r"), None).expect("validate"));
    assert_eq!(plugin.validate_action("nope", &memory(Some("x"), "r"), None).expect_err("nf").code, ErrorCode::NotFound);

    let r = plugin.invoke_action(ACTION_NAME, &memory(None, "r"), None, None).expect("invoke");
    assert!(!r.success);
    assert_eq!(r.error.as_deref(), Some("No user input provided"));

    let p = plugin.get_provider(PROVIDER_NAME, &memory(None, "r"), None).expect("provider");
    assert_eq!(p.text.as_deref(), Some(GREETING));
    assert_eq!(plugin.get_provider("nope", &memory(None, "r"), None).expect_err("nf").code, ErrorCode::NotFound);

    // The CACM conversation in room "a" (via roomId) and in session "s" (via options) interleaved with noise
    // in room "b" and the default session: no session disturbs another.
    let data = load(&vectors_dir().join("cacm-1966.json"));
    let opts = session_options("s");
    for turn in data["turns"].as_array().expect("turns") {
        let input = turn["input"].as_str().expect("input");
        let want = turn["reply"].as_str().expect("reply");
        let a = plugin.invoke_action(ACTION_NAME, &memory(Some(input), "a"), None, None).expect("a");
        assert!(a.success);
        assert_eq!(a.text.as_deref(), Some(want));
        plugin.invoke_action(ACTION_NAME, &memory(Some("My dog is sick"), "b"), None, None).expect("b");
        plugin.invoke_action(ACTION_NAME, &memory(Some("I need sleep"), ""), None, None).expect("default");
        let s = plugin.invoke_action(ACTION_NAME, &memory(Some(input), "b"), None, Some(&opts)).expect("s");
        assert_eq!(s.text.as_deref(), Some(want));
    }
}
