//! Bench peer: the same echo action as `rust/tests/fixtures/echo-plugin`, exported as an Extism plugin.
//!
//! `call` takes an `Envelope` (protobuf bytes) and returns the response `Envelope` produced by
//! `elizaos_interop::serve::dispatch::handle`: the same work our WASM ABI export does, behind Extism's ABI instead.
use std::collections::HashMap;

use elizaos_interop::proto::{ActionManifest, ActionResult, CrossLanguagePluginManifest, Memory, PluginLanguage, State};
use elizaos_interop::{Plugin, PluginError, PluginResult, Struct};
use extism_pdk::{plugin_fn, FnResult};

struct Echo;

impl Plugin for Echo {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest {
            name: "echo".into(),
            description: "Echoes its input (Extism bench peer)".into(),
            version: "0.1.0".into(),
            language: PluginLanguage::Rust as i32,
            actions: vec![ActionManifest { name: "ECHO".into(), description: "echo".into(), ..Default::default() }],
            ..Default::default()
        }
    }

    fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        _state: Option<&State>,
        options: Option<&Struct>,
    ) -> PluginResult<ActionResult> {
        if name != "ECHO" {
            return Err(PluginError::not_found("action", name));
        }
        Ok(ActionResult {
            success: true,
            text: Some(memory.content.as_ref().and_then(|c| c.text.clone()).unwrap_or_default()),
            values: options.cloned(),
            data: Some(Struct { fields: HashMap::new() }),
            error: None,
        })
    }
}

static PLUGIN: Echo = Echo;

/// One Envelope in, one Envelope out.
#[plugin_fn]
pub fn call(input: Vec<u8>) -> FnResult<Vec<u8>> {
    Ok(elizaos_interop::serve::dispatch::handle(&PLUGIN, &input))
}
