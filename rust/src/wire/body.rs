//! The one list of every `Envelope` body variant: its oneof field name, its JSON `type`, whether it is a
//! request, a response or one-way, and (through the list) its `id` and JSON form. Everything that needs "for
//! every variant" goes through the `for_every_body!` expansion here, never through a hand-written match.
use crate::proto::envelope::Body;

/// Which way a message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Expects a response with the same `id`.
    Request,
    /// Answers the request with its `id` (`error` included).
    Response,
    /// No answer (`cancel`, `log`, `ready`).
    OneWay,
}

macro_rules! for_every_body {
    ($($variant:ident => $field:literal, $type:literal, $role:ident;)*) => {
        /// The snake_case oneof field name of a body (`"action_invoke"`).
        pub fn kind(body: &Body) -> &'static str {
            match body { $(Body::$variant(_) => $field,)* }
        }

        /// The JSON `type` of a body (`"action.invoke"`).
        pub fn type_name(body: &Body) -> &'static str {
            match body { $(Body::$variant(_) => $type,)* }
        }

        /// Whether a body is a request, a response or one-way.
        pub fn role(body: &Body) -> Role {
            match body { $(Body::$variant(_) => Role::$role,)* }
        }

        /// The inner `id` of a body.
        pub fn id(body: &Body) -> &str {
            match body { $(Body::$variant(m) => &m.id,)* }
        }

        /// The inner `id` of a body, mutable.
        pub fn id_mut(body: &mut Body) -> &mut String {
            match body { $(Body::$variant(m) => &mut m.id,)* }
        }

        /// The proto3 JSON of a body (the JSON form of every message is its body alone).
        pub fn to_json(body: &Body) -> Result<String, serde_json::Error> {
            match body { $(Body::$variant(m) => serde_json::to_string(m),)* }
        }

        /// Parses `line` as the body of JSON `type` `type_name` (`None` when no message has that type).
        pub fn from_json_as(type_name: &str, line: &str) -> Option<Result<Body, serde_json::Error>> {
            match type_name {
                $($type => Some(serde_json::from_str(line).map(Body::$variant)),)*
                _ => None,
            }
        }
    };
}

for_every_body! {
    ActionInvoke => "action_invoke", "action.invoke", Request;
    ActionResult => "action_result", "action.result", Response;
    ActionValidate => "action_validate", "action.validate", Request;
    Validation => "validation", "validate.result", Response;
    ProviderGet => "provider_get", "provider.get", Request;
    ProviderResult => "provider_result", "provider.result", Response;
    EvaluatorInvoke => "evaluator_invoke", "evaluator.invoke", Request;
    EvaluatorResult => "evaluator_result", "evaluator.result", Response;
    PluginInit => "plugin_init", "plugin.init", Request;
    PluginInitResult => "plugin_init_result", "plugin.init.result", Response;
    ServiceStart => "service_start", "service.start", Request;
    ServiceStop => "service_stop", "service.stop", Request;
    ServiceResult => "service_result", "service.result", Response;
    RouteHandle => "route_handle", "route.handle", Request;
    RouteResult => "route_result", "route.result", Response;
    Error => "error", "error", Response;
    Ready => "ready", "ready", OneWay;
    Hello => "hello", "hello", Request;
    HelloResult => "hello_result", "hello.result", Response;
    Cancel => "cancel", "cancel", OneWay;
    Log => "log", "log", OneWay;
    Shutdown => "shutdown", "shutdown", Request;
    ShutdownResult => "shutdown_result", "shutdown.result", Response;
    DbCall => "db_call", "db.call", Request;
    DbResult => "db_result", "db.result", Response;
    ManifestGet => "manifest_get", "manifest.get", Request;
    ManifestResult => "manifest_result", "manifest.result", Response;
    ModelInvoke => "model_invoke", "model.invoke", Request;
    ModelResult => "model_result", "model.result", Response;
}

/// The oneof field name and the inner `id` of a body (for messages).
pub fn describe(body: &Body) -> (&'static str, String) {
    (kind(body), id(body).to_owned())
}
