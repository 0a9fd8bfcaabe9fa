//! Bench: the echo action through the Rust wasmtime host (`elizaos_interop::paths::wasm`), printing one JSON object.
//!
//!     cargo run --release -p elizaos-interop --features host --example bench_wasm -- WASM SECONDS_PER_ROW MAX_CALLS
//!
//! Driven by `benches/run.py` (which builds it and reads its stdout). Measures the same round trip as the Python
//! and Node rows: `invoke_action("ECHO", memory)` with an 11-byte text and a 100 KB text (Memory built once;
//! each call clones it into the request like a host that keeps its message), plus start-up (cold compile
//! vs cached module) and peak RSS (VmHWM after `clear_refs`, Linux).
use std::time::Instant;

use elizaos_interop::paths::wasm::{WasmLimits, WasmPlugin};
use elizaos_interop::proto::{Content, Memory};

fn memory(text: &str) -> Memory {
    Memory {
        entity_id: "00000000-0000-0000-0000-000000000001".into(),
        room_id: "00000000-0000-0000-0000-000000000002".into(),
        content: Some(Content { text: Some(text.into()), ..Default::default() }),
        ..Default::default()
    }
}

fn status_kib(field: &str) -> u64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn row(plugin: &mut WasmPlugin, text: &str, seconds: f64, max_calls: usize) -> String {
    let mem = memory(text);
    for _ in 0..50 {
        let r = plugin.invoke_action("ECHO", mem.clone(), None, None).expect("echo call failed");
        assert_eq!(r.text.as_deref(), Some(text), "the plugin did not echo the text");
    }
    // calibrate
    let t = Instant::now();
    for _ in 0..50 {
        plugin.invoke_action("ECHO", mem.clone(), None, None).expect("echo call failed");
    }
    let per = t.elapsed().as_secs_f64() / 50.0;
    let n = ((seconds / per.max(1e-9)) as usize).clamp(200, max_calls);
    reset_peak();
    let rss0 = status_kib("VmRSS:");
    let mut lat = Vec::with_capacity(n);
    let start = Instant::now();
    for _ in 0..n {
        let s = Instant::now();
        let r = plugin.invoke_action("ECHO", mem.clone(), None, None).expect("echo call failed");
        lat.push(s.elapsed().as_nanos() as u64);
        std::hint::black_box(r);
    }
    let total = start.elapsed().as_nanos() as u64;
    let peak = status_kib("VmHWM:");
    let lat_s: Vec<String> = lat.iter().map(|v| v.to_string()).collect();
    format!(
        "{{\"n\":{n},\"total_ns\":{total},\"rss_before_kib\":{rss0},\"peak_rss_kib\":{peak},\"lat_ns\":[{}]}}",
        lat_s.join(",")
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: bench_wasm WASM [SECONDS_PER_ROW] [MAX_CALLS]");
    let seconds: f64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1.0);
    let max_calls: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(200_000);
    let rss_start = status_kib("VmRSS:");
    let t = Instant::now();
    let mut plugin = WasmPlugin::load(path, WasmLimits::default()).expect("cannot load the wasm plugin");
    let cold_ns = t.elapsed().as_nanos() as u64;
    let load_rss = status_kib("VmRSS:").saturating_sub(rss_start);
    let mut cached = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let p = WasmPlugin::load(path, WasmLimits::default()).expect("cannot load the wasm plugin");
        cached.push(t.elapsed().as_nanos() as u64);
        drop(p);
    }
    cached.sort_unstable();
    let small = row(&mut plugin, "hello world", seconds, max_calls);
    let big_text = "x".repeat(100 * 1024);
    let large = row(&mut plugin, &big_text, seconds, max_calls);
    println!(
        "{{\"cold_load_ns\":{cold_ns},\"cached_load_ns\":{},\"load_rss_kib\":{load_rss},\"small\":{small},\"large\":{large}}}",
        cached[cached.len() / 2]
    );
}
