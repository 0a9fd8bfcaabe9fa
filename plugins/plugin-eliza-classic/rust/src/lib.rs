//! plugin-eliza-classic: Weizenbaum's 1966 ELIZA with the DOCTOR script as an elizaOS plugin (Rust).
//!
//! Action `generate-response` (similes ELIZA_RESPOND, ELIZA_CHAT, CLASSIC_ELIZA) answers the message text in its
//! session (`options.sessionId`, else the memory's room id, else `default`); provider `eliza-greeting` gives the
//! greeting. Replies are byte-identical to the Python and TypeScript implementations.
pub mod engine;

use std::collections::HashMap;
use std::sync::Mutex;

use elizaos_interop::proto::{
    ActionManifest, ActionResult, CrossLanguagePluginManifest, InteropProtocol, Memory, PluginInteropConfig,
    PluginLanguage, ProviderManifest, ProviderResult, State,
};
use elizaos_interop::{Plugin, PluginError, PluginResult, Struct, Value};
use pbjson_types::value::Kind;

pub use engine::{Conversation, Script, ScriptError, NO_MATCH_REPLIES};

pub const PLUGIN_NAME: &str = "eliza-classic";
pub const PLUGIN_DESCRIPTION: &str =
    "Weizenbaum's 1966 ELIZA with the DOCTOR script, reproducing the CACM conversation exactly; no LLM required";
pub const PLUGIN_VERSION: &str = "0.1.0";
pub const ACTION_NAME: &str = "generate-response";
pub const ACTION_DESCRIPTION: &str = "Generate an ELIZA response for user input using classic pattern matching.";
pub const ACTION_SIMILES: [&str; 3] = ["ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA"];
pub const PROVIDER_NAME: &str = "eliza-greeting";
pub const PROVIDER_DESCRIPTION: &str = "Provides the ELIZA greeting message.";
pub const NO_TEXT_ERROR: &str = "No user input provided";
pub const DEFAULT_SESSION: &str = "default";

/// The session key: `options.sessionId` if given, else the memory's room id, else `default`.
pub fn session_key(options: Option<&Struct>, memory: &Memory) -> String {
    if let Some(Some(Kind::StringValue(sid))) =
        options.and_then(|o| o.fields.get("sessionId")).map(|v| v.kind.as_ref())
    {
        if !sid.is_empty() {
            return sid.clone();
        }
    }
    if memory.room_id.is_empty() {
        DEFAULT_SESSION.to_string()
    } else {
        memory.room_id.clone()
    }
}

fn message_text(memory: &Memory) -> &str {
    memory.content.as_ref().and_then(|c| c.text.as_deref()).unwrap_or("")
}

/// The plugin: conversations by session key.
#[derive(Debug, Default)]
pub struct ElizaClassicPlugin {
    sessions: Mutex<HashMap<String, Conversation>>,
}

impl ElizaClassicPlugin {
    pub fn new() -> Self {
        Self::default()
    }

    /// ELIZA's reply to `text` in `session` (the session is created on first use).
    pub fn respond(&self, session: &str, text: &str) -> PluginResult<String> {
        let mut sessions = self.sessions.lock().map_err(|_| PluginError::handler("session lock poisoned"))?;
        let conv = sessions.entry(session.to_string()).or_default();
        conv.respond(text).map_err(|e| PluginError::handler(e.to_string()))
    }

    /// Forget one session, or all of them.
    pub fn reset(&self, session: Option<&str>) {
        if let Ok(mut sessions) = self.sessions.lock() {
            match session {
                Some(s) => {
                    sessions.remove(s);
                }
                None => sessions.clear(),
            }
        }
    }
}

impl Plugin for ElizaClassicPlugin {
    fn manifest(&self) -> CrossLanguagePluginManifest {
        CrossLanguagePluginManifest {
            name: PLUGIN_NAME.into(),
            description: PLUGIN_DESCRIPTION.into(),
            version: PLUGIN_VERSION.into(),
            language: PluginLanguage::Rust as i32,
            interop: Some(PluginInteropConfig { protocol: InteropProtocol::Ffi as i32, ..Default::default() }),
            actions: vec![ActionManifest {
                name: ACTION_NAME.into(),
                description: ACTION_DESCRIPTION.into(),
                similes: ACTION_SIMILES.iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            }],
            providers: vec![ProviderManifest {
                name: PROVIDER_NAME.into(),
                description: Some(PROVIDER_DESCRIPTION.into()),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    fn validate_action(&self, name: &str, memory: &Memory, _state: Option<&State>) -> PluginResult<bool> {
        if name != ACTION_NAME {
            return Err(PluginError::not_found("action", name));
        }
        Ok(!message_text(memory).trim().is_empty())
    }

    fn invoke_action(
        &self,
        name: &str,
        memory: &Memory,
        _state: Option<&State>,
        options: Option<&Struct>,
    ) -> PluginResult<ActionResult> {
        if name != ACTION_NAME {
            return Err(PluginError::not_found("action", name));
        }
        let text = message_text(memory);
        if text.trim().is_empty() {
            return Ok(ActionResult { success: false, error: Some(NO_TEXT_ERROR.into()), ..Default::default() });
        }
        let reply = self.respond(&session_key(options, memory), text)?;
        Ok(ActionResult { success: true, text: Some(reply), ..Default::default() })
    }

    fn get_provider(&self, name: &str, _memory: &Memory, _state: Option<&State>) -> PluginResult<ProviderResult> {
        if name != PROVIDER_NAME {
            return Err(PluginError::not_found("provider", name));
        }
        let greeting = Script::doctor().greeting.clone();
        let values = Struct {
            fields: [("greeting".to_string(), Value { kind: Some(Kind::StringValue(greeting.clone())) })]
                .into_iter()
                .collect(),
        };
        Ok(ProviderResult { text: Some(greeting), values: Some(values), data: None })
    }
}

// C ABI exports under feature `ffi` (default), WASM ABI exports under feature `wasm`.
elizaos_interop::export_plugin!(ElizaClassicPlugin::new());
