//! Drives the Rust implementation from JSON lines: each stdin line `{"method": "...", "params": {...}}`
//! is answered on stdout by `{"result": ...}` or `{"error": {"code": "...", "message": "..."}}`.
//! Used by the cross-language tests (tests/python/test_inmemorydb_crosslang.py).
use std::io::{BufRead, BufWriter, Write};

use elizaos_interop::proto::ErrorCode;
use elizaos_interop::wire::constants::code_name;
use plugin_inmemorydb::InMemoryDb;
use serde_json::{json, Value};

fn main() -> std::io::Result<()> {
    let db = InMemoryDb::new();
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let reply = match serde_json::from_str::<Value>(&line) {
            Err(e) => json!({"error": {"code": code_name(ErrorCode::Malformed), "message": e.to_string()}}),
            Ok(req) => match req.get("method").and_then(Value::as_str) {
                None => json!({"error": {"code": code_name(ErrorCode::Malformed), "message": "missing 'method'"}}),
                Some(method) => match db.call(method, req.get("params").unwrap_or(&Value::Null)) {
                    Ok(result) => json!({"result": result}),
                    Err(e) => json!({"error": {"code": code_name(e.code), "message": e.message}}),
                },
            },
        };
        serde_json::to_writer(&mut out, &reply)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    Ok(())
}
