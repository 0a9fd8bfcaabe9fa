//! Helpers shared by the Rust tests that replay the inmemorydb golden vectors, in two crates
//! (`rust/tests/host_inmemorydb.rs` through `common`, and `plugins/plugin-inmemorydb/rust/tests/vectors.rs`,
//! which includes this file with `#[path = ...] mod vector_support;`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Tolerance for numbers in the vectors (scores, embeddings).
pub const TOL: f64 = 1e-6;

/// The vector files (`*.json`) of `dir`, sorted; at least 4 of them.
pub fn vector_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "expected at least 4 vector files in {}", dir.display());
    files
}

/// Structural equality, numbers within [`TOL`], object key order irrelevant (booleans are not numbers).
pub fn close(a: &Value, b: &Value, path: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!((x - y).abs() <= TOL, "{path}: {x} != {y}");
        }
        (Value::Object(x), Value::Object(y)) => {
            let mut kx: Vec<_> = x.keys().collect();
            let mut ky: Vec<_> = y.keys().collect();
            kx.sort();
            ky.sort();
            assert_eq!(kx, ky, "{path}: keys differ: {a} vs {b}");
            for (k, v) in x {
                close(v, &y[k], &format!("{path}.{k}"));
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}: length differs: {a} vs {b}");
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                close(v, w, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}
