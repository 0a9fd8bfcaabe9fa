//! The wire: constants from the schema, the JSON codec, framing, and the per-variant body helper. Imports
//! nothing above it (only the generated messages); [`crate::errors`] builds on it.
pub mod body;
pub mod codec;
pub mod constants;
pub mod framing;
pub mod messages;
