//! Types generated from `proto/` (package `eliza.interop.v1`) by `codegen/generate.sh`.
#![allow(clippy::all, missing_docs)]

include!("../../generated/rust/mod.rs");

pub use eliza::interop::v1::*;
