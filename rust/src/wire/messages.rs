//! Typed request bodies (ids are set by the channel) and the decoding of their responses: what the handle and
//! the paths' typed helpers build on.
use std::collections::HashMap;

use pbjson_types::{Struct, Value};

use crate::proto::envelope::Body;
use crate::proto::{
    ActionInvokeRequest, ActionResult, ActionValidateRequest, CrossLanguagePluginManifest, DbCallRequest,
    EvaluatorInvokeRequest, ManifestRequest, Memory, ModelInvokeRequest, PluginInitRequest, ProviderGetRequest,
    ProviderResult, State,
};
use crate::wire::{body, codec};

/// Request bodies (ids are set by the transport).
pub mod requests {
    use super::*;

    /// `plugin.init`.
    pub fn init(config: &HashMap<String, String>) -> Body {
        Body::PluginInit(PluginInitRequest {
            r#type: "plugin.init".into(),
            id: String::new(),
            config: config.clone(),
        })
    }
    /// `action.invoke`.
    pub fn invoke_action(name: &str, memory: &Memory, state: Option<&State>, options: Option<Struct>) -> Body {
        invoke_action_owned(name, memory.clone(), state.cloned(), options)
    }
    /// `action.invoke`, taking the memory and state (no copy).
    pub fn invoke_action_owned(name: &str, memory: Memory, state: Option<State>, options: Option<Struct>) -> Body {
        Body::ActionInvoke(ActionInvokeRequest {
            r#type: "action.invoke".into(),
            id: String::new(),
            action: name.into(),
            memory: Some(memory),
            state,
            options,
        })
    }
    /// `action.validate`.
    pub fn validate_action(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        Body::ActionValidate(ActionValidateRequest {
            r#type: "action.validate".into(),
            id: String::new(),
            action: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
        })
    }
    /// `provider.get`.
    pub fn get_provider(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        get_provider_owned(name, memory.clone(), state.cloned())
    }
    /// `provider.get`, taking the memory and state (no copy).
    pub fn get_provider_owned(name: &str, memory: Memory, state: Option<State>) -> Body {
        Body::ProviderGet(ProviderGetRequest {
            r#type: "provider.get".into(),
            id: String::new(),
            provider: name.into(),
            memory: Some(memory),
            state,
        })
    }
    /// `evaluator.invoke`.
    pub fn invoke_evaluator(name: &str, memory: &Memory, state: Option<&State>) -> Body {
        Body::EvaluatorInvoke(EvaluatorInvokeRequest {
            r#type: "evaluator.invoke".into(),
            id: String::new(),
            evaluator: name.into(),
            memory: Some(memory.clone()),
            state: state.cloned(),
        })
    }
    /// `model.invoke`.
    pub fn invoke_model(model: &str, params: Option<Struct>) -> Body {
        Body::ModelInvoke(ModelInvokeRequest {
            r#type: "model.invoke".into(),
            id: String::new(),
            model: model.into(),
            params,
        })
    }
    /// `db.call`; `params` must be a JSON object (or null for none).
    pub fn db_call(method: &str, params: serde_json::Value) -> Result<Body, String> {
        let params = match params {
            serde_json::Value::Object(map) => codec::json_to_struct(map),
            serde_json::Value::Null => Struct::default(),
            other => return Err(format!("db_call params must be a JSON object, got {other}")),
        };
        Ok(Body::DbCall(DbCallRequest {
            r#type: "db.call".into(),
            id: String::new(),
            method: method.into(),
            params: Some(params),
        }))
    }
    /// `manifest.get`.
    pub fn manifest() -> Body {
        Body::ManifestGet(ManifestRequest {
            r#type: "manifest.get".into(),
            id: String::new(),
        })
    }
}

/// Response decoding: `Err` names the unexpected message kind.
pub mod responses {
    use super::*;

    fn unexpected(expected: &str, body: &Body) -> String {
        format!("expected {expected}, got {} (id {:?})", body::kind(body), body::id(body))
    }
    /// `plugin.init.result` (success=false becomes `Err` with the plugin's message prefixed `init failed:`).
    pub fn init(body: Body) -> Result<Result<(), String>, String> {
        match body {
            Body::PluginInitResult(r) if r.success => Ok(Ok(())),
            Body::PluginInitResult(r) => Ok(Err(r.error.unwrap_or_else(|| "init failed".into()))),
            other => Err(unexpected("plugin.init.result", &other)),
        }
    }
    /// `action.result`.
    pub fn action(body: Body) -> Result<ActionResult, String> {
        match body {
            Body::ActionResult(r) => Ok(r.result.unwrap_or_default()),
            other => Err(unexpected("action.result", &other)),
        }
    }
    /// `validate.result`.
    pub fn validate(body: Body) -> Result<bool, String> {
        match body {
            Body::Validation(r) => Ok(r.valid),
            other => Err(unexpected("validate.result", &other)),
        }
    }
    /// `provider.result`.
    pub fn provider(body: Body) -> Result<ProviderResult, String> {
        match body {
            Body::ProviderResult(r) => Ok(r.result.unwrap_or_default()),
            other => Err(unexpected("provider.result", &other)),
        }
    }
    /// `evaluator.result` (or `action.result`, as elizaOS bridges send).
    pub fn evaluator(body: Body) -> Result<Option<ActionResult>, String> {
        match body {
            Body::EvaluatorResult(r) => Ok(r.result),
            Body::ActionResult(r) => Ok(r.result),
            other => Err(unexpected("evaluator.result", &other)),
        }
    }
    /// `model.result`.
    pub fn model(body: Body) -> Result<Value, String> {
        match body {
            Body::ModelResult(r) => Ok(r
                .result
                .unwrap_or_else(|| codec::json_to_value(serde_json::Value::Null))),
            other => Err(unexpected("model.result", &other)),
        }
    }
    /// `db.result` as JSON.
    pub fn db(body: Body) -> Result<serde_json::Value, String> {
        match body {
            Body::DbResult(r) => Ok(r
                .result
                .as_ref()
                .map_or(serde_json::Value::Null, codec::value_to_json)),
            other => Err(unexpected("db.result", &other)),
        }
    }
    /// `manifest.result`.
    pub fn manifest(body: Body) -> Result<CrossLanguagePluginManifest, String> {
        match body {
            Body::ManifestResult(r) => Ok(r.manifest.unwrap_or_default()),
            other => Err(unexpected("manifest.result", &other)),
        }
    }
}

