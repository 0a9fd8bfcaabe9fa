//! Loads every plugin.json under plugins/ that a Rust host can load (work in progress).
fn main() {}
