//! Shared inmemorydb vectors (tests/vectors/inmemorydb/*.json) and api.json against the Rust implementation.
use std::path::PathBuf;

use elizaos_interop::wire::constants::code_name;
use elizaos_interop::Plugin;
use plugin_inmemorydb::{InMemoryDbPlugin, METHODS};
use serde_json::Value;

#[path = "../../../../rust/tests/common/vectors.rs"]
mod vector_support;
use vector_support::{close, vector_files};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().expect("array result").iter().map(|m| m["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn vectors() {
    let files = vector_files(&root().join("tests/vectors/inmemorydb"));
    for file in files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let plugin = InMemoryDbPlugin::new();
        for (i, step) in doc["steps"].as_array().unwrap().iter().enumerate() {
            let method = step["call"].as_str().unwrap();
            let where_ = format!("{} step {i} ({method})", file.file_name().unwrap().to_string_lossy());
            let res = plugin.db_call(method, &step["params"]);
            if let Some(code) = step.get("error") {
                let err = res.expect_err(&where_);
                assert_eq!(code_name(err.code), code.as_str().unwrap(), "{where_}: {}", err.message);
                continue;
            }
            let res = res.unwrap_or_else(|e| panic!("{where_}: {e}"));
            if let Some(exp) = step.get("expect") {
                close(&res, exp, &where_);
            }
            match step.get("expectIds") {
                Some(Value::String(id)) => assert_eq!(res["id"].as_str(), Some(id.as_str()), "{where_}"),
                Some(exp) => {
                    let want: Vec<String> = serde_json::from_value(exp.clone()).unwrap();
                    assert_eq!(ids(&res), want, "{where_}");
                }
                None => {}
            }
            if let Some(scores) = step.get("expectScores") {
                let got: Vec<Value> = res.as_array().unwrap().iter().map(|m| m["similarity"].clone()).collect();
                close(&Value::Array(got), scores, &where_);
            }
            if step.get("expectType").is_some() {
                assert!(res.is_string(), "{where_}: {res}");
            }
        }
    }
}

#[test]
fn methods_match_api_json() {
    let api: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("plugins/plugin-inmemorydb/api.json")).unwrap())
            .unwrap();
    let mut names: Vec<&str> = api["methods"].as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    names.sort_unstable();
    assert_eq!(METHODS, names.as_slice());
    // every listed method is dispatched (an unknown one would answer NOT_FOUND with "db method not found")
    let plugin = InMemoryDbPlugin::new();
    for m in METHODS {
        if let Err(e) = plugin.db_call(m, &Value::Null) {
            assert!(!e.message.contains("db method not found"), "{m} is not dispatched");
        }
    }
}

#[test]
fn manifest_names_the_plugin() {
    let m = InMemoryDbPlugin::new().manifest();
    assert_eq!(m.name, "inmemorydb");
}
