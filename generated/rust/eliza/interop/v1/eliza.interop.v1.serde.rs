// Generated from proto/ by codegen/generate.sh (buf generate). Do not edit; regenerate instead.
// @generated
impl serde::Serialize for ActionContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.previous_results.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionContext", len)?;
        if !self.previous_results.is_empty() {
            struct_ser.serialize_field("previousResults", &self.previous_results)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "previous_results",
            "previousResults",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PreviousResults,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "previousResults" | "previous_results" => Ok(GeneratedField::PreviousResults),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut previous_results__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PreviousResults => {
                            if previous_results__.is_some() {
                                return Err(serde::de::Error::duplicate_field("previousResults"));
                            }
                            previous_results__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ActionContext {
                    previous_results: previous_results__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionExample {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.content.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionExample", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionExample {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Content,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "content" => Ok(GeneratedField::Content),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionExample;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionExample")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionExample, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionExample {
                    name: name__.unwrap_or_default(),
                    content: content__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionExample", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionInvokeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.action.is_empty() {
            len += 1;
        }
        if self.memory.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionInvokeRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if let Some(v) = self.memory.as_ref() {
            struct_ser.serialize_field("memory", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionInvokeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "action",
            "memory",
            "state",
            "options",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Action,
            Memory,
            State,
            Options,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "action" => Ok(GeneratedField::Action),
                            "memory" => Ok(GeneratedField::Memory),
                            "state" => Ok(GeneratedField::State),
                            "options" => Ok(GeneratedField::Options),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionInvokeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionInvokeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionInvokeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut action__ = None;
                let mut memory__ = None;
                let mut state__ = None;
                let mut options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Memory => {
                            if memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memory"));
                            }
                            memory__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionInvokeRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    action: action__.unwrap_or_default(),
                    memory: memory__,
                    state: state__,
                    options: options__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionInvokeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionLogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.action.is_some() {
            len += 1;
        }
        if self.action_id.is_some() {
            len += 1;
        }
        if self.message.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        if !self.responses.is_empty() {
            len += 1;
        }
        if self.content.is_some() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        if !self.prompts.is_empty() {
            len += 1;
        }
        if self.prompt_count.is_some() {
            len += 1;
        }
        if self.plan_step.is_some() {
            len += 1;
        }
        if self.plan_thought.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionLogBody", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.action.as_ref() {
            struct_ser.serialize_field("action", v)?;
        }
        if let Some(v) = self.action_id.as_ref() {
            struct_ser.serialize_field("actionId", v)?;
        }
        if let Some(v) = self.message.as_ref() {
            struct_ser.serialize_field("message", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        if !self.responses.is_empty() {
            struct_ser.serialize_field("responses", &self.responses)?;
        }
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        if !self.prompts.is_empty() {
            struct_ser.serialize_field("prompts", &self.prompts)?;
        }
        if let Some(v) = self.prompt_count.as_ref() {
            struct_ser.serialize_field("promptCount", v)?;
        }
        if let Some(v) = self.plan_step.as_ref() {
            struct_ser.serialize_field("planStep", v)?;
        }
        if let Some(v) = self.plan_thought.as_ref() {
            struct_ser.serialize_field("planThought", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionLogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "action",
            "action_id",
            "actionId",
            "message",
            "state",
            "responses",
            "content",
            "result",
            "prompts",
            "prompt_count",
            "promptCount",
            "plan_step",
            "planStep",
            "plan_thought",
            "planThought",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            Action,
            ActionId,
            Message,
            State,
            Responses,
            Content,
            Result,
            Prompts,
            PromptCount,
            PlanStep,
            PlanThought,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "action" => Ok(GeneratedField::Action),
                            "actionId" | "action_id" => Ok(GeneratedField::ActionId),
                            "message" => Ok(GeneratedField::Message),
                            "state" => Ok(GeneratedField::State),
                            "responses" => Ok(GeneratedField::Responses),
                            "content" => Ok(GeneratedField::Content),
                            "result" => Ok(GeneratedField::Result),
                            "prompts" => Ok(GeneratedField::Prompts),
                            "promptCount" | "prompt_count" => Ok(GeneratedField::PromptCount),
                            "planStep" | "plan_step" => Ok(GeneratedField::PlanStep),
                            "planThought" | "plan_thought" => Ok(GeneratedField::PlanThought),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionLogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionLogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionLogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut action__ = None;
                let mut action_id__ = None;
                let mut message__ = None;
                let mut state__ = None;
                let mut responses__ = None;
                let mut content__ = None;
                let mut result__ = None;
                let mut prompts__ = None;
                let mut prompt_count__ = None;
                let mut plan_step__ = None;
                let mut plan_thought__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = map_.next_value()?;
                        }
                        GeneratedField::ActionId => {
                            if action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionId"));
                            }
                            action_id__ = map_.next_value()?;
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                        GeneratedField::Responses => {
                            if responses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("responses"));
                            }
                            responses__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                        GeneratedField::Prompts => {
                            if prompts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prompts"));
                            }
                            prompts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PromptCount => {
                            if prompt_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("promptCount"));
                            }
                            prompt_count__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::PlanStep => {
                            if plan_step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("planStep"));
                            }
                            plan_step__ = map_.next_value()?;
                        }
                        GeneratedField::PlanThought => {
                            if plan_thought__.is_some() {
                                return Err(serde::de::Error::duplicate_field("planThought"));
                            }
                            plan_thought__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionLogBody {
                    base: base__,
                    action: action__,
                    action_id: action_id__,
                    message: message__,
                    state: state__,
                    responses: responses__.unwrap_or_default(),
                    content: content__,
                    result: result__,
                    prompts: prompts__.unwrap_or_default(),
                    prompt_count: prompt_count__,
                    plan_step: plan_step__,
                    plan_thought: plan_thought__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionLogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionLogContent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.actions.is_empty() {
            len += 1;
        }
        if self.text.is_some() {
            len += 1;
        }
        if self.thought.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionLogContent", len)?;
        if !self.actions.is_empty() {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.thought.as_ref() {
            struct_ser.serialize_field("thought", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionLogContent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "actions",
            "text",
            "thought",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Actions,
            Text,
            Thought,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actions" => Ok(GeneratedField::Actions),
                            "text" => Ok(GeneratedField::Text),
                            "thought" => Ok(GeneratedField::Thought),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionLogContent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionLogContent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionLogContent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut actions__ = None;
                let mut text__ = None;
                let mut thought__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Thought => {
                            if thought__.is_some() {
                                return Err(serde::de::Error::duplicate_field("thought"));
                            }
                            thought__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionLogContent {
                    actions: actions__.unwrap_or_default(),
                    text: text__,
                    thought: thought__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionLogContent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionLogPrompt {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.model_type.is_empty() {
            len += 1;
        }
        if !self.prompt.is_empty() {
            len += 1;
        }
        if self.timestamp != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionLogPrompt", len)?;
        if !self.model_type.is_empty() {
            struct_ser.serialize_field("modelType", &self.model_type)?;
        }
        if !self.prompt.is_empty() {
            struct_ser.serialize_field("prompt", &self.prompt)?;
        }
        if self.timestamp != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestamp", ToString::to_string(&self.timestamp).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionLogPrompt {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "model_type",
            "modelType",
            "prompt",
            "timestamp",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ModelType,
            Prompt,
            Timestamp,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "modelType" | "model_type" => Ok(GeneratedField::ModelType),
                            "prompt" => Ok(GeneratedField::Prompt),
                            "timestamp" => Ok(GeneratedField::Timestamp),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionLogPrompt;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionLogPrompt")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionLogPrompt, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut model_type__ = None;
                let mut prompt__ = None;
                let mut timestamp__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ModelType => {
                            if model_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelType"));
                            }
                            model_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Prompt => {
                            if prompt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prompt"));
                            }
                            prompt__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Timestamp => {
                            if timestamp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestamp"));
                            }
                            timestamp__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ActionLogPrompt {
                    model_type: model_type__.unwrap_or_default(),
                    prompt: prompt__.unwrap_or_default(),
                    timestamp: timestamp__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionLogPrompt", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionLogResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.success.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        if self.text.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionLogResult", len)?;
        if let Some(v) = self.success.as_ref() {
            struct_ser.serialize_field("success", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionLogResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "success",
            "data",
            "text",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Success,
            Data,
            Text,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "success" => Ok(GeneratedField::Success),
                            "data" => Ok(GeneratedField::Data),
                            "text" => Ok(GeneratedField::Text),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionLogResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionLogResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionLogResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut success__ = None;
                let mut data__ = None;
                let mut text__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Success => {
                            if success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("success"));
                            }
                            success__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionLogResult {
                    success: success__,
                    data: data__,
                    text: text__,
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionLogResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.similes.is_empty() {
            len += 1;
        }
        if !self.examples.is_empty() {
            len += 1;
        }
        if self.priority.is_some() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if !self.parameters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionManifest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.similes.is_empty() {
            struct_ser.serialize_field("similes", &self.similes)?;
        }
        if !self.examples.is_empty() {
            struct_ser.serialize_field("examples", &self.examples)?;
        }
        if let Some(v) = self.priority.as_ref() {
            struct_ser.serialize_field("priority", v)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "similes",
            "examples",
            "priority",
            "tags",
            "parameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            Similes,
            Examples,
            Priority,
            Tags,
            Parameters,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "similes" => Ok(GeneratedField::Similes),
                            "examples" => Ok(GeneratedField::Examples),
                            "priority" => Ok(GeneratedField::Priority),
                            "tags" => Ok(GeneratedField::Tags),
                            "parameters" => Ok(GeneratedField::Parameters),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut similes__ = None;
                let mut examples__ = None;
                let mut priority__ = None;
                let mut tags__ = None;
                let mut parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Similes => {
                            if similes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similes"));
                            }
                            similes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Examples => {
                            if examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("examples"));
                            }
                            examples__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Priority => {
                            if priority__.is_some() {
                                return Err(serde::de::Error::duplicate_field("priority"));
                            }
                            priority__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ActionManifest {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    similes: similes__.unwrap_or_default(),
                    examples: examples__.unwrap_or_default(),
                    priority: priority__,
                    tags: tags__.unwrap_or_default(),
                    parameters: parameters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionParameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.required.is_some() {
            len += 1;
        }
        if self.schema.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionParameter", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if let Some(v) = self.required.as_ref() {
            struct_ser.serialize_field("required", v)?;
        }
        if let Some(v) = self.schema.as_ref() {
            struct_ser.serialize_field("schema", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionParameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "required",
            "schema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            Required,
            Schema,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "required" => Ok(GeneratedField::Required),
                            "schema" => Ok(GeneratedField::Schema),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionParameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionParameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionParameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut required__ = None;
                let mut schema__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Required => {
                            if required__.is_some() {
                                return Err(serde::de::Error::duplicate_field("required"));
                            }
                            required__ = map_.next_value()?;
                        }
                        GeneratedField::Schema => {
                            if schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schema"));
                            }
                            schema__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionParameter {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    required: required__,
                    schema: schema__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionParameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionParameterSchema {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.default_value.is_some() {
            len += 1;
        }
        if !self.enum_values.is_empty() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.items.is_some() {
            len += 1;
        }
        if self.minimum.is_some() {
            len += 1;
        }
        if self.maximum.is_some() {
            len += 1;
        }
        if self.pattern.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionParameterSchema", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.default_value.as_ref() {
            struct_ser.serialize_field("defaultValue", v)?;
        }
        if !self.enum_values.is_empty() {
            struct_ser.serialize_field("enumValues", &self.enum_values)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if let Some(v) = self.items.as_ref() {
            struct_ser.serialize_field("items", v)?;
        }
        if let Some(v) = self.minimum.as_ref() {
            struct_ser.serialize_field("minimum", v)?;
        }
        if let Some(v) = self.maximum.as_ref() {
            struct_ser.serialize_field("maximum", v)?;
        }
        if let Some(v) = self.pattern.as_ref() {
            struct_ser.serialize_field("pattern", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionParameterSchema {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "description",
            "default_value",
            "defaultValue",
            "enum_values",
            "enumValues",
            "properties",
            "items",
            "minimum",
            "maximum",
            "pattern",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Description,
            DefaultValue,
            EnumValues,
            Properties,
            Items,
            Minimum,
            Maximum,
            Pattern,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "description" => Ok(GeneratedField::Description),
                            "defaultValue" | "default_value" => Ok(GeneratedField::DefaultValue),
                            "enumValues" | "enum_values" => Ok(GeneratedField::EnumValues),
                            "properties" => Ok(GeneratedField::Properties),
                            "items" => Ok(GeneratedField::Items),
                            "minimum" => Ok(GeneratedField::Minimum),
                            "maximum" => Ok(GeneratedField::Maximum),
                            "pattern" => Ok(GeneratedField::Pattern),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionParameterSchema;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionParameterSchema")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionParameterSchema, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut description__ = None;
                let mut default_value__ = None;
                let mut enum_values__ = None;
                let mut properties__ = None;
                let mut items__ = None;
                let mut minimum__ = None;
                let mut maximum__ = None;
                let mut pattern__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultValue => {
                            if default_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultValue"));
                            }
                            default_value__ = map_.next_value()?;
                        }
                        GeneratedField::EnumValues => {
                            if enum_values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enumValues"));
                            }
                            enum_values__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = map_.next_value()?;
                        }
                        GeneratedField::Minimum => {
                            if minimum__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minimum"));
                            }
                            minimum__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Maximum => {
                            if maximum__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maximum"));
                            }
                            maximum__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Pattern => {
                            if pattern__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pattern"));
                            }
                            pattern__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionParameterSchema {
                    r#type: r#type__.unwrap_or_default(),
                    description: description__,
                    default_value: default_value__,
                    enum_values: enum_values__.unwrap_or_default(),
                    properties: properties__.unwrap_or_default(),
                    items: items__,
                    minimum: minimum__,
                    maximum: maximum__,
                    pattern: pattern__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionParameterSchema", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionParameters {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.values.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionParameters", len)?;
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionParameters {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "values" => Ok(GeneratedField::Values),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionParameters;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionParameters")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionParameters, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionParameters {
                    values: values__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionParameters", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionPlan {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.thought.is_empty() {
            len += 1;
        }
        if self.total_steps != 0 {
            len += 1;
        }
        if self.current_step != 0 {
            len += 1;
        }
        if !self.steps.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionPlan", len)?;
        if !self.thought.is_empty() {
            struct_ser.serialize_field("thought", &self.thought)?;
        }
        if self.total_steps != 0 {
            struct_ser.serialize_field("totalSteps", &self.total_steps)?;
        }
        if self.current_step != 0 {
            struct_ser.serialize_field("currentStep", &self.current_step)?;
        }
        if !self.steps.is_empty() {
            struct_ser.serialize_field("steps", &self.steps)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionPlan {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "thought",
            "total_steps",
            "totalSteps",
            "current_step",
            "currentStep",
            "steps",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Thought,
            TotalSteps,
            CurrentStep,
            Steps,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "thought" => Ok(GeneratedField::Thought),
                            "totalSteps" | "total_steps" => Ok(GeneratedField::TotalSteps),
                            "currentStep" | "current_step" => Ok(GeneratedField::CurrentStep),
                            "steps" => Ok(GeneratedField::Steps),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionPlan;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionPlan")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionPlan, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut thought__ = None;
                let mut total_steps__ = None;
                let mut current_step__ = None;
                let mut steps__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Thought => {
                            if thought__.is_some() {
                                return Err(serde::de::Error::duplicate_field("thought"));
                            }
                            thought__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TotalSteps => {
                            if total_steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalSteps"));
                            }
                            total_steps__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CurrentStep => {
                            if current_step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("currentStep"));
                            }
                            current_step__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Steps => {
                            if steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("steps"));
                            }
                            steps__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionPlan {
                    thought: thought__.unwrap_or_default(),
                    total_steps: total_steps__.unwrap_or_default(),
                    current_step: current_step__.unwrap_or_default(),
                    steps: steps__.unwrap_or_default(),
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionPlan", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionPlanStep {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.action.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionPlanStep", len)?;
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionPlanStep {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action",
            "status",
            "error",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Action,
            Status,
            Error,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "action" => Ok(GeneratedField::Action),
                            "status" => Ok(GeneratedField::Status),
                            "error" => Ok(GeneratedField::Error),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionPlanStep;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionPlanStep")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionPlanStep, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut action__ = None;
                let mut status__ = None;
                let mut error__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionPlanStep {
                    action: action__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    error: error__,
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionPlanStep", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.success {
            len += 1;
        }
        if self.text.is_some() {
            len += 1;
        }
        if self.values.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionResult", len)?;
        if self.success {
            struct_ser.serialize_field("success", &self.success)?;
        }
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "success",
            "text",
            "values",
            "data",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Success,
            Text,
            Values,
            Data,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "success" => Ok(GeneratedField::Success),
                            "text" => Ok(GeneratedField::Text),
                            "values" => Ok(GeneratedField::Values),
                            "data" => Ok(GeneratedField::Data),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut success__ = None;
                let mut text__ = None;
                let mut values__ = None;
                let mut data__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Success => {
                            if success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("success"));
                            }
                            success__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionResult {
                    success: success__.unwrap_or_default(),
                    text: text__,
                    values: values__,
                    data: data__,
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionResultResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionResultResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionResultResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionResultResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionResultResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionResultResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionResultResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionResultResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ActionValidateRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.action.is_empty() {
            len += 1;
        }
        if self.memory.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ActionValidateRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if let Some(v) = self.memory.as_ref() {
            struct_ser.serialize_field("memory", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionValidateRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "action",
            "memory",
            "state",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Action,
            Memory,
            State,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "action" => Ok(GeneratedField::Action),
                            "memory" => Ok(GeneratedField::Memory),
                            "state" => Ok(GeneratedField::State),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionValidateRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ActionValidateRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionValidateRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut action__ = None;
                let mut memory__ = None;
                let mut state__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Memory => {
                            if memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memory"));
                            }
                            memory__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ActionValidateRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    action: action__.unwrap_or_default(),
                    memory: memory__,
                    state: state__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ActionValidateRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Agent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.character.is_some() {
            len += 1;
        }
        if self.enabled.is_some() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.created_at != 0 {
            len += 1;
        }
        if self.updated_at != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Agent", len)?;
        if let Some(v) = self.character.as_ref() {
            struct_ser.serialize_field("character", v)?;
        }
        if let Some(v) = self.enabled.as_ref() {
            struct_ser.serialize_field("enabled", v)?;
        }
        if self.status != 0 {
            let v = AgentStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.created_at != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAt", ToString::to_string(&self.created_at).as_str())?;
        }
        if self.updated_at != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAt", ToString::to_string(&self.updated_at).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Agent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "character",
            "enabled",
            "status",
            "created_at",
            "createdAt",
            "updated_at",
            "updatedAt",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Character,
            Enabled,
            Status,
            CreatedAt,
            UpdatedAt,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "character" => Ok(GeneratedField::Character),
                            "enabled" => Ok(GeneratedField::Enabled),
                            "status" => Ok(GeneratedField::Status),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            "updatedAt" | "updated_at" => Ok(GeneratedField::UpdatedAt),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Agent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Agent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Agent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut character__ = None;
                let mut enabled__ = None;
                let mut status__ = None;
                let mut created_at__ = None;
                let mut updated_at__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Character => {
                            if character__.is_some() {
                                return Err(serde::de::Error::duplicate_field("character"));
                            }
                            character__ = map_.next_value()?;
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = map_.next_value()?;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<AgentStatus>()? as i32);
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UpdatedAt => {
                            if updated_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Agent {
                    character: character__,
                    enabled: enabled__,
                    status: status__.unwrap_or_default(),
                    created_at: created_at__.unwrap_or_default(),
                    updated_at: updated_at__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Agent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AgentRunCounts {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.actions != 0 {
            len += 1;
        }
        if self.model_calls != 0 {
            len += 1;
        }
        if self.errors != 0 {
            len += 1;
        }
        if self.evaluators != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.AgentRunCounts", len)?;
        if self.actions != 0 {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        if self.model_calls != 0 {
            struct_ser.serialize_field("modelCalls", &self.model_calls)?;
        }
        if self.errors != 0 {
            struct_ser.serialize_field("errors", &self.errors)?;
        }
        if self.evaluators != 0 {
            struct_ser.serialize_field("evaluators", &self.evaluators)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentRunCounts {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "actions",
            "model_calls",
            "modelCalls",
            "errors",
            "evaluators",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Actions,
            ModelCalls,
            Errors,
            Evaluators,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actions" => Ok(GeneratedField::Actions),
                            "modelCalls" | "model_calls" => Ok(GeneratedField::ModelCalls),
                            "errors" => Ok(GeneratedField::Errors),
                            "evaluators" => Ok(GeneratedField::Evaluators),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentRunCounts;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.AgentRunCounts")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentRunCounts, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut actions__ = None;
                let mut model_calls__ = None;
                let mut errors__ = None;
                let mut evaluators__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ModelCalls => {
                            if model_calls__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelCalls"));
                            }
                            model_calls__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Errors => {
                            if errors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("errors"));
                            }
                            errors__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Evaluators => {
                            if evaluators__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluators"));
                            }
                            evaluators__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(AgentRunCounts {
                    actions: actions__.unwrap_or_default(),
                    model_calls: model_calls__.unwrap_or_default(),
                    errors: errors__.unwrap_or_default(),
                    evaluators: evaluators__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.AgentRunCounts", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AgentRunSummary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.started_at.is_some() {
            len += 1;
        }
        if self.ended_at.is_some() {
            len += 1;
        }
        if self.duration_ms.is_some() {
            len += 1;
        }
        if self.message_id.is_some() {
            len += 1;
        }
        if self.room_id.is_some() {
            len += 1;
        }
        if self.entity_id.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.counts.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.AgentRunSummary", len)?;
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if self.status != 0 {
            let v = DbRunStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if let Some(v) = self.started_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startedAt", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.ended_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("endedAt", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.duration_ms.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.message_id.as_ref() {
            struct_ser.serialize_field("messageId", v)?;
        }
        if let Some(v) = self.room_id.as_ref() {
            struct_ser.serialize_field("roomId", v)?;
        }
        if let Some(v) = self.entity_id.as_ref() {
            struct_ser.serialize_field("entityId", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.counts.as_ref() {
            struct_ser.serialize_field("counts", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentRunSummary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_id",
            "runId",
            "status",
            "started_at",
            "startedAt",
            "ended_at",
            "endedAt",
            "duration_ms",
            "durationMs",
            "message_id",
            "messageId",
            "room_id",
            "roomId",
            "entity_id",
            "entityId",
            "metadata",
            "counts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            Status,
            StartedAt,
            EndedAt,
            DurationMs,
            MessageId,
            RoomId,
            EntityId,
            Metadata,
            Counts,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runId" | "run_id" => Ok(GeneratedField::RunId),
                            "status" => Ok(GeneratedField::Status),
                            "startedAt" | "started_at" => Ok(GeneratedField::StartedAt),
                            "endedAt" | "ended_at" => Ok(GeneratedField::EndedAt),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "messageId" | "message_id" => Ok(GeneratedField::MessageId),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "counts" => Ok(GeneratedField::Counts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentRunSummary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.AgentRunSummary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentRunSummary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                let mut status__ = None;
                let mut started_at__ = None;
                let mut ended_at__ = None;
                let mut duration_ms__ = None;
                let mut message_id__ = None;
                let mut room_id__ = None;
                let mut entity_id__ = None;
                let mut metadata__ = None;
                let mut counts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<DbRunStatus>()? as i32);
                        }
                        GeneratedField::StartedAt => {
                            if started_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAt"));
                            }
                            started_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::EndedAt => {
                            if ended_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endedAt"));
                            }
                            ended_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::MessageId => {
                            if message_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageId"));
                            }
                            message_id__ = map_.next_value()?;
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = map_.next_value()?;
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::Counts => {
                            if counts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("counts"));
                            }
                            counts__ = map_.next_value()?;
                        }
                    }
                }
                Ok(AgentRunSummary {
                    run_id: run_id__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    started_at: started_at__,
                    ended_at: ended_at__,
                    duration_ms: duration_ms__,
                    message_id: message_id__,
                    room_id: room_id__,
                    entity_id: entity_id__,
                    metadata: metadata__,
                    counts: counts__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.AgentRunSummary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AgentRunSummaryResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.runs.is_empty() {
            len += 1;
        }
        if self.total != 0 {
            len += 1;
        }
        if self.has_more {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.AgentRunSummaryResult", len)?;
        if !self.runs.is_empty() {
            struct_ser.serialize_field("runs", &self.runs)?;
        }
        if self.total != 0 {
            struct_ser.serialize_field("total", &self.total)?;
        }
        if self.has_more {
            struct_ser.serialize_field("hasMore", &self.has_more)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AgentRunSummaryResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "runs",
            "total",
            "has_more",
            "hasMore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Runs,
            Total,
            HasMore,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runs" => Ok(GeneratedField::Runs),
                            "total" => Ok(GeneratedField::Total),
                            "hasMore" | "has_more" => Ok(GeneratedField::HasMore),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentRunSummaryResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.AgentRunSummaryResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AgentRunSummaryResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut runs__ = None;
                let mut total__ = None;
                let mut has_more__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Runs => {
                            if runs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runs"));
                            }
                            runs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Total => {
                            if total__.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::HasMore => {
                            if has_more__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hasMore"));
                            }
                            has_more__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AgentRunSummaryResult {
                    runs: runs__.unwrap_or_default(),
                    total: total__.unwrap_or_default(),
                    has_more: has_more__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.AgentRunSummaryResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AgentStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "AGENT_STATUS_UNSPECIFIED",
            Self::Active => "AGENT_STATUS_ACTIVE",
            Self::Inactive => "AGENT_STATUS_INACTIVE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for AgentStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "AGENT_STATUS_UNSPECIFIED",
            "AGENT_STATUS_ACTIVE",
            "AGENT_STATUS_INACTIVE",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AgentStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "AGENT_STATUS_UNSPECIFIED" => Ok(AgentStatus::Unspecified),
                    "AGENT_STATUS_ACTIVE" => Ok(AgentStatus::Active),
                    "AGENT_STATUS_INACTIVE" => Ok(AgentStatus::Inactive),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for BaseLogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.run_id.is_some() {
            len += 1;
        }
        if self.parent_run_id.is_some() {
            len += 1;
        }
        if self.status.is_some() {
            len += 1;
        }
        if self.message_id.is_some() {
            len += 1;
        }
        if self.room_id.is_some() {
            len += 1;
        }
        if self.entity_id.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.BaseLogBody", len)?;
        if let Some(v) = self.run_id.as_ref() {
            struct_ser.serialize_field("runId", v)?;
        }
        if let Some(v) = self.parent_run_id.as_ref() {
            struct_ser.serialize_field("parentRunId", v)?;
        }
        if let Some(v) = self.status.as_ref() {
            struct_ser.serialize_field("status", v)?;
        }
        if let Some(v) = self.message_id.as_ref() {
            struct_ser.serialize_field("messageId", v)?;
        }
        if let Some(v) = self.room_id.as_ref() {
            struct_ser.serialize_field("roomId", v)?;
        }
        if let Some(v) = self.entity_id.as_ref() {
            struct_ser.serialize_field("entityId", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BaseLogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_id",
            "runId",
            "parent_run_id",
            "parentRunId",
            "status",
            "message_id",
            "messageId",
            "room_id",
            "roomId",
            "entity_id",
            "entityId",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            ParentRunId,
            Status,
            MessageId,
            RoomId,
            EntityId,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runId" | "run_id" => Ok(GeneratedField::RunId),
                            "parentRunId" | "parent_run_id" => Ok(GeneratedField::ParentRunId),
                            "status" => Ok(GeneratedField::Status),
                            "messageId" | "message_id" => Ok(GeneratedField::MessageId),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BaseLogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.BaseLogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BaseLogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                let mut parent_run_id__ = None;
                let mut status__ = None;
                let mut message_id__ = None;
                let mut room_id__ = None;
                let mut entity_id__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = map_.next_value()?;
                        }
                        GeneratedField::ParentRunId => {
                            if parent_run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentRunId"));
                            }
                            parent_run_id__ = map_.next_value()?;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = map_.next_value()?;
                        }
                        GeneratedField::MessageId => {
                            if message_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageId"));
                            }
                            message_id__ = map_.next_value()?;
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = map_.next_value()?;
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(BaseLogBody {
                    run_id: run_id__,
                    parent_run_id: parent_run_id__,
                    status: status__,
                    message_id: message_id__,
                    room_id: room_id__,
                    entity_id: entity_id__,
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.BaseLogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BaseMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        if self.source_id.is_some() {
            len += 1;
        }
        if self.scope.is_some() {
            len += 1;
        }
        if self.timestamp.is_some() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.BaseMetadata", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if let Some(v) = self.source.as_ref() {
            struct_ser.serialize_field("source", v)?;
        }
        if let Some(v) = self.source_id.as_ref() {
            struct_ser.serialize_field("sourceId", v)?;
        }
        if let Some(v) = self.scope.as_ref() {
            struct_ser.serialize_field("scope", v)?;
        }
        if let Some(v) = self.timestamp.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestamp", ToString::to_string(&v).as_str())?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BaseMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "source",
            "source_id",
            "sourceId",
            "scope",
            "timestamp",
            "tags",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Source,
            SourceId,
            Scope,
            Timestamp,
            Tags,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "source" => Ok(GeneratedField::Source),
                            "sourceId" | "source_id" => Ok(GeneratedField::SourceId),
                            "scope" => Ok(GeneratedField::Scope),
                            "timestamp" => Ok(GeneratedField::Timestamp),
                            "tags" => Ok(GeneratedField::Tags),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BaseMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.BaseMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BaseMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut source__ = None;
                let mut source_id__ = None;
                let mut scope__ = None;
                let mut timestamp__ = None;
                let mut tags__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = map_.next_value()?;
                        }
                        GeneratedField::SourceId => {
                            if source_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceId"));
                            }
                            source_id__ = map_.next_value()?;
                        }
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = map_.next_value()?;
                        }
                        GeneratedField::Timestamp => {
                            if timestamp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestamp"));
                            }
                            timestamp__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(BaseMetadata {
                    r#type: r#type__.unwrap_or_default(),
                    source: source__,
                    source_id: source_id__,
                    scope: scope__,
                    timestamp: timestamp__,
                    tags: tags__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.BaseMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.target_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.CancelRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.target_id.is_empty() {
            struct_ser.serialize_field("targetId", &self.target_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "target_id",
            "targetId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            TargetId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "targetId" | "target_id" => Ok(GeneratedField::TargetId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.CancelRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut target_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TargetId => {
                            if target_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("targetId"));
                            }
                            target_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CancelRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    target_id: target_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.CancelRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Character {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.username.is_some() {
            len += 1;
        }
        if self.system.is_some() {
            len += 1;
        }
        if !self.templates.is_empty() {
            len += 1;
        }
        if !self.bio.is_empty() {
            len += 1;
        }
        if !self.message_examples.is_empty() {
            len += 1;
        }
        if !self.post_examples.is_empty() {
            len += 1;
        }
        if !self.topics.is_empty() {
            len += 1;
        }
        if !self.adjectives.is_empty() {
            len += 1;
        }
        if !self.knowledge.is_empty() {
            len += 1;
        }
        if !self.plugins.is_empty() {
            len += 1;
        }
        if self.settings.is_some() {
            len += 1;
        }
        if !self.secrets.is_empty() {
            len += 1;
        }
        if self.style.is_some() {
            len += 1;
        }
        if self.advanced_planning.is_some() {
            len += 1;
        }
        if self.advanced_memory.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Character", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.username.as_ref() {
            struct_ser.serialize_field("username", v)?;
        }
        if let Some(v) = self.system.as_ref() {
            struct_ser.serialize_field("system", v)?;
        }
        if !self.templates.is_empty() {
            struct_ser.serialize_field("templates", &self.templates)?;
        }
        if !self.bio.is_empty() {
            struct_ser.serialize_field("bio", &self.bio)?;
        }
        if !self.message_examples.is_empty() {
            struct_ser.serialize_field("messageExamples", &self.message_examples)?;
        }
        if !self.post_examples.is_empty() {
            struct_ser.serialize_field("postExamples", &self.post_examples)?;
        }
        if !self.topics.is_empty() {
            struct_ser.serialize_field("topics", &self.topics)?;
        }
        if !self.adjectives.is_empty() {
            struct_ser.serialize_field("adjectives", &self.adjectives)?;
        }
        if !self.knowledge.is_empty() {
            struct_ser.serialize_field("knowledge", &self.knowledge)?;
        }
        if !self.plugins.is_empty() {
            struct_ser.serialize_field("plugins", &self.plugins)?;
        }
        if let Some(v) = self.settings.as_ref() {
            struct_ser.serialize_field("settings", v)?;
        }
        if !self.secrets.is_empty() {
            struct_ser.serialize_field("secrets", &self.secrets)?;
        }
        if let Some(v) = self.style.as_ref() {
            struct_ser.serialize_field("style", v)?;
        }
        if let Some(v) = self.advanced_planning.as_ref() {
            struct_ser.serialize_field("advancedPlanning", v)?;
        }
        if let Some(v) = self.advanced_memory.as_ref() {
            struct_ser.serialize_field("advancedMemory", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Character {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "username",
            "system",
            "templates",
            "bio",
            "message_examples",
            "messageExamples",
            "post_examples",
            "postExamples",
            "topics",
            "adjectives",
            "knowledge",
            "plugins",
            "settings",
            "secrets",
            "style",
            "advanced_planning",
            "advancedPlanning",
            "advanced_memory",
            "advancedMemory",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Username,
            System,
            Templates,
            Bio,
            MessageExamples,
            PostExamples,
            Topics,
            Adjectives,
            Knowledge,
            Plugins,
            Settings,
            Secrets,
            Style,
            AdvancedPlanning,
            AdvancedMemory,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "username" => Ok(GeneratedField::Username),
                            "system" => Ok(GeneratedField::System),
                            "templates" => Ok(GeneratedField::Templates),
                            "bio" => Ok(GeneratedField::Bio),
                            "messageExamples" | "message_examples" => Ok(GeneratedField::MessageExamples),
                            "postExamples" | "post_examples" => Ok(GeneratedField::PostExamples),
                            "topics" => Ok(GeneratedField::Topics),
                            "adjectives" => Ok(GeneratedField::Adjectives),
                            "knowledge" => Ok(GeneratedField::Knowledge),
                            "plugins" => Ok(GeneratedField::Plugins),
                            "settings" => Ok(GeneratedField::Settings),
                            "secrets" => Ok(GeneratedField::Secrets),
                            "style" => Ok(GeneratedField::Style),
                            "advancedPlanning" | "advanced_planning" => Ok(GeneratedField::AdvancedPlanning),
                            "advancedMemory" | "advanced_memory" => Ok(GeneratedField::AdvancedMemory),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Character;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Character")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Character, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut username__ = None;
                let mut system__ = None;
                let mut templates__ = None;
                let mut bio__ = None;
                let mut message_examples__ = None;
                let mut post_examples__ = None;
                let mut topics__ = None;
                let mut adjectives__ = None;
                let mut knowledge__ = None;
                let mut plugins__ = None;
                let mut settings__ = None;
                let mut secrets__ = None;
                let mut style__ = None;
                let mut advanced_planning__ = None;
                let mut advanced_memory__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Username => {
                            if username__.is_some() {
                                return Err(serde::de::Error::duplicate_field("username"));
                            }
                            username__ = map_.next_value()?;
                        }
                        GeneratedField::System => {
                            if system__.is_some() {
                                return Err(serde::de::Error::duplicate_field("system"));
                            }
                            system__ = map_.next_value()?;
                        }
                        GeneratedField::Templates => {
                            if templates__.is_some() {
                                return Err(serde::de::Error::duplicate_field("templates"));
                            }
                            templates__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Bio => {
                            if bio__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bio"));
                            }
                            bio__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MessageExamples => {
                            if message_examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageExamples"));
                            }
                            message_examples__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PostExamples => {
                            if post_examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("postExamples"));
                            }
                            post_examples__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Topics => {
                            if topics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("topics"));
                            }
                            topics__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Adjectives => {
                            if adjectives__.is_some() {
                                return Err(serde::de::Error::duplicate_field("adjectives"));
                            }
                            adjectives__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Knowledge => {
                            if knowledge__.is_some() {
                                return Err(serde::de::Error::duplicate_field("knowledge"));
                            }
                            knowledge__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Plugins => {
                            if plugins__.is_some() {
                                return Err(serde::de::Error::duplicate_field("plugins"));
                            }
                            plugins__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Settings => {
                            if settings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("settings"));
                            }
                            settings__ = map_.next_value()?;
                        }
                        GeneratedField::Secrets => {
                            if secrets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secrets"));
                            }
                            secrets__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Style => {
                            if style__.is_some() {
                                return Err(serde::de::Error::duplicate_field("style"));
                            }
                            style__ = map_.next_value()?;
                        }
                        GeneratedField::AdvancedPlanning => {
                            if advanced_planning__.is_some() {
                                return Err(serde::de::Error::duplicate_field("advancedPlanning"));
                            }
                            advanced_planning__ = map_.next_value()?;
                        }
                        GeneratedField::AdvancedMemory => {
                            if advanced_memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("advancedMemory"));
                            }
                            advanced_memory__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Character {
                    id: id__,
                    name: name__.unwrap_or_default(),
                    username: username__,
                    system: system__,
                    templates: templates__.unwrap_or_default(),
                    bio: bio__.unwrap_or_default(),
                    message_examples: message_examples__.unwrap_or_default(),
                    post_examples: post_examples__.unwrap_or_default(),
                    topics: topics__.unwrap_or_default(),
                    adjectives: adjectives__.unwrap_or_default(),
                    knowledge: knowledge__.unwrap_or_default(),
                    plugins: plugins__.unwrap_or_default(),
                    settings: settings__,
                    secrets: secrets__.unwrap_or_default(),
                    style: style__,
                    advanced_planning: advanced_planning__,
                    advanced_memory: advanced_memory__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Character", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CharacterSettings {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.should_respond_model.is_some() {
            len += 1;
        }
        if self.use_multi_step.is_some() {
            len += 1;
        }
        if self.max_multistep_iterations.is_some() {
            len += 1;
        }
        if self.bootstrap_defllmoff.is_some() {
            len += 1;
        }
        if self.bootstrap_keep_resp.is_some() {
            len += 1;
        }
        if self.providers_total_timeout_ms.is_some() {
            len += 1;
        }
        if self.max_working_memory_entries.is_some() {
            len += 1;
        }
        if self.always_respond_channels.is_some() {
            len += 1;
        }
        if self.always_respond_sources.is_some() {
            len += 1;
        }
        if self.default_temperature.is_some() {
            len += 1;
        }
        if self.default_max_tokens.is_some() {
            len += 1;
        }
        if self.default_frequency_penalty.is_some() {
            len += 1;
        }
        if self.default_presence_penalty.is_some() {
            len += 1;
        }
        if self.disable_basic_capabilities.is_some() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.CharacterSettings", len)?;
        if let Some(v) = self.should_respond_model.as_ref() {
            struct_ser.serialize_field("shouldRespondModel", v)?;
        }
        if let Some(v) = self.use_multi_step.as_ref() {
            struct_ser.serialize_field("useMultiStep", v)?;
        }
        if let Some(v) = self.max_multistep_iterations.as_ref() {
            struct_ser.serialize_field("maxMultistepIterations", v)?;
        }
        if let Some(v) = self.bootstrap_defllmoff.as_ref() {
            struct_ser.serialize_field("bootstrapDefllmoff", v)?;
        }
        if let Some(v) = self.bootstrap_keep_resp.as_ref() {
            struct_ser.serialize_field("bootstrapKeepResp", v)?;
        }
        if let Some(v) = self.providers_total_timeout_ms.as_ref() {
            struct_ser.serialize_field("providersTotalTimeoutMs", v)?;
        }
        if let Some(v) = self.max_working_memory_entries.as_ref() {
            struct_ser.serialize_field("maxWorkingMemoryEntries", v)?;
        }
        if let Some(v) = self.always_respond_channels.as_ref() {
            struct_ser.serialize_field("alwaysRespondChannels", v)?;
        }
        if let Some(v) = self.always_respond_sources.as_ref() {
            struct_ser.serialize_field("alwaysRespondSources", v)?;
        }
        if let Some(v) = self.default_temperature.as_ref() {
            struct_ser.serialize_field("defaultTemperature", v)?;
        }
        if let Some(v) = self.default_max_tokens.as_ref() {
            struct_ser.serialize_field("defaultMaxTokens", v)?;
        }
        if let Some(v) = self.default_frequency_penalty.as_ref() {
            struct_ser.serialize_field("defaultFrequencyPenalty", v)?;
        }
        if let Some(v) = self.default_presence_penalty.as_ref() {
            struct_ser.serialize_field("defaultPresencePenalty", v)?;
        }
        if let Some(v) = self.disable_basic_capabilities.as_ref() {
            struct_ser.serialize_field("disableBasicCapabilities", v)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CharacterSettings {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "should_respond_model",
            "shouldRespondModel",
            "use_multi_step",
            "useMultiStep",
            "max_multistep_iterations",
            "maxMultistepIterations",
            "bootstrap_defllmoff",
            "bootstrapDefllmoff",
            "bootstrap_keep_resp",
            "bootstrapKeepResp",
            "providers_total_timeout_ms",
            "providersTotalTimeoutMs",
            "max_working_memory_entries",
            "maxWorkingMemoryEntries",
            "always_respond_channels",
            "alwaysRespondChannels",
            "always_respond_sources",
            "alwaysRespondSources",
            "default_temperature",
            "defaultTemperature",
            "default_max_tokens",
            "defaultMaxTokens",
            "default_frequency_penalty",
            "defaultFrequencyPenalty",
            "default_presence_penalty",
            "defaultPresencePenalty",
            "disable_basic_capabilities",
            "disableBasicCapabilities",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ShouldRespondModel,
            UseMultiStep,
            MaxMultistepIterations,
            BootstrapDefllmoff,
            BootstrapKeepResp,
            ProvidersTotalTimeoutMs,
            MaxWorkingMemoryEntries,
            AlwaysRespondChannels,
            AlwaysRespondSources,
            DefaultTemperature,
            DefaultMaxTokens,
            DefaultFrequencyPenalty,
            DefaultPresencePenalty,
            DisableBasicCapabilities,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "shouldRespondModel" | "should_respond_model" => Ok(GeneratedField::ShouldRespondModel),
                            "useMultiStep" | "use_multi_step" => Ok(GeneratedField::UseMultiStep),
                            "maxMultistepIterations" | "max_multistep_iterations" => Ok(GeneratedField::MaxMultistepIterations),
                            "bootstrapDefllmoff" | "bootstrap_defllmoff" => Ok(GeneratedField::BootstrapDefllmoff),
                            "bootstrapKeepResp" | "bootstrap_keep_resp" => Ok(GeneratedField::BootstrapKeepResp),
                            "providersTotalTimeoutMs" | "providers_total_timeout_ms" => Ok(GeneratedField::ProvidersTotalTimeoutMs),
                            "maxWorkingMemoryEntries" | "max_working_memory_entries" => Ok(GeneratedField::MaxWorkingMemoryEntries),
                            "alwaysRespondChannels" | "always_respond_channels" => Ok(GeneratedField::AlwaysRespondChannels),
                            "alwaysRespondSources" | "always_respond_sources" => Ok(GeneratedField::AlwaysRespondSources),
                            "defaultTemperature" | "default_temperature" => Ok(GeneratedField::DefaultTemperature),
                            "defaultMaxTokens" | "default_max_tokens" => Ok(GeneratedField::DefaultMaxTokens),
                            "defaultFrequencyPenalty" | "default_frequency_penalty" => Ok(GeneratedField::DefaultFrequencyPenalty),
                            "defaultPresencePenalty" | "default_presence_penalty" => Ok(GeneratedField::DefaultPresencePenalty),
                            "disableBasicCapabilities" | "disable_basic_capabilities" => Ok(GeneratedField::DisableBasicCapabilities),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CharacterSettings;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.CharacterSettings")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CharacterSettings, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut should_respond_model__ = None;
                let mut use_multi_step__ = None;
                let mut max_multistep_iterations__ = None;
                let mut bootstrap_defllmoff__ = None;
                let mut bootstrap_keep_resp__ = None;
                let mut providers_total_timeout_ms__ = None;
                let mut max_working_memory_entries__ = None;
                let mut always_respond_channels__ = None;
                let mut always_respond_sources__ = None;
                let mut default_temperature__ = None;
                let mut default_max_tokens__ = None;
                let mut default_frequency_penalty__ = None;
                let mut default_presence_penalty__ = None;
                let mut disable_basic_capabilities__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ShouldRespondModel => {
                            if should_respond_model__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shouldRespondModel"));
                            }
                            should_respond_model__ = map_.next_value()?;
                        }
                        GeneratedField::UseMultiStep => {
                            if use_multi_step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("useMultiStep"));
                            }
                            use_multi_step__ = map_.next_value()?;
                        }
                        GeneratedField::MaxMultistepIterations => {
                            if max_multistep_iterations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxMultistepIterations"));
                            }
                            max_multistep_iterations__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::BootstrapDefllmoff => {
                            if bootstrap_defllmoff__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bootstrapDefllmoff"));
                            }
                            bootstrap_defllmoff__ = map_.next_value()?;
                        }
                        GeneratedField::BootstrapKeepResp => {
                            if bootstrap_keep_resp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bootstrapKeepResp"));
                            }
                            bootstrap_keep_resp__ = map_.next_value()?;
                        }
                        GeneratedField::ProvidersTotalTimeoutMs => {
                            if providers_total_timeout_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providersTotalTimeoutMs"));
                            }
                            providers_total_timeout_ms__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::MaxWorkingMemoryEntries => {
                            if max_working_memory_entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxWorkingMemoryEntries"));
                            }
                            max_working_memory_entries__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::AlwaysRespondChannels => {
                            if always_respond_channels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("alwaysRespondChannels"));
                            }
                            always_respond_channels__ = map_.next_value()?;
                        }
                        GeneratedField::AlwaysRespondSources => {
                            if always_respond_sources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("alwaysRespondSources"));
                            }
                            always_respond_sources__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultTemperature => {
                            if default_temperature__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultTemperature"));
                            }
                            default_temperature__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DefaultMaxTokens => {
                            if default_max_tokens__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultMaxTokens"));
                            }
                            default_max_tokens__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DefaultFrequencyPenalty => {
                            if default_frequency_penalty__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultFrequencyPenalty"));
                            }
                            default_frequency_penalty__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DefaultPresencePenalty => {
                            if default_presence_penalty__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultPresencePenalty"));
                            }
                            default_presence_penalty__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DisableBasicCapabilities => {
                            if disable_basic_capabilities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("disableBasicCapabilities"));
                            }
                            disable_basic_capabilities__ = map_.next_value()?;
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CharacterSettings {
                    should_respond_model: should_respond_model__,
                    use_multi_step: use_multi_step__,
                    max_multistep_iterations: max_multistep_iterations__,
                    bootstrap_defllmoff: bootstrap_defllmoff__,
                    bootstrap_keep_resp: bootstrap_keep_resp__,
                    providers_total_timeout_ms: providers_total_timeout_ms__,
                    max_working_memory_entries: max_working_memory_entries__,
                    always_respond_channels: always_respond_channels__,
                    always_respond_sources: always_respond_sources__,
                    default_temperature: default_temperature__,
                    default_max_tokens: default_max_tokens__,
                    default_frequency_penalty: default_frequency_penalty__,
                    default_presence_penalty: default_presence_penalty__,
                    disable_basic_capabilities: disable_basic_capabilities__,
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.CharacterSettings", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Component {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.entity_id.is_empty() {
            len += 1;
        }
        if !self.agent_id.is_empty() {
            len += 1;
        }
        if !self.room_id.is_empty() {
            len += 1;
        }
        if !self.world_id.is_empty() {
            len += 1;
        }
        if !self.source_entity_id.is_empty() {
            len += 1;
        }
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.created_at != 0 {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Component", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.entity_id.is_empty() {
            struct_ser.serialize_field("entityId", &self.entity_id)?;
        }
        if !self.agent_id.is_empty() {
            struct_ser.serialize_field("agentId", &self.agent_id)?;
        }
        if !self.room_id.is_empty() {
            struct_ser.serialize_field("roomId", &self.room_id)?;
        }
        if !self.world_id.is_empty() {
            struct_ser.serialize_field("worldId", &self.world_id)?;
        }
        if !self.source_entity_id.is_empty() {
            struct_ser.serialize_field("sourceEntityId", &self.source_entity_id)?;
        }
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if self.created_at != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAt", ToString::to_string(&self.created_at).as_str())?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Component {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "entity_id",
            "entityId",
            "agent_id",
            "agentId",
            "room_id",
            "roomId",
            "world_id",
            "worldId",
            "source_entity_id",
            "sourceEntityId",
            "type",
            "created_at",
            "createdAt",
            "data",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            EntityId,
            AgentId,
            RoomId,
            WorldId,
            SourceEntityId,
            Type,
            CreatedAt,
            Data,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "worldId" | "world_id" => Ok(GeneratedField::WorldId),
                            "sourceEntityId" | "source_entity_id" => Ok(GeneratedField::SourceEntityId),
                            "type" => Ok(GeneratedField::Type),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            "data" => Ok(GeneratedField::Data),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Component;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Component")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Component, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut entity_id__ = None;
                let mut agent_id__ = None;
                let mut room_id__ = None;
                let mut world_id__ = None;
                let mut source_entity_id__ = None;
                let mut r#type__ = None;
                let mut created_at__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WorldId => {
                            if world_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worldId"));
                            }
                            world_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SourceEntityId => {
                            if source_entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceEntityId"));
                            }
                            source_entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Component {
                    id: id__.unwrap_or_default(),
                    entity_id: entity_id__.unwrap_or_default(),
                    agent_id: agent_id__.unwrap_or_default(),
                    room_id: room_id__.unwrap_or_default(),
                    world_id: world_id__.unwrap_or_default(),
                    source_entity_id: source_entity_id__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                    created_at: created_at__.unwrap_or_default(),
                    data: data__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Component", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComponentTypeDefinition {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.schema.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ComponentTypeDefinition", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.schema.as_ref() {
            struct_ser.serialize_field("schema", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ComponentTypeDefinition {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "schema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Schema,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "schema" => Ok(GeneratedField::Schema),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ComponentTypeDefinition;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ComponentTypeDefinition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ComponentTypeDefinition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut schema__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Schema => {
                            if schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schema"));
                            }
                            schema__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ComponentTypeDefinition {
                    name: name__.unwrap_or_default(),
                    schema: schema__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ComponentTypeDefinition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Content {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.thought.is_some() {
            len += 1;
        }
        if self.text.is_some() {
            len += 1;
        }
        if !self.actions.is_empty() {
            len += 1;
        }
        if !self.providers.is_empty() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        if self.target.is_some() {
            len += 1;
        }
        if self.url.is_some() {
            len += 1;
        }
        if self.in_reply_to.is_some() {
            len += 1;
        }
        if !self.attachments.is_empty() {
            len += 1;
        }
        if self.channel_type.is_some() {
            len += 1;
        }
        if self.mention_context.is_some() {
            len += 1;
        }
        if self.response_message_id.is_some() {
            len += 1;
        }
        if self.response_id.is_some() {
            len += 1;
        }
        if self.simple.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Content", len)?;
        if let Some(v) = self.thought.as_ref() {
            struct_ser.serialize_field("thought", v)?;
        }
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if !self.actions.is_empty() {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        if !self.providers.is_empty() {
            struct_ser.serialize_field("providers", &self.providers)?;
        }
        if let Some(v) = self.source.as_ref() {
            struct_ser.serialize_field("source", v)?;
        }
        if let Some(v) = self.target.as_ref() {
            struct_ser.serialize_field("target", v)?;
        }
        if let Some(v) = self.url.as_ref() {
            struct_ser.serialize_field("url", v)?;
        }
        if let Some(v) = self.in_reply_to.as_ref() {
            struct_ser.serialize_field("inReplyTo", v)?;
        }
        if !self.attachments.is_empty() {
            struct_ser.serialize_field("attachments", &self.attachments)?;
        }
        if let Some(v) = self.channel_type.as_ref() {
            struct_ser.serialize_field("channelType", v)?;
        }
        if let Some(v) = self.mention_context.as_ref() {
            struct_ser.serialize_field("mentionContext", v)?;
        }
        if let Some(v) = self.response_message_id.as_ref() {
            struct_ser.serialize_field("responseMessageId", v)?;
        }
        if let Some(v) = self.response_id.as_ref() {
            struct_ser.serialize_field("responseId", v)?;
        }
        if let Some(v) = self.simple.as_ref() {
            struct_ser.serialize_field("simple", v)?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Content {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "thought",
            "text",
            "actions",
            "providers",
            "source",
            "target",
            "url",
            "in_reply_to",
            "inReplyTo",
            "attachments",
            "channel_type",
            "channelType",
            "mention_context",
            "mentionContext",
            "response_message_id",
            "responseMessageId",
            "response_id",
            "responseId",
            "simple",
            "type",
            "data",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Thought,
            Text,
            Actions,
            Providers,
            Source,
            Target,
            Url,
            InReplyTo,
            Attachments,
            ChannelType,
            MentionContext,
            ResponseMessageId,
            ResponseId,
            Simple,
            Type,
            Data,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "thought" => Ok(GeneratedField::Thought),
                            "text" => Ok(GeneratedField::Text),
                            "actions" => Ok(GeneratedField::Actions),
                            "providers" => Ok(GeneratedField::Providers),
                            "source" => Ok(GeneratedField::Source),
                            "target" => Ok(GeneratedField::Target),
                            "url" => Ok(GeneratedField::Url),
                            "inReplyTo" | "in_reply_to" => Ok(GeneratedField::InReplyTo),
                            "attachments" => Ok(GeneratedField::Attachments),
                            "channelType" | "channel_type" => Ok(GeneratedField::ChannelType),
                            "mentionContext" | "mention_context" => Ok(GeneratedField::MentionContext),
                            "responseMessageId" | "response_message_id" => Ok(GeneratedField::ResponseMessageId),
                            "responseId" | "response_id" => Ok(GeneratedField::ResponseId),
                            "simple" => Ok(GeneratedField::Simple),
                            "type" => Ok(GeneratedField::Type),
                            "data" => Ok(GeneratedField::Data),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Content;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Content")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Content, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut thought__ = None;
                let mut text__ = None;
                let mut actions__ = None;
                let mut providers__ = None;
                let mut source__ = None;
                let mut target__ = None;
                let mut url__ = None;
                let mut in_reply_to__ = None;
                let mut attachments__ = None;
                let mut channel_type__ = None;
                let mut mention_context__ = None;
                let mut response_message_id__ = None;
                let mut response_id__ = None;
                let mut simple__ = None;
                let mut r#type__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Thought => {
                            if thought__.is_some() {
                                return Err(serde::de::Error::duplicate_field("thought"));
                            }
                            thought__ = map_.next_value()?;
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Providers => {
                            if providers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providers"));
                            }
                            providers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = map_.next_value()?;
                        }
                        GeneratedField::Target => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("target"));
                            }
                            target__ = map_.next_value()?;
                        }
                        GeneratedField::Url => {
                            if url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("url"));
                            }
                            url__ = map_.next_value()?;
                        }
                        GeneratedField::InReplyTo => {
                            if in_reply_to__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inReplyTo"));
                            }
                            in_reply_to__ = map_.next_value()?;
                        }
                        GeneratedField::Attachments => {
                            if attachments__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attachments"));
                            }
                            attachments__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ChannelType => {
                            if channel_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("channelType"));
                            }
                            channel_type__ = map_.next_value()?;
                        }
                        GeneratedField::MentionContext => {
                            if mention_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mentionContext"));
                            }
                            mention_context__ = map_.next_value()?;
                        }
                        GeneratedField::ResponseMessageId => {
                            if response_message_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("responseMessageId"));
                            }
                            response_message_id__ = map_.next_value()?;
                        }
                        GeneratedField::ResponseId => {
                            if response_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("responseId"));
                            }
                            response_id__ = map_.next_value()?;
                        }
                        GeneratedField::Simple => {
                            if simple__.is_some() {
                                return Err(serde::de::Error::duplicate_field("simple"));
                            }
                            simple__ = map_.next_value()?;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Content {
                    thought: thought__,
                    text: text__,
                    actions: actions__.unwrap_or_default(),
                    providers: providers__.unwrap_or_default(),
                    source: source__,
                    target: target__,
                    url: url__,
                    in_reply_to: in_reply_to__,
                    attachments: attachments__.unwrap_or_default(),
                    channel_type: channel_type__,
                    mention_context: mention_context__,
                    response_message_id: response_message_id__,
                    response_id: response_id__,
                    simple: simple__,
                    r#type: r#type__,
                    data: data__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Content", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CrossLanguagePluginManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.language != 0 {
            len += 1;
        }
        if self.interop.is_some() {
            len += 1;
        }
        if !self.config.is_empty() {
            len += 1;
        }
        if !self.dependencies.is_empty() {
            len += 1;
        }
        if !self.actions.is_empty() {
            len += 1;
        }
        if !self.providers.is_empty() {
            len += 1;
        }
        if !self.evaluators.is_empty() {
            len += 1;
        }
        if !self.services.is_empty() {
            len += 1;
        }
        if !self.routes.is_empty() {
            len += 1;
        }
        if !self.events.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.CrossLanguagePluginManifest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.language != 0 {
            let v = PluginLanguage::try_from(self.language)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.language)))?;
            struct_ser.serialize_field("language", &v)?;
        }
        if let Some(v) = self.interop.as_ref() {
            struct_ser.serialize_field("interop", v)?;
        }
        if !self.config.is_empty() {
            struct_ser.serialize_field("config", &self.config)?;
        }
        if !self.dependencies.is_empty() {
            struct_ser.serialize_field("dependencies", &self.dependencies)?;
        }
        if !self.actions.is_empty() {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        if !self.providers.is_empty() {
            struct_ser.serialize_field("providers", &self.providers)?;
        }
        if !self.evaluators.is_empty() {
            struct_ser.serialize_field("evaluators", &self.evaluators)?;
        }
        if !self.services.is_empty() {
            struct_ser.serialize_field("services", &self.services)?;
        }
        if !self.routes.is_empty() {
            struct_ser.serialize_field("routes", &self.routes)?;
        }
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CrossLanguagePluginManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "version",
            "language",
            "interop",
            "config",
            "dependencies",
            "actions",
            "providers",
            "evaluators",
            "services",
            "routes",
            "events",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            Version,
            Language,
            Interop,
            Config,
            Dependencies,
            Actions,
            Providers,
            Evaluators,
            Services,
            Routes,
            Events,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "version" => Ok(GeneratedField::Version),
                            "language" => Ok(GeneratedField::Language),
                            "interop" => Ok(GeneratedField::Interop),
                            "config" => Ok(GeneratedField::Config),
                            "dependencies" => Ok(GeneratedField::Dependencies),
                            "actions" => Ok(GeneratedField::Actions),
                            "providers" => Ok(GeneratedField::Providers),
                            "evaluators" => Ok(GeneratedField::Evaluators),
                            "services" => Ok(GeneratedField::Services),
                            "routes" => Ok(GeneratedField::Routes),
                            "events" => Ok(GeneratedField::Events),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CrossLanguagePluginManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.CrossLanguagePluginManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CrossLanguagePluginManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut version__ = None;
                let mut language__ = None;
                let mut interop__ = None;
                let mut config__ = None;
                let mut dependencies__ = None;
                let mut actions__ = None;
                let mut providers__ = None;
                let mut evaluators__ = None;
                let mut services__ = None;
                let mut routes__ = None;
                let mut events__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Language => {
                            if language__.is_some() {
                                return Err(serde::de::Error::duplicate_field("language"));
                            }
                            language__ = Some(map_.next_value::<PluginLanguage>()? as i32);
                        }
                        GeneratedField::Interop => {
                            if interop__.is_some() {
                                return Err(serde::de::Error::duplicate_field("interop"));
                            }
                            interop__ = map_.next_value()?;
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Dependencies => {
                            if dependencies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dependencies"));
                            }
                            dependencies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Providers => {
                            if providers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providers"));
                            }
                            providers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Evaluators => {
                            if evaluators__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluators"));
                            }
                            evaluators__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Services => {
                            if services__.is_some() {
                                return Err(serde::de::Error::duplicate_field("services"));
                            }
                            services__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Routes => {
                            if routes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routes"));
                            }
                            routes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(CrossLanguagePluginManifest {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    language: language__.unwrap_or_default(),
                    interop: interop__,
                    config: config__.unwrap_or_default(),
                    dependencies: dependencies__.unwrap_or_default(),
                    actions: actions__.unwrap_or_default(),
                    providers: providers__.unwrap_or_default(),
                    evaluators: evaluators__.unwrap_or_default(),
                    services: services__.unwrap_or_default(),
                    routes: routes__.unwrap_or_default(),
                    events: events__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.CrossLanguagePluginManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CustomMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.custom_data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.CustomMetadata", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.custom_data.as_ref() {
            struct_ser.serialize_field("customData", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CustomMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "custom_data",
            "customData",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            CustomData,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "customData" | "custom_data" => Ok(GeneratedField::CustomData),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CustomMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.CustomMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CustomMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut custom_data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::CustomData => {
                            if custom_data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customData"));
                            }
                            custom_data__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CustomMetadata {
                    base: base__,
                    custom_data: custom_data__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.CustomMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DbCallRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.method.is_empty() {
            len += 1;
        }
        if self.params.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.DbCallRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.method.is_empty() {
            struct_ser.serialize_field("method", &self.method)?;
        }
        if let Some(v) = self.params.as_ref() {
            struct_ser.serialize_field("params", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DbCallRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "method",
            "params",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Method,
            Params,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "method" => Ok(GeneratedField::Method),
                            "params" => Ok(GeneratedField::Params),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DbCallRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.DbCallRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DbCallRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut method__ = None;
                let mut params__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Method => {
                            if method__.is_some() {
                                return Err(serde::de::Error::duplicate_field("method"));
                            }
                            method__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Params => {
                            if params__.is_some() {
                                return Err(serde::de::Error::duplicate_field("params"));
                            }
                            params__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DbCallRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    method: method__.unwrap_or_default(),
                    params: params__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.DbCallRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DbCallResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.DbCallResult", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DbCallResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DbCallResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.DbCallResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DbCallResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DbCallResult {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.DbCallResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DbRunStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "DB_RUN_STATUS_UNSPECIFIED",
            Self::Started => "DB_RUN_STATUS_STARTED",
            Self::Completed => "DB_RUN_STATUS_COMPLETED",
            Self::Timeout => "DB_RUN_STATUS_TIMEOUT",
            Self::Error => "DB_RUN_STATUS_ERROR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for DbRunStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "DB_RUN_STATUS_UNSPECIFIED",
            "DB_RUN_STATUS_STARTED",
            "DB_RUN_STATUS_COMPLETED",
            "DB_RUN_STATUS_TIMEOUT",
            "DB_RUN_STATUS_ERROR",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DbRunStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "DB_RUN_STATUS_UNSPECIFIED" => Ok(DbRunStatus::Unspecified),
                    "DB_RUN_STATUS_STARTED" => Ok(DbRunStatus::Started),
                    "DB_RUN_STATUS_COMPLETED" => Ok(DbRunStatus::Completed),
                    "DB_RUN_STATUS_TIMEOUT" => Ok(DbRunStatus::Timeout),
                    "DB_RUN_STATUS_ERROR" => Ok(DbRunStatus::Error),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DefaultUuid {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.DefaultUUID", len)?;
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DefaultUuid {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Value,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DefaultUuid;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.DefaultUUID")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DefaultUuid, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DefaultUuid {
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.DefaultUUID", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DescriptionMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.DescriptionMetadata", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DescriptionMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DescriptionMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.DescriptionMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DescriptionMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DescriptionMetadata {
                    base: base__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.DescriptionMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DocumentMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.DocumentMetadata", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DocumentMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DocumentMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.DocumentMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DocumentMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DocumentMetadata {
                    base: base__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.DocumentMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EmbeddingLogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.memory_id.is_some() {
            len += 1;
        }
        if self.duration.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EmbeddingLogBody", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.memory_id.as_ref() {
            struct_ser.serialize_field("memoryId", v)?;
        }
        if let Some(v) = self.duration.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("duration", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EmbeddingLogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "memory_id",
            "memoryId",
            "duration",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            MemoryId,
            Duration,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "memoryId" | "memory_id" => Ok(GeneratedField::MemoryId),
                            "duration" => Ok(GeneratedField::Duration),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EmbeddingLogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EmbeddingLogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EmbeddingLogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut memory_id__ = None;
                let mut duration__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::MemoryId => {
                            if memory_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryId"));
                            }
                            memory_id__ = map_.next_value()?;
                        }
                        GeneratedField::Duration => {
                            if duration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duration"));
                            }
                            duration__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                    }
                }
                Ok(EmbeddingLogBody {
                    base: base__,
                    memory_id: memory_id__,
                    duration: duration__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EmbeddingLogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EmbeddingSearchResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.embedding.is_empty() {
            len += 1;
        }
        if self.levenshtein_score != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EmbeddingSearchResult", len)?;
        if !self.embedding.is_empty() {
            struct_ser.serialize_field("embedding", &self.embedding)?;
        }
        if self.levenshtein_score != 0 {
            struct_ser.serialize_field("levenshteinScore", &self.levenshtein_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EmbeddingSearchResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "embedding",
            "levenshtein_score",
            "levenshteinScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Embedding,
            LevenshteinScore,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "embedding" => Ok(GeneratedField::Embedding),
                            "levenshteinScore" | "levenshtein_score" => Ok(GeneratedField::LevenshteinScore),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EmbeddingSearchResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EmbeddingSearchResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EmbeddingSearchResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut embedding__ = None;
                let mut levenshtein_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Embedding => {
                            if embedding__.is_some() {
                                return Err(serde::de::Error::duplicate_field("embedding"));
                            }
                            embedding__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::LevenshteinScore => {
                            if levenshtein_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("levenshteinScore"));
                            }
                            levenshtein_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(EmbeddingSearchResult {
                    embedding: embedding__.unwrap_or_default(),
                    levenshtein_score: levenshtein_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EmbeddingSearchResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Entity {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if !self.names.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if !self.agent_id.is_empty() {
            len += 1;
        }
        if !self.components.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Entity", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.names.is_empty() {
            struct_ser.serialize_field("names", &self.names)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if !self.agent_id.is_empty() {
            struct_ser.serialize_field("agentId", &self.agent_id)?;
        }
        if !self.components.is_empty() {
            struct_ser.serialize_field("components", &self.components)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Entity {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "names",
            "metadata",
            "agent_id",
            "agentId",
            "components",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Names,
            Metadata,
            AgentId,
            Components,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "names" => Ok(GeneratedField::Names),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "components" => Ok(GeneratedField::Components),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Entity;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Entity")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Entity, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut names__ = None;
                let mut metadata__ = None;
                let mut agent_id__ = None;
                let mut components__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Names => {
                            if names__.is_some() {
                                return Err(serde::de::Error::duplicate_field("names"));
                            }
                            names__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Components => {
                            if components__.is_some() {
                                return Err(serde::de::Error::duplicate_field("components"));
                            }
                            components__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Entity {
                    id: id__,
                    names: names__.unwrap_or_default(),
                    metadata: metadata__,
                    agent_id: agent_id__.unwrap_or_default(),
                    components: components__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Entity", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Envelope {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.body.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Envelope", len)?;
        if let Some(v) = self.body.as_ref() {
            match v {
                envelope::Body::ActionInvoke(v) => {
                    struct_ser.serialize_field("actionInvoke", v)?;
                }
                envelope::Body::ActionResult(v) => {
                    struct_ser.serialize_field("actionResult", v)?;
                }
                envelope::Body::ActionValidate(v) => {
                    struct_ser.serialize_field("actionValidate", v)?;
                }
                envelope::Body::Validation(v) => {
                    struct_ser.serialize_field("validation", v)?;
                }
                envelope::Body::ProviderGet(v) => {
                    struct_ser.serialize_field("providerGet", v)?;
                }
                envelope::Body::ProviderResult(v) => {
                    struct_ser.serialize_field("providerResult", v)?;
                }
                envelope::Body::EvaluatorInvoke(v) => {
                    struct_ser.serialize_field("evaluatorInvoke", v)?;
                }
                envelope::Body::EvaluatorResult(v) => {
                    struct_ser.serialize_field("evaluatorResult", v)?;
                }
                envelope::Body::PluginInit(v) => {
                    struct_ser.serialize_field("pluginInit", v)?;
                }
                envelope::Body::PluginInitResult(v) => {
                    struct_ser.serialize_field("pluginInitResult", v)?;
                }
                envelope::Body::ServiceStart(v) => {
                    struct_ser.serialize_field("serviceStart", v)?;
                }
                envelope::Body::ServiceStop(v) => {
                    struct_ser.serialize_field("serviceStop", v)?;
                }
                envelope::Body::ServiceResult(v) => {
                    struct_ser.serialize_field("serviceResult", v)?;
                }
                envelope::Body::RouteHandle(v) => {
                    struct_ser.serialize_field("routeHandle", v)?;
                }
                envelope::Body::RouteResult(v) => {
                    struct_ser.serialize_field("routeResult", v)?;
                }
                envelope::Body::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
                envelope::Body::Ready(v) => {
                    struct_ser.serialize_field("ready", v)?;
                }
                envelope::Body::Hello(v) => {
                    struct_ser.serialize_field("hello", v)?;
                }
                envelope::Body::HelloResult(v) => {
                    struct_ser.serialize_field("helloResult", v)?;
                }
                envelope::Body::Cancel(v) => {
                    struct_ser.serialize_field("cancel", v)?;
                }
                envelope::Body::Log(v) => {
                    struct_ser.serialize_field("log", v)?;
                }
                envelope::Body::Shutdown(v) => {
                    struct_ser.serialize_field("shutdown", v)?;
                }
                envelope::Body::ShutdownResult(v) => {
                    struct_ser.serialize_field("shutdownResult", v)?;
                }
                envelope::Body::DbCall(v) => {
                    struct_ser.serialize_field("dbCall", v)?;
                }
                envelope::Body::DbResult(v) => {
                    struct_ser.serialize_field("dbResult", v)?;
                }
                envelope::Body::ManifestGet(v) => {
                    struct_ser.serialize_field("manifestGet", v)?;
                }
                envelope::Body::ManifestResult(v) => {
                    struct_ser.serialize_field("manifestResult", v)?;
                }
                envelope::Body::ModelInvoke(v) => {
                    struct_ser.serialize_field("modelInvoke", v)?;
                }
                envelope::Body::ModelResult(v) => {
                    struct_ser.serialize_field("modelResult", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Envelope {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_invoke",
            "actionInvoke",
            "action_result",
            "actionResult",
            "action_validate",
            "actionValidate",
            "validation",
            "provider_get",
            "providerGet",
            "provider_result",
            "providerResult",
            "evaluator_invoke",
            "evaluatorInvoke",
            "evaluator_result",
            "evaluatorResult",
            "plugin_init",
            "pluginInit",
            "plugin_init_result",
            "pluginInitResult",
            "service_start",
            "serviceStart",
            "service_stop",
            "serviceStop",
            "service_result",
            "serviceResult",
            "route_handle",
            "routeHandle",
            "route_result",
            "routeResult",
            "error",
            "ready",
            "hello",
            "hello_result",
            "helloResult",
            "cancel",
            "log",
            "shutdown",
            "shutdown_result",
            "shutdownResult",
            "db_call",
            "dbCall",
            "db_result",
            "dbResult",
            "manifest_get",
            "manifestGet",
            "manifest_result",
            "manifestResult",
            "model_invoke",
            "modelInvoke",
            "model_result",
            "modelResult",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionInvoke,
            ActionResult,
            ActionValidate,
            Validation,
            ProviderGet,
            ProviderResult,
            EvaluatorInvoke,
            EvaluatorResult,
            PluginInit,
            PluginInitResult,
            ServiceStart,
            ServiceStop,
            ServiceResult,
            RouteHandle,
            RouteResult,
            Error,
            Ready,
            Hello,
            HelloResult,
            Cancel,
            Log,
            Shutdown,
            ShutdownResult,
            DbCall,
            DbResult,
            ManifestGet,
            ManifestResult,
            ModelInvoke,
            ModelResult,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionInvoke" | "action_invoke" => Ok(GeneratedField::ActionInvoke),
                            "actionResult" | "action_result" => Ok(GeneratedField::ActionResult),
                            "actionValidate" | "action_validate" => Ok(GeneratedField::ActionValidate),
                            "validation" => Ok(GeneratedField::Validation),
                            "providerGet" | "provider_get" => Ok(GeneratedField::ProviderGet),
                            "providerResult" | "provider_result" => Ok(GeneratedField::ProviderResult),
                            "evaluatorInvoke" | "evaluator_invoke" => Ok(GeneratedField::EvaluatorInvoke),
                            "evaluatorResult" | "evaluator_result" => Ok(GeneratedField::EvaluatorResult),
                            "pluginInit" | "plugin_init" => Ok(GeneratedField::PluginInit),
                            "pluginInitResult" | "plugin_init_result" => Ok(GeneratedField::PluginInitResult),
                            "serviceStart" | "service_start" => Ok(GeneratedField::ServiceStart),
                            "serviceStop" | "service_stop" => Ok(GeneratedField::ServiceStop),
                            "serviceResult" | "service_result" => Ok(GeneratedField::ServiceResult),
                            "routeHandle" | "route_handle" => Ok(GeneratedField::RouteHandle),
                            "routeResult" | "route_result" => Ok(GeneratedField::RouteResult),
                            "error" => Ok(GeneratedField::Error),
                            "ready" => Ok(GeneratedField::Ready),
                            "hello" => Ok(GeneratedField::Hello),
                            "helloResult" | "hello_result" => Ok(GeneratedField::HelloResult),
                            "cancel" => Ok(GeneratedField::Cancel),
                            "log" => Ok(GeneratedField::Log),
                            "shutdown" => Ok(GeneratedField::Shutdown),
                            "shutdownResult" | "shutdown_result" => Ok(GeneratedField::ShutdownResult),
                            "dbCall" | "db_call" => Ok(GeneratedField::DbCall),
                            "dbResult" | "db_result" => Ok(GeneratedField::DbResult),
                            "manifestGet" | "manifest_get" => Ok(GeneratedField::ManifestGet),
                            "manifestResult" | "manifest_result" => Ok(GeneratedField::ManifestResult),
                            "modelInvoke" | "model_invoke" => Ok(GeneratedField::ModelInvoke),
                            "modelResult" | "model_result" => Ok(GeneratedField::ModelResult),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Envelope;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Envelope")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Envelope, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut body__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionInvoke => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionInvoke"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ActionInvoke)
;
                        }
                        GeneratedField::ActionResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ActionResult)
;
                        }
                        GeneratedField::ActionValidate => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionValidate"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ActionValidate)
;
                        }
                        GeneratedField::Validation => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("validation"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Validation)
;
                        }
                        GeneratedField::ProviderGet => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providerGet"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ProviderGet)
;
                        }
                        GeneratedField::ProviderResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providerResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ProviderResult)
;
                        }
                        GeneratedField::EvaluatorInvoke => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluatorInvoke"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::EvaluatorInvoke)
;
                        }
                        GeneratedField::EvaluatorResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluatorResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::EvaluatorResult)
;
                        }
                        GeneratedField::PluginInit => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pluginInit"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::PluginInit)
;
                        }
                        GeneratedField::PluginInitResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pluginInitResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::PluginInitResult)
;
                        }
                        GeneratedField::ServiceStart => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceStart"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ServiceStart)
;
                        }
                        GeneratedField::ServiceStop => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceStop"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ServiceStop)
;
                        }
                        GeneratedField::ServiceResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ServiceResult)
;
                        }
                        GeneratedField::RouteHandle => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routeHandle"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::RouteHandle)
;
                        }
                        GeneratedField::RouteResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routeResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::RouteResult)
;
                        }
                        GeneratedField::Error => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Error)
;
                        }
                        GeneratedField::Ready => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ready"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Ready)
;
                        }
                        GeneratedField::Hello => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hello"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Hello)
;
                        }
                        GeneratedField::HelloResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("helloResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::HelloResult)
;
                        }
                        GeneratedField::Cancel => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cancel"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Cancel)
;
                        }
                        GeneratedField::Log => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("log"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Log)
;
                        }
                        GeneratedField::Shutdown => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shutdown"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::Shutdown)
;
                        }
                        GeneratedField::ShutdownResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shutdownResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ShutdownResult)
;
                        }
                        GeneratedField::DbCall => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dbCall"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::DbCall)
;
                        }
                        GeneratedField::DbResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dbResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::DbResult)
;
                        }
                        GeneratedField::ManifestGet => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("manifestGet"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ManifestGet)
;
                        }
                        GeneratedField::ManifestResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("manifestResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ManifestResult)
;
                        }
                        GeneratedField::ModelInvoke => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelInvoke"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ModelInvoke)
;
                        }
                        GeneratedField::ModelResult => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelResult"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Body::ModelResult)
;
                        }
                    }
                }
                Ok(Envelope {
                    body: body__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Envelope", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ErrorCode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ERROR_CODE_UNSPECIFIED",
            Self::Malformed => "ERROR_CODE_MALFORMED",
            Self::UnknownType => "ERROR_CODE_UNKNOWN_TYPE",
            Self::NotFound => "ERROR_CODE_NOT_FOUND",
            Self::HandlerError => "ERROR_CODE_HANDLER_ERROR",
            Self::TooLarge => "ERROR_CODE_TOO_LARGE",
            Self::UnsupportedVersion => "ERROR_CODE_UNSUPPORTED_VERSION",
            Self::UnsupportedFraming => "ERROR_CODE_UNSUPPORTED_FRAMING",
            Self::ShuttingDown => "ERROR_CODE_SHUTTING_DOWN",
            Self::InvalidArgument => "ERROR_CODE_INVALID_ARGUMENT",
            Self::PermissionDenied => "ERROR_CODE_PERMISSION_DENIED",
            Self::Unauthenticated => "ERROR_CODE_UNAUTHENTICATED",
            Self::ResourceExhausted => "ERROR_CODE_RESOURCE_EXHAUSTED",
            Self::DeadlineExceeded => "ERROR_CODE_DEADLINE_EXCEEDED",
            Self::Cancelled => "ERROR_CODE_CANCELLED",
            Self::Unavailable => "ERROR_CODE_UNAVAILABLE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ErrorCode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ERROR_CODE_UNSPECIFIED",
            "ERROR_CODE_MALFORMED",
            "ERROR_CODE_UNKNOWN_TYPE",
            "ERROR_CODE_NOT_FOUND",
            "ERROR_CODE_HANDLER_ERROR",
            "ERROR_CODE_TOO_LARGE",
            "ERROR_CODE_UNSUPPORTED_VERSION",
            "ERROR_CODE_UNSUPPORTED_FRAMING",
            "ERROR_CODE_SHUTTING_DOWN",
            "ERROR_CODE_INVALID_ARGUMENT",
            "ERROR_CODE_PERMISSION_DENIED",
            "ERROR_CODE_UNAUTHENTICATED",
            "ERROR_CODE_RESOURCE_EXHAUSTED",
            "ERROR_CODE_DEADLINE_EXCEEDED",
            "ERROR_CODE_CANCELLED",
            "ERROR_CODE_UNAVAILABLE",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ErrorCode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ERROR_CODE_UNSPECIFIED" => Ok(ErrorCode::Unspecified),
                    "ERROR_CODE_MALFORMED" => Ok(ErrorCode::Malformed),
                    "ERROR_CODE_UNKNOWN_TYPE" => Ok(ErrorCode::UnknownType),
                    "ERROR_CODE_NOT_FOUND" => Ok(ErrorCode::NotFound),
                    "ERROR_CODE_HANDLER_ERROR" => Ok(ErrorCode::HandlerError),
                    "ERROR_CODE_TOO_LARGE" => Ok(ErrorCode::TooLarge),
                    "ERROR_CODE_UNSUPPORTED_VERSION" => Ok(ErrorCode::UnsupportedVersion),
                    "ERROR_CODE_UNSUPPORTED_FRAMING" => Ok(ErrorCode::UnsupportedFraming),
                    "ERROR_CODE_SHUTTING_DOWN" => Ok(ErrorCode::ShuttingDown),
                    "ERROR_CODE_INVALID_ARGUMENT" => Ok(ErrorCode::InvalidArgument),
                    "ERROR_CODE_PERMISSION_DENIED" => Ok(ErrorCode::PermissionDenied),
                    "ERROR_CODE_UNAUTHENTICATED" => Ok(ErrorCode::Unauthenticated),
                    "ERROR_CODE_RESOURCE_EXHAUSTED" => Ok(ErrorCode::ResourceExhausted),
                    "ERROR_CODE_DEADLINE_EXCEEDED" => Ok(ErrorCode::DeadlineExceeded),
                    "ERROR_CODE_CANCELLED" => Ok(ErrorCode::Cancelled),
                    "ERROR_CODE_UNAVAILABLE" => Ok(ErrorCode::Unavailable),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ErrorResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if self.details.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ErrorResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if let Some(v) = self.details.as_ref() {
            struct_ser.serialize_field("details", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ErrorResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "error",
            "details",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Error,
            Details,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "error" => Ok(GeneratedField::Error),
                            "details" => Ok(GeneratedField::Details),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ErrorResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ErrorResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ErrorResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut error__ = None;
                let mut details__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Details => {
                            if details__.is_some() {
                                return Err(serde::de::Error::duplicate_field("details"));
                            }
                            details__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ErrorResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    error: error__.unwrap_or_default(),
                    details: details__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ErrorResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluationExample {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.prompt.is_empty() {
            len += 1;
        }
        if !self.messages.is_empty() {
            len += 1;
        }
        if !self.outcome.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EvaluationExample", len)?;
        if !self.prompt.is_empty() {
            struct_ser.serialize_field("prompt", &self.prompt)?;
        }
        if !self.messages.is_empty() {
            struct_ser.serialize_field("messages", &self.messages)?;
        }
        if !self.outcome.is_empty() {
            struct_ser.serialize_field("outcome", &self.outcome)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluationExample {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "prompt",
            "messages",
            "outcome",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Prompt,
            Messages,
            Outcome,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "prompt" => Ok(GeneratedField::Prompt),
                            "messages" => Ok(GeneratedField::Messages),
                            "outcome" => Ok(GeneratedField::Outcome),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluationExample;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EvaluationExample")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluationExample, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut prompt__ = None;
                let mut messages__ = None;
                let mut outcome__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Prompt => {
                            if prompt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prompt"));
                            }
                            prompt__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Messages => {
                            if messages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messages"));
                            }
                            messages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Outcome => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outcome"));
                            }
                            outcome__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EvaluationExample {
                    prompt: prompt__.unwrap_or_default(),
                    messages: messages__.unwrap_or_default(),
                    outcome: outcome__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EvaluationExample", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluatorInvokeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.evaluator.is_empty() {
            len += 1;
        }
        if self.memory.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EvaluatorInvokeRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.evaluator.is_empty() {
            struct_ser.serialize_field("evaluator", &self.evaluator)?;
        }
        if let Some(v) = self.memory.as_ref() {
            struct_ser.serialize_field("memory", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluatorInvokeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "evaluator",
            "memory",
            "state",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Evaluator,
            Memory,
            State,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "evaluator" => Ok(GeneratedField::Evaluator),
                            "memory" => Ok(GeneratedField::Memory),
                            "state" => Ok(GeneratedField::State),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluatorInvokeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EvaluatorInvokeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluatorInvokeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut evaluator__ = None;
                let mut memory__ = None;
                let mut state__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Evaluator => {
                            if evaluator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluator"));
                            }
                            evaluator__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Memory => {
                            if memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memory"));
                            }
                            memory__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                    }
                }
                Ok(EvaluatorInvokeRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    evaluator: evaluator__.unwrap_or_default(),
                    memory: memory__,
                    state: state__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EvaluatorInvokeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluatorLogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.evaluator.is_some() {
            len += 1;
        }
        if self.message.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EvaluatorLogBody", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.evaluator.as_ref() {
            struct_ser.serialize_field("evaluator", v)?;
        }
        if let Some(v) = self.message.as_ref() {
            struct_ser.serialize_field("message", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluatorLogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "evaluator",
            "message",
            "state",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            Evaluator,
            Message,
            State,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "evaluator" => Ok(GeneratedField::Evaluator),
                            "message" => Ok(GeneratedField::Message),
                            "state" => Ok(GeneratedField::State),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluatorLogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EvaluatorLogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluatorLogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut evaluator__ = None;
                let mut message__ = None;
                let mut state__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::Evaluator => {
                            if evaluator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluator"));
                            }
                            evaluator__ = map_.next_value()?;
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                    }
                }
                Ok(EvaluatorLogBody {
                    base: base__,
                    evaluator: evaluator__,
                    message: message__,
                    state: state__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EvaluatorLogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluatorManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.always_run.is_some() {
            len += 1;
        }
        if !self.similes.is_empty() {
            len += 1;
        }
        if !self.examples.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EvaluatorManifest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if let Some(v) = self.always_run.as_ref() {
            struct_ser.serialize_field("alwaysRun", v)?;
        }
        if !self.similes.is_empty() {
            struct_ser.serialize_field("similes", &self.similes)?;
        }
        if !self.examples.is_empty() {
            struct_ser.serialize_field("examples", &self.examples)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluatorManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "always_run",
            "alwaysRun",
            "similes",
            "examples",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            AlwaysRun,
            Similes,
            Examples,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "alwaysRun" | "always_run" => Ok(GeneratedField::AlwaysRun),
                            "similes" => Ok(GeneratedField::Similes),
                            "examples" => Ok(GeneratedField::Examples),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluatorManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EvaluatorManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluatorManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut always_run__ = None;
                let mut similes__ = None;
                let mut examples__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AlwaysRun => {
                            if always_run__.is_some() {
                                return Err(serde::de::Error::duplicate_field("alwaysRun"));
                            }
                            always_run__ = map_.next_value()?;
                        }
                        GeneratedField::Similes => {
                            if similes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similes"));
                            }
                            similes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Examples => {
                            if examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("examples"));
                            }
                            examples__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EvaluatorManifest {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    always_run: always_run__,
                    similes: similes__.unwrap_or_default(),
                    examples: examples__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EvaluatorManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluatorResultResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EvaluatorResultResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluatorResultResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluatorResultResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EvaluatorResultResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluatorResultResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(EvaluatorResultResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EvaluatorResultResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EventHandlerList {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.handlers.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.EventHandlerList", len)?;
        if !self.handlers.is_empty() {
            struct_ser.serialize_field("handlers", &self.handlers)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EventHandlerList {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "handlers",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Handlers,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "handlers" => Ok(GeneratedField::Handlers),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EventHandlerList;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.EventHandlerList")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EventHandlerList, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut handlers__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Handlers => {
                            if handlers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("handlers"));
                            }
                            handlers__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EventHandlerList {
                    handlers: handlers__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.EventHandlerList", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FfiAbiVersion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "FFI_ABI_VERSION_UNSPECIFIED",
            Self::Current => "FFI_ABI_VERSION_CURRENT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for FfiAbiVersion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "FFI_ABI_VERSION_UNSPECIFIED",
            "FFI_ABI_VERSION_CURRENT",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FfiAbiVersion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "FFI_ABI_VERSION_UNSPECIFIED" => Ok(FfiAbiVersion::Unspecified),
                    "FFI_ABI_VERSION_CURRENT" => Ok(FfiAbiVersion::Current),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for FragmentMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if !self.document_id.is_empty() {
            len += 1;
        }
        if self.position != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.FragmentMetadata", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if !self.document_id.is_empty() {
            struct_ser.serialize_field("documentId", &self.document_id)?;
        }
        if self.position != 0 {
            struct_ser.serialize_field("position", &self.position)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FragmentMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "document_id",
            "documentId",
            "position",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            DocumentId,
            Position,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "documentId" | "document_id" => Ok(GeneratedField::DocumentId),
                            "position" => Ok(GeneratedField::Position),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FragmentMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.FragmentMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FragmentMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut document_id__ = None;
                let mut position__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::DocumentId => {
                            if document_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("documentId"));
                            }
                            document_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Position => {
                            if position__.is_some() {
                                return Err(serde::de::Error::duplicate_field("position"));
                            }
                            position__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(FragmentMetadata {
                    base: base__,
                    document_id: document_id__.unwrap_or_default(),
                    position: position__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.FragmentMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Framing {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "FRAMING_UNSPECIFIED",
            Self::Json => "FRAMING_JSON",
            Self::Protobuf => "FRAMING_PROTOBUF",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Framing {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "FRAMING_UNSPECIFIED",
            "FRAMING_JSON",
            "FRAMING_PROTOBUF",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Framing;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "FRAMING_UNSPECIFIED" => Ok(Framing::Unspecified),
                    "FRAMING_JSON" => Ok(Framing::Json),
                    "FRAMING_PROTOBUF" => Ok(Framing::Protobuf),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for HandlerOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.action_context.is_some() {
            len += 1;
        }
        if self.action_plan_json.is_some() {
            len += 1;
        }
        if self.parameters.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.HandlerOptions", len)?;
        if let Some(v) = self.action_context.as_ref() {
            struct_ser.serialize_field("actionContext", v)?;
        }
        if let Some(v) = self.action_plan_json.as_ref() {
            struct_ser.serialize_field("actionPlanJson", v)?;
        }
        if let Some(v) = self.parameters.as_ref() {
            struct_ser.serialize_field("parameters", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HandlerOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_context",
            "actionContext",
            "action_plan_json",
            "actionPlanJson",
            "parameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionContext,
            ActionPlanJson,
            Parameters,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionContext" | "action_context" => Ok(GeneratedField::ActionContext),
                            "actionPlanJson" | "action_plan_json" => Ok(GeneratedField::ActionPlanJson),
                            "parameters" => Ok(GeneratedField::Parameters),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HandlerOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.HandlerOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HandlerOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut action_context__ = None;
                let mut action_plan_json__ = None;
                let mut parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionContext => {
                            if action_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionContext"));
                            }
                            action_context__ = map_.next_value()?;
                        }
                        GeneratedField::ActionPlanJson => {
                            if action_plan_json__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionPlanJson"));
                            }
                            action_plan_json__ = map_.next_value()?;
                        }
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = map_.next_value()?;
                        }
                    }
                }
                Ok(HandlerOptions {
                    action_context: action_context__,
                    action_plan_json: action_plan_json__,
                    parameters: parameters__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.HandlerOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HelloMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.protocol_version != 0 {
            len += 1;
        }
        if self.framing != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.HelloMessage", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.protocol_version != 0 {
            struct_ser.serialize_field("protocolVersion", &self.protocol_version)?;
        }
        if self.framing != 0 {
            let v = Framing::try_from(self.framing)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.framing)))?;
            struct_ser.serialize_field("framing", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HelloMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "protocol_version",
            "protocolVersion",
            "framing",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            ProtocolVersion,
            Framing,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "protocolVersion" | "protocol_version" => Ok(GeneratedField::ProtocolVersion),
                            "framing" => Ok(GeneratedField::Framing),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HelloMessage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.HelloMessage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HelloMessage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut protocol_version__ = None;
                let mut framing__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ProtocolVersion => {
                            if protocol_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("protocolVersion"));
                            }
                            protocol_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Framing => {
                            if framing__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framing"));
                            }
                            framing__ = Some(map_.next_value::<Framing>()? as i32);
                        }
                    }
                }
                Ok(HelloMessage {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    protocol_version: protocol_version__.unwrap_or_default(),
                    framing: framing__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.HelloMessage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HelloResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.accepted {
            len += 1;
        }
        if self.framing != 0 {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.HelloResult", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.accepted {
            struct_ser.serialize_field("accepted", &self.accepted)?;
        }
        if self.framing != 0 {
            let v = Framing::try_from(self.framing)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.framing)))?;
            struct_ser.serialize_field("framing", &v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HelloResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "accepted",
            "framing",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Accepted,
            Framing,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "accepted" => Ok(GeneratedField::Accepted),
                            "framing" => Ok(GeneratedField::Framing),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HelloResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.HelloResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HelloResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut accepted__ = None;
                let mut framing__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Accepted => {
                            if accepted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accepted"));
                            }
                            accepted__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Framing => {
                            if framing__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framing"));
                            }
                            framing__ = Some(map_.next_value::<Framing>()? as i32);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(HelloResult {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    accepted: accepted__.unwrap_or_default(),
                    framing: framing__.unwrap_or_default(),
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.HelloResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HttpMethod {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "HTTP_METHOD_UNSPECIFIED",
            Self::Get => "HTTP_METHOD_GET",
            Self::Post => "HTTP_METHOD_POST",
            Self::Put => "HTTP_METHOD_PUT",
            Self::Patch => "HTTP_METHOD_PATCH",
            Self::Delete => "HTTP_METHOD_DELETE",
            Self::Static => "HTTP_METHOD_STATIC",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for HttpMethod {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "HTTP_METHOD_UNSPECIFIED",
            "HTTP_METHOD_GET",
            "HTTP_METHOD_POST",
            "HTTP_METHOD_PUT",
            "HTTP_METHOD_PATCH",
            "HTTP_METHOD_DELETE",
            "HTTP_METHOD_STATIC",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HttpMethod;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "HTTP_METHOD_UNSPECIFIED" => Ok(HttpMethod::Unspecified),
                    "HTTP_METHOD_GET" => Ok(HttpMethod::Get),
                    "HTTP_METHOD_POST" => Ok(HttpMethod::Post),
                    "HTTP_METHOD_PUT" => Ok(HttpMethod::Put),
                    "HTTP_METHOD_PATCH" => Ok(HttpMethod::Patch),
                    "HTTP_METHOD_DELETE" => Ok(HttpMethod::Delete),
                    "HTTP_METHOD_STATIC" => Ok(HttpMethod::Static),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for IpcMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.IPCMessage", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IpcMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IpcMessage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.IPCMessage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IpcMessage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(IpcMessage {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.IPCMessage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IpcRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.IPCRequest", len)?;
        if let Some(v) = self.request.as_ref() {
            match v {
                ipc_request::Request::ActionInvoke(v) => {
                    struct_ser.serialize_field("actionInvoke", v)?;
                }
                ipc_request::Request::ActionValidate(v) => {
                    struct_ser.serialize_field("actionValidate", v)?;
                }
                ipc_request::Request::ProviderGet(v) => {
                    struct_ser.serialize_field("providerGet", v)?;
                }
                ipc_request::Request::EvaluatorInvoke(v) => {
                    struct_ser.serialize_field("evaluatorInvoke", v)?;
                }
                ipc_request::Request::ServiceStart(v) => {
                    struct_ser.serialize_field("serviceStart", v)?;
                }
                ipc_request::Request::ServiceStop(v) => {
                    struct_ser.serialize_field("serviceStop", v)?;
                }
                ipc_request::Request::RouteHandle(v) => {
                    struct_ser.serialize_field("routeHandle", v)?;
                }
                ipc_request::Request::PluginInit(v) => {
                    struct_ser.serialize_field("pluginInit", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IpcRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_invoke",
            "actionInvoke",
            "action_validate",
            "actionValidate",
            "provider_get",
            "providerGet",
            "evaluator_invoke",
            "evaluatorInvoke",
            "service_start",
            "serviceStart",
            "service_stop",
            "serviceStop",
            "route_handle",
            "routeHandle",
            "plugin_init",
            "pluginInit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionInvoke,
            ActionValidate,
            ProviderGet,
            EvaluatorInvoke,
            ServiceStart,
            ServiceStop,
            RouteHandle,
            PluginInit,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionInvoke" | "action_invoke" => Ok(GeneratedField::ActionInvoke),
                            "actionValidate" | "action_validate" => Ok(GeneratedField::ActionValidate),
                            "providerGet" | "provider_get" => Ok(GeneratedField::ProviderGet),
                            "evaluatorInvoke" | "evaluator_invoke" => Ok(GeneratedField::EvaluatorInvoke),
                            "serviceStart" | "service_start" => Ok(GeneratedField::ServiceStart),
                            "serviceStop" | "service_stop" => Ok(GeneratedField::ServiceStop),
                            "routeHandle" | "route_handle" => Ok(GeneratedField::RouteHandle),
                            "pluginInit" | "plugin_init" => Ok(GeneratedField::PluginInit),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IpcRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.IPCRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IpcRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionInvoke => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionInvoke"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::ActionInvoke)
;
                        }
                        GeneratedField::ActionValidate => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionValidate"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::ActionValidate)
;
                        }
                        GeneratedField::ProviderGet => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providerGet"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::ProviderGet)
;
                        }
                        GeneratedField::EvaluatorInvoke => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluatorInvoke"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::EvaluatorInvoke)
;
                        }
                        GeneratedField::ServiceStart => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceStart"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::ServiceStart)
;
                        }
                        GeneratedField::ServiceStop => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceStop"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::ServiceStop)
;
                        }
                        GeneratedField::RouteHandle => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routeHandle"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::RouteHandle)
;
                        }
                        GeneratedField::PluginInit => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pluginInit"));
                            }
                            request__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_request::Request::PluginInit)
;
                        }
                    }
                }
                Ok(IpcRequest {
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.IPCRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IpcResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.response.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.IPCResponse", len)?;
        if let Some(v) = self.response.as_ref() {
            match v {
                ipc_response::Response::ActionResult(v) => {
                    struct_ser.serialize_field("actionResult", v)?;
                }
                ipc_response::Response::Validation(v) => {
                    struct_ser.serialize_field("validation", v)?;
                }
                ipc_response::Response::ProviderResult(v) => {
                    struct_ser.serialize_field("providerResult", v)?;
                }
                ipc_response::Response::Service(v) => {
                    struct_ser.serialize_field("service", v)?;
                }
                ipc_response::Response::Route(v) => {
                    struct_ser.serialize_field("route", v)?;
                }
                ipc_response::Response::PluginInit(v) => {
                    struct_ser.serialize_field("pluginInit", v)?;
                }
                ipc_response::Response::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IpcResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_result",
            "actionResult",
            "validation",
            "provider_result",
            "providerResult",
            "service",
            "route",
            "plugin_init",
            "pluginInit",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionResult,
            Validation,
            ProviderResult,
            Service,
            Route,
            PluginInit,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionResult" | "action_result" => Ok(GeneratedField::ActionResult),
                            "validation" => Ok(GeneratedField::Validation),
                            "providerResult" | "provider_result" => Ok(GeneratedField::ProviderResult),
                            "service" => Ok(GeneratedField::Service),
                            "route" => Ok(GeneratedField::Route),
                            "pluginInit" | "plugin_init" => Ok(GeneratedField::PluginInit),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IpcResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.IPCResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IpcResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut response__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionResult => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionResult"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::ActionResult)
;
                        }
                        GeneratedField::Validation => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("validation"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::Validation)
;
                        }
                        GeneratedField::ProviderResult => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providerResult"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::ProviderResult)
;
                        }
                        GeneratedField::Service => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("service"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::Service)
;
                        }
                        GeneratedField::Route => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("route"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::Route)
;
                        }
                        GeneratedField::PluginInit => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pluginInit"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::PluginInit)
;
                        }
                        GeneratedField::Error => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            response__ = map_.next_value::<::std::option::Option<_>>()?.map(ipc_response::Response::Error)
;
                        }
                    }
                }
                Ok(IpcResponse {
                    response: response__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.IPCResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InteropProtocol {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "INTEROP_PROTOCOL_UNSPECIFIED",
            Self::Wasm => "INTEROP_PROTOCOL_WASM",
            Self::Ffi => "INTEROP_PROTOCOL_FFI",
            Self::Ipc => "INTEROP_PROTOCOL_IPC",
            Self::Native => "INTEROP_PROTOCOL_NATIVE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for InteropProtocol {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "INTEROP_PROTOCOL_UNSPECIFIED",
            "INTEROP_PROTOCOL_WASM",
            "INTEROP_PROTOCOL_FFI",
            "INTEROP_PROTOCOL_IPC",
            "INTEROP_PROTOCOL_NATIVE",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InteropProtocol;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "INTEROP_PROTOCOL_UNSPECIFIED" => Ok(InteropProtocol::Unspecified),
                    "INTEROP_PROTOCOL_WASM" => Ok(InteropProtocol::Wasm),
                    "INTEROP_PROTOCOL_FFI" => Ok(InteropProtocol::Ffi),
                    "INTEROP_PROTOCOL_IPC" => Ok(InteropProtocol::Ipc),
                    "INTEROP_PROTOCOL_NATIVE" => Ok(InteropProtocol::Native),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for JsonSchemaDefinition {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.items.is_some() {
            len += 1;
        }
        if !self.required.is_empty() {
            len += 1;
        }
        if !self.enum_values.is_empty() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.JSONSchemaDefinition", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if let Some(v) = self.items.as_ref() {
            struct_ser.serialize_field("items", v)?;
        }
        if !self.required.is_empty() {
            struct_ser.serialize_field("required", &self.required)?;
        }
        if !self.enum_values.is_empty() {
            struct_ser.serialize_field("enumValues", &self.enum_values)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for JsonSchemaDefinition {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "properties",
            "items",
            "required",
            "enum_values",
            "enumValues",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Properties,
            Items,
            Required,
            EnumValues,
            Description,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "properties" => Ok(GeneratedField::Properties),
                            "items" => Ok(GeneratedField::Items),
                            "required" => Ok(GeneratedField::Required),
                            "enumValues" | "enum_values" => Ok(GeneratedField::EnumValues),
                            "description" => Ok(GeneratedField::Description),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = JsonSchemaDefinition;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.JSONSchemaDefinition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<JsonSchemaDefinition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut properties__ = None;
                let mut items__ = None;
                let mut required__ = None;
                let mut enum_values__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = map_.next_value()?;
                        }
                        GeneratedField::Required => {
                            if required__.is_some() {
                                return Err(serde::de::Error::duplicate_field("required"));
                            }
                            required__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnumValues => {
                            if enum_values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enumValues"));
                            }
                            enum_values__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                    }
                }
                Ok(JsonSchemaDefinition {
                    r#type: r#type__.unwrap_or_default(),
                    properties: properties__.unwrap_or_default(),
                    items: items__,
                    required: required__.unwrap_or_default(),
                    enum_values: enum_values__.unwrap_or_default(),
                    description: description__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.JSONSchemaDefinition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for KnowledgeDirectory {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.path.is_empty() {
            len += 1;
        }
        if self.shared.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.KnowledgeDirectory", len)?;
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if let Some(v) = self.shared.as_ref() {
            struct_ser.serialize_field("shared", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for KnowledgeDirectory {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "path",
            "shared",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Path,
            Shared,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "path" => Ok(GeneratedField::Path),
                            "shared" => Ok(GeneratedField::Shared),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = KnowledgeDirectory;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.KnowledgeDirectory")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<KnowledgeDirectory, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut path__ = None;
                let mut shared__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Shared => {
                            if shared__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shared"));
                            }
                            shared__ = map_.next_value()?;
                        }
                    }
                }
                Ok(KnowledgeDirectory {
                    path: path__.unwrap_or_default(),
                    shared: shared__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.KnowledgeDirectory", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for KnowledgeItem {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.item.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.KnowledgeItem", len)?;
        if let Some(v) = self.item.as_ref() {
            match v {
                knowledge_item::Item::Path(v) => {
                    struct_ser.serialize_field("path", v)?;
                }
                knowledge_item::Item::Directory(v) => {
                    struct_ser.serialize_field("directory", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for KnowledgeItem {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "path",
            "directory",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Path,
            Directory,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "path" => Ok(GeneratedField::Path),
                            "directory" => Ok(GeneratedField::Directory),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = KnowledgeItem;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.KnowledgeItem")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<KnowledgeItem, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut item__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Path => {
                            if item__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            item__ = map_.next_value::<::std::option::Option<_>>()?.map(knowledge_item::Item::Path);
                        }
                        GeneratedField::Directory => {
                            if item__.is_some() {
                                return Err(serde::de::Error::duplicate_field("directory"));
                            }
                            item__ = map_.next_value::<::std::option::Option<_>>()?.map(knowledge_item::Item::Directory)
;
                        }
                    }
                }
                Ok(KnowledgeItem {
                    item: item__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.KnowledgeItem", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Log {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if !self.entity_id.is_empty() {
            len += 1;
        }
        if self.room_id.is_some() {
            len += 1;
        }
        if self.body.is_some() {
            len += 1;
        }
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Log", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.entity_id.is_empty() {
            struct_ser.serialize_field("entityId", &self.entity_id)?;
        }
        if let Some(v) = self.room_id.as_ref() {
            struct_ser.serialize_field("roomId", v)?;
        }
        if let Some(v) = self.body.as_ref() {
            struct_ser.serialize_field("body", v)?;
        }
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Log {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "entity_id",
            "entityId",
            "room_id",
            "roomId",
            "body",
            "type",
            "created_at",
            "createdAt",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            EntityId,
            RoomId,
            Body,
            Type,
            CreatedAt,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "body" => Ok(GeneratedField::Body),
                            "type" => Ok(GeneratedField::Type),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Log;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Log")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Log, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut entity_id__ = None;
                let mut room_id__ = None;
                let mut body__ = None;
                let mut r#type__ = None;
                let mut created_at__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = map_.next_value()?;
                        }
                        GeneratedField::Body => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("body"));
                            }
                            body__ = map_.next_value()?;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Log {
                    id: id__,
                    entity_id: entity_id__.unwrap_or_default(),
                    room_id: room_id__,
                    body: body__,
                    r#type: r#type__.unwrap_or_default(),
                    created_at: created_at__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Log", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.body.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.LogBody", len)?;
        if let Some(v) = self.body.as_ref() {
            match v {
                log_body::Body::Base(v) => {
                    struct_ser.serialize_field("base", v)?;
                }
                log_body::Body::Action(v) => {
                    struct_ser.serialize_field("action", v)?;
                }
                log_body::Body::Evaluator(v) => {
                    struct_ser.serialize_field("evaluator", v)?;
                }
                log_body::Body::Model(v) => {
                    struct_ser.serialize_field("model", v)?;
                }
                log_body::Body::Embedding(v) => {
                    struct_ser.serialize_field("embedding", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "action",
            "evaluator",
            "model",
            "embedding",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            Action,
            Evaluator,
            Model,
            Embedding,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "action" => Ok(GeneratedField::Action),
                            "evaluator" => Ok(GeneratedField::Evaluator),
                            "model" => Ok(GeneratedField::Model),
                            "embedding" => Ok(GeneratedField::Embedding),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.LogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut body__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(log_body::Body::Base)
;
                        }
                        GeneratedField::Action => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(log_body::Body::Action)
;
                        }
                        GeneratedField::Evaluator => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluator"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(log_body::Body::Evaluator)
;
                        }
                        GeneratedField::Model => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("model"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(log_body::Body::Model)
;
                        }
                        GeneratedField::Embedding => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("embedding"));
                            }
                            body__ = map_.next_value::<::std::option::Option<_>>()?.map(log_body::Body::Embedding)
;
                        }
                    }
                }
                Ok(LogBody {
                    body: body__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.LogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.level.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if !self.logger.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.LogMessage", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.level.is_empty() {
            struct_ser.serialize_field("level", &self.level)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if !self.logger.is_empty() {
            struct_ser.serialize_field("logger", &self.logger)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LogMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "level",
            "message",
            "logger",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Level,
            Message,
            Logger,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "level" => Ok(GeneratedField::Level),
                            "message" => Ok(GeneratedField::Message),
                            "logger" => Ok(GeneratedField::Logger),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LogMessage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.LogMessage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LogMessage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut level__ = None;
                let mut message__ = None;
                let mut logger__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Level => {
                            if level__.is_some() {
                                return Err(serde::de::Error::duplicate_field("level"));
                            }
                            level__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Logger => {
                            if logger__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logger"));
                            }
                            logger__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LogMessage {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    level: level__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    logger: logger__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.LogMessage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ManifestRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ManifestRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ManifestRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ManifestRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ManifestRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ManifestRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ManifestRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ManifestRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ManifestResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.manifest.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ManifestResult", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.manifest.as_ref() {
            struct_ser.serialize_field("manifest", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ManifestResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "manifest",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Manifest,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "manifest" => Ok(GeneratedField::Manifest),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ManifestResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ManifestResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ManifestResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut manifest__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Manifest => {
                            if manifest__.is_some() {
                                return Err(serde::de::Error::duplicate_field("manifest"));
                            }
                            manifest__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ManifestResult {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    manifest: manifest__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ManifestResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Media {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.url.is_empty() {
            len += 1;
        }
        if self.title.is_some() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.text.is_some() {
            len += 1;
        }
        if self.content_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Media", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.url.is_empty() {
            struct_ser.serialize_field("url", &self.url)?;
        }
        if let Some(v) = self.title.as_ref() {
            struct_ser.serialize_field("title", v)?;
        }
        if let Some(v) = self.source.as_ref() {
            struct_ser.serialize_field("source", v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.content_type.as_ref() {
            struct_ser.serialize_field("contentType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Media {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "url",
            "title",
            "source",
            "description",
            "text",
            "content_type",
            "contentType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Url,
            Title,
            Source,
            Description,
            Text,
            ContentType,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "url" => Ok(GeneratedField::Url),
                            "title" => Ok(GeneratedField::Title),
                            "source" => Ok(GeneratedField::Source),
                            "description" => Ok(GeneratedField::Description),
                            "text" => Ok(GeneratedField::Text),
                            "contentType" | "content_type" => Ok(GeneratedField::ContentType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Media;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Media")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Media, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut url__ = None;
                let mut title__ = None;
                let mut source__ = None;
                let mut description__ = None;
                let mut text__ = None;
                let mut content_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Url => {
                            if url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("url"));
                            }
                            url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = map_.next_value()?;
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::ContentType => {
                            if content_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentType"));
                            }
                            content_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Media {
                    id: id__.unwrap_or_default(),
                    url: url__.unwrap_or_default(),
                    title: title__,
                    source: source__,
                    description: description__,
                    text: text__,
                    content_type: content_type__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Media", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Memory {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if !self.entity_id.is_empty() {
            len += 1;
        }
        if self.agent_id.is_some() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.content.is_some() {
            len += 1;
        }
        if !self.embedding.is_empty() {
            len += 1;
        }
        if !self.room_id.is_empty() {
            len += 1;
        }
        if self.world_id.is_some() {
            len += 1;
        }
        if self.unique.is_some() {
            len += 1;
        }
        if self.similarity.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Memory", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.entity_id.is_empty() {
            struct_ser.serialize_field("entityId", &self.entity_id)?;
        }
        if let Some(v) = self.agent_id.as_ref() {
            struct_ser.serialize_field("agentId", v)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAt", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        if !self.embedding.is_empty() {
            struct_ser.serialize_field("embedding", &self.embedding)?;
        }
        if !self.room_id.is_empty() {
            struct_ser.serialize_field("roomId", &self.room_id)?;
        }
        if let Some(v) = self.world_id.as_ref() {
            struct_ser.serialize_field("worldId", v)?;
        }
        if let Some(v) = self.unique.as_ref() {
            struct_ser.serialize_field("unique", v)?;
        }
        if let Some(v) = self.similarity.as_ref() {
            struct_ser.serialize_field("similarity", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Memory {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "entity_id",
            "entityId",
            "agent_id",
            "agentId",
            "created_at",
            "createdAt",
            "content",
            "embedding",
            "room_id",
            "roomId",
            "world_id",
            "worldId",
            "unique",
            "similarity",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            EntityId,
            AgentId,
            CreatedAt,
            Content,
            Embedding,
            RoomId,
            WorldId,
            Unique,
            Similarity,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            "content" => Ok(GeneratedField::Content),
                            "embedding" => Ok(GeneratedField::Embedding),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "worldId" | "world_id" => Ok(GeneratedField::WorldId),
                            "unique" => Ok(GeneratedField::Unique),
                            "similarity" => Ok(GeneratedField::Similarity),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Memory;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Memory")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Memory, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut entity_id__ = None;
                let mut agent_id__ = None;
                let mut created_at__ = None;
                let mut content__ = None;
                let mut embedding__ = None;
                let mut room_id__ = None;
                let mut world_id__ = None;
                let mut unique__ = None;
                let mut similarity__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                        GeneratedField::Embedding => {
                            if embedding__.is_some() {
                                return Err(serde::de::Error::duplicate_field("embedding"));
                            }
                            embedding__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WorldId => {
                            if world_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worldId"));
                            }
                            world_id__ = map_.next_value()?;
                        }
                        GeneratedField::Unique => {
                            if unique__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unique"));
                            }
                            unique__ = map_.next_value()?;
                        }
                        GeneratedField::Similarity => {
                            if similarity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("similarity"));
                            }
                            similarity__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Memory {
                    id: id__,
                    entity_id: entity_id__.unwrap_or_default(),
                    agent_id: agent_id__,
                    created_at: created_at__,
                    content: content__,
                    embedding: embedding__.unwrap_or_default(),
                    room_id: room_id__.unwrap_or_default(),
                    world_id: world_id__,
                    unique: unique__,
                    similarity: similarity__,
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Memory", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MemoryMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MemoryMetadata", len)?;
        if let Some(v) = self.metadata.as_ref() {
            match v {
                memory_metadata::Metadata::Document(v) => {
                    struct_ser.serialize_field("document", v)?;
                }
                memory_metadata::Metadata::Fragment(v) => {
                    struct_ser.serialize_field("fragment", v)?;
                }
                memory_metadata::Metadata::Message(v) => {
                    struct_ser.serialize_field("message", v)?;
                }
                memory_metadata::Metadata::Description(v) => {
                    struct_ser.serialize_field("description", v)?;
                }
                memory_metadata::Metadata::Custom(v) => {
                    struct_ser.serialize_field("custom", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MemoryMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "document",
            "fragment",
            "message",
            "description",
            "custom",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Document,
            Fragment,
            Message,
            Description,
            Custom,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "document" => Ok(GeneratedField::Document),
                            "fragment" => Ok(GeneratedField::Fragment),
                            "message" => Ok(GeneratedField::Message),
                            "description" => Ok(GeneratedField::Description),
                            "custom" => Ok(GeneratedField::Custom),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MemoryMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MemoryMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MemoryMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Document => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("document"));
                            }
                            metadata__ = map_.next_value::<::std::option::Option<_>>()?.map(memory_metadata::Metadata::Document)
;
                        }
                        GeneratedField::Fragment => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fragment"));
                            }
                            metadata__ = map_.next_value::<::std::option::Option<_>>()?.map(memory_metadata::Metadata::Fragment)
;
                        }
                        GeneratedField::Message => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            metadata__ = map_.next_value::<::std::option::Option<_>>()?.map(memory_metadata::Metadata::Message)
;
                        }
                        GeneratedField::Description => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            metadata__ = map_.next_value::<::std::option::Option<_>>()?.map(memory_metadata::Metadata::Description)
;
                        }
                        GeneratedField::Custom => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("custom"));
                            }
                            metadata__ = map_.next_value::<::std::option::Option<_>>()?.map(memory_metadata::Metadata::Custom)
;
                        }
                    }
                }
                Ok(MemoryMetadata {
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MemoryMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MemoryRetrievalOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.room_id.is_empty() {
            len += 1;
        }
        if self.count.is_some() {
            len += 1;
        }
        if self.unique.is_some() {
            len += 1;
        }
        if self.start.is_some() {
            len += 1;
        }
        if self.end.is_some() {
            len += 1;
        }
        if self.agent_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MemoryRetrievalOptions", len)?;
        if !self.room_id.is_empty() {
            struct_ser.serialize_field("roomId", &self.room_id)?;
        }
        if let Some(v) = self.count.as_ref() {
            struct_ser.serialize_field("count", v)?;
        }
        if let Some(v) = self.unique.as_ref() {
            struct_ser.serialize_field("unique", v)?;
        }
        if let Some(v) = self.start.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("start", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.end.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("end", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.agent_id.as_ref() {
            struct_ser.serialize_field("agentId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MemoryRetrievalOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "room_id",
            "roomId",
            "count",
            "unique",
            "start",
            "end",
            "agent_id",
            "agentId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RoomId,
            Count,
            Unique,
            Start,
            End,
            AgentId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "count" => Ok(GeneratedField::Count),
                            "unique" => Ok(GeneratedField::Unique),
                            "start" => Ok(GeneratedField::Start),
                            "end" => Ok(GeneratedField::End),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MemoryRetrievalOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MemoryRetrievalOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MemoryRetrievalOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut room_id__ = None;
                let mut count__ = None;
                let mut unique__ = None;
                let mut start__ = None;
                let mut end__ = None;
                let mut agent_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Unique => {
                            if unique__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unique"));
                            }
                            unique__ = map_.next_value()?;
                        }
                        GeneratedField::Start => {
                            if start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("start"));
                            }
                            start__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::End => {
                            if end__.is_some() {
                                return Err(serde::de::Error::duplicate_field("end"));
                            }
                            end__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MemoryRetrievalOptions {
                    room_id: room_id__.unwrap_or_default(),
                    count: count__,
                    unique: unique__,
                    start: start__,
                    end: end__,
                    agent_id: agent_id__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MemoryRetrievalOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MemorySearchOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.embedding.is_empty() {
            len += 1;
        }
        if self.match_threshold.is_some() {
            len += 1;
        }
        if self.count.is_some() {
            len += 1;
        }
        if !self.room_id.is_empty() {
            len += 1;
        }
        if self.agent_id.is_some() {
            len += 1;
        }
        if self.unique.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MemorySearchOptions", len)?;
        if !self.embedding.is_empty() {
            struct_ser.serialize_field("embedding", &self.embedding)?;
        }
        if let Some(v) = self.match_threshold.as_ref() {
            struct_ser.serialize_field("matchThreshold", v)?;
        }
        if let Some(v) = self.count.as_ref() {
            struct_ser.serialize_field("count", v)?;
        }
        if !self.room_id.is_empty() {
            struct_ser.serialize_field("roomId", &self.room_id)?;
        }
        if let Some(v) = self.agent_id.as_ref() {
            struct_ser.serialize_field("agentId", v)?;
        }
        if let Some(v) = self.unique.as_ref() {
            struct_ser.serialize_field("unique", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MemorySearchOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "embedding",
            "match_threshold",
            "matchThreshold",
            "count",
            "room_id",
            "roomId",
            "agent_id",
            "agentId",
            "unique",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Embedding,
            MatchThreshold,
            Count,
            RoomId,
            AgentId,
            Unique,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "embedding" => Ok(GeneratedField::Embedding),
                            "matchThreshold" | "match_threshold" => Ok(GeneratedField::MatchThreshold),
                            "count" => Ok(GeneratedField::Count),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "unique" => Ok(GeneratedField::Unique),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MemorySearchOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MemorySearchOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MemorySearchOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut embedding__ = None;
                let mut match_threshold__ = None;
                let mut count__ = None;
                let mut room_id__ = None;
                let mut agent_id__ = None;
                let mut unique__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Embedding => {
                            if embedding__.is_some() {
                                return Err(serde::de::Error::duplicate_field("embedding"));
                            }
                            embedding__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::MatchThreshold => {
                            if match_threshold__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchThreshold"));
                            }
                            match_threshold__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = map_.next_value()?;
                        }
                        GeneratedField::Unique => {
                            if unique__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unique"));
                            }
                            unique__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MemorySearchOptions {
                    embedding: embedding__.unwrap_or_default(),
                    match_threshold: match_threshold__,
                    count: count__,
                    room_id: room_id__.unwrap_or_default(),
                    agent_id: agent_id__,
                    unique: unique__,
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MemorySearchOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MentionContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.is_mention {
            len += 1;
        }
        if self.is_reply {
            len += 1;
        }
        if self.is_thread {
            len += 1;
        }
        if self.mention_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MentionContext", len)?;
        if self.is_mention {
            struct_ser.serialize_field("isMention", &self.is_mention)?;
        }
        if self.is_reply {
            struct_ser.serialize_field("isReply", &self.is_reply)?;
        }
        if self.is_thread {
            struct_ser.serialize_field("isThread", &self.is_thread)?;
        }
        if let Some(v) = self.mention_type.as_ref() {
            struct_ser.serialize_field("mentionType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MentionContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "is_mention",
            "isMention",
            "is_reply",
            "isReply",
            "is_thread",
            "isThread",
            "mention_type",
            "mentionType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IsMention,
            IsReply,
            IsThread,
            MentionType,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "isMention" | "is_mention" => Ok(GeneratedField::IsMention),
                            "isReply" | "is_reply" => Ok(GeneratedField::IsReply),
                            "isThread" | "is_thread" => Ok(GeneratedField::IsThread),
                            "mentionType" | "mention_type" => Ok(GeneratedField::MentionType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MentionContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MentionContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MentionContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut is_mention__ = None;
                let mut is_reply__ = None;
                let mut is_thread__ = None;
                let mut mention_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::IsMention => {
                            if is_mention__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isMention"));
                            }
                            is_mention__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IsReply => {
                            if is_reply__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isReply"));
                            }
                            is_reply__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IsThread => {
                            if is_thread__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isThread"));
                            }
                            is_thread__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MentionType => {
                            if mention_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mentionType"));
                            }
                            mention_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MentionContext {
                    is_mention: is_mention__.unwrap_or_default(),
                    is_reply: is_reply__.unwrap_or_default(),
                    is_thread: is_thread__.unwrap_or_default(),
                    mention_type: mention_type__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MentionContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageExample {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.content.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MessageExample", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageExample {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Content,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "content" => Ok(GeneratedField::Content),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageExample;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MessageExample")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageExample, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MessageExample {
                    name: name__.unwrap_or_default(),
                    content: content__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MessageExample", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageExampleGroup {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.examples.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MessageExampleGroup", len)?;
        if !self.examples.is_empty() {
            struct_ser.serialize_field("examples", &self.examples)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageExampleGroup {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "examples",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Examples,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "examples" => Ok(GeneratedField::Examples),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageExampleGroup;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MessageExampleGroup")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageExampleGroup, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut examples__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Examples => {
                            if examples__.is_some() {
                                return Err(serde::de::Error::duplicate_field("examples"));
                            }
                            examples__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(MessageExampleGroup {
                    examples: examples__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MessageExampleGroup", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageMemory {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.memory.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MessageMemory", len)?;
        if let Some(v) = self.memory.as_ref() {
            struct_ser.serialize_field("memory", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageMemory {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "memory",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Memory,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "memory" => Ok(GeneratedField::Memory),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageMemory;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MessageMemory")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageMemory, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut memory__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Memory => {
                            if memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memory"));
                            }
                            memory__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MessageMemory {
                    memory: memory__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MessageMemory", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MessageMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.trajectory_step_id.is_some() {
            len += 1;
        }
        if self.benchmark_context.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MessageMetadata", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.trajectory_step_id.as_ref() {
            struct_ser.serialize_field("trajectoryStepId", v)?;
        }
        if let Some(v) = self.benchmark_context.as_ref() {
            struct_ser.serialize_field("benchmarkContext", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MessageMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "trajectory_step_id",
            "trajectoryStepId",
            "benchmark_context",
            "benchmarkContext",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            TrajectoryStepId,
            BenchmarkContext,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "trajectoryStepId" | "trajectory_step_id" => Ok(GeneratedField::TrajectoryStepId),
                            "benchmarkContext" | "benchmark_context" => Ok(GeneratedField::BenchmarkContext),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MessageMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MessageMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MessageMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut trajectory_step_id__ = None;
                let mut benchmark_context__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::TrajectoryStepId => {
                            if trajectory_step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("trajectoryStepId"));
                            }
                            trajectory_step_id__ = map_.next_value()?;
                        }
                        GeneratedField::BenchmarkContext => {
                            if benchmark_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("benchmarkContext"));
                            }
                            benchmark_context__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MessageMetadata {
                    base: base__,
                    trajectory_step_id: trajectory_step_id__,
                    benchmark_context: benchmark_context__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MessageMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Metadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.values.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Metadata", len)?;
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Metadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "values" => Ok(GeneratedField::Values),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Metadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Metadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Metadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Metadata {
                    values: values__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Metadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ModelActionContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.action_name.is_empty() {
            len += 1;
        }
        if !self.action_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ModelActionContext", len)?;
        if !self.action_name.is_empty() {
            struct_ser.serialize_field("actionName", &self.action_name)?;
        }
        if !self.action_id.is_empty() {
            struct_ser.serialize_field("actionId", &self.action_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ModelActionContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_name",
            "actionName",
            "action_id",
            "actionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionName,
            ActionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionName" | "action_name" => Ok(GeneratedField::ActionName),
                            "actionId" | "action_id" => Ok(GeneratedField::ActionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ModelActionContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ModelActionContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ModelActionContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut action_name__ = None;
                let mut action_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionName => {
                            if action_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionName"));
                            }
                            action_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ActionId => {
                            if action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionId"));
                            }
                            action_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ModelActionContext {
                    action_name: action_name__.unwrap_or_default(),
                    action_id: action_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ModelActionContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ModelInvokeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.model.is_empty() {
            len += 1;
        }
        if self.params.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ModelInvokeRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.model.is_empty() {
            struct_ser.serialize_field("model", &self.model)?;
        }
        if let Some(v) = self.params.as_ref() {
            struct_ser.serialize_field("params", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ModelInvokeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "model",
            "params",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Model,
            Params,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "model" => Ok(GeneratedField::Model),
                            "params" => Ok(GeneratedField::Params),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ModelInvokeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ModelInvokeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ModelInvokeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut model__ = None;
                let mut params__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Model => {
                            if model__.is_some() {
                                return Err(serde::de::Error::duplicate_field("model"));
                            }
                            model__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Params => {
                            if params__.is_some() {
                                return Err(serde::de::Error::duplicate_field("params"));
                            }
                            params__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ModelInvokeRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    model: model__.unwrap_or_default(),
                    params: params__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ModelInvokeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ModelInvokeResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ModelInvokeResult", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ModelInvokeResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ModelInvokeResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ModelInvokeResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ModelInvokeResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ModelInvokeResult {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ModelInvokeResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ModelLogBody {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.base.is_some() {
            len += 1;
        }
        if self.model_type.is_some() {
            len += 1;
        }
        if self.model_key.is_some() {
            len += 1;
        }
        if self.params.is_some() {
            len += 1;
        }
        if self.prompt.is_some() {
            len += 1;
        }
        if self.system_prompt.is_some() {
            len += 1;
        }
        if self.timestamp.is_some() {
            len += 1;
        }
        if self.execution_time.is_some() {
            len += 1;
        }
        if self.provider.is_some() {
            len += 1;
        }
        if self.action_context.is_some() {
            len += 1;
        }
        if self.response.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ModelLogBody", len)?;
        if let Some(v) = self.base.as_ref() {
            struct_ser.serialize_field("base", v)?;
        }
        if let Some(v) = self.model_type.as_ref() {
            struct_ser.serialize_field("modelType", v)?;
        }
        if let Some(v) = self.model_key.as_ref() {
            struct_ser.serialize_field("modelKey", v)?;
        }
        if let Some(v) = self.params.as_ref() {
            struct_ser.serialize_field("params", v)?;
        }
        if let Some(v) = self.prompt.as_ref() {
            struct_ser.serialize_field("prompt", v)?;
        }
        if let Some(v) = self.system_prompt.as_ref() {
            struct_ser.serialize_field("systemPrompt", v)?;
        }
        if let Some(v) = self.timestamp.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestamp", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.execution_time.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executionTime", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.provider.as_ref() {
            struct_ser.serialize_field("provider", v)?;
        }
        if let Some(v) = self.action_context.as_ref() {
            struct_ser.serialize_field("actionContext", v)?;
        }
        if let Some(v) = self.response.as_ref() {
            struct_ser.serialize_field("response", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ModelLogBody {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base",
            "model_type",
            "modelType",
            "model_key",
            "modelKey",
            "params",
            "prompt",
            "system_prompt",
            "systemPrompt",
            "timestamp",
            "execution_time",
            "executionTime",
            "provider",
            "action_context",
            "actionContext",
            "response",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Base,
            ModelType,
            ModelKey,
            Params,
            Prompt,
            SystemPrompt,
            Timestamp,
            ExecutionTime,
            Provider,
            ActionContext,
            Response,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "base" => Ok(GeneratedField::Base),
                            "modelType" | "model_type" => Ok(GeneratedField::ModelType),
                            "modelKey" | "model_key" => Ok(GeneratedField::ModelKey),
                            "params" => Ok(GeneratedField::Params),
                            "prompt" => Ok(GeneratedField::Prompt),
                            "systemPrompt" | "system_prompt" => Ok(GeneratedField::SystemPrompt),
                            "timestamp" => Ok(GeneratedField::Timestamp),
                            "executionTime" | "execution_time" => Ok(GeneratedField::ExecutionTime),
                            "provider" => Ok(GeneratedField::Provider),
                            "actionContext" | "action_context" => Ok(GeneratedField::ActionContext),
                            "response" => Ok(GeneratedField::Response),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ModelLogBody;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ModelLogBody")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ModelLogBody, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base__ = None;
                let mut model_type__ = None;
                let mut model_key__ = None;
                let mut params__ = None;
                let mut prompt__ = None;
                let mut system_prompt__ = None;
                let mut timestamp__ = None;
                let mut execution_time__ = None;
                let mut provider__ = None;
                let mut action_context__ = None;
                let mut response__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Base => {
                            if base__.is_some() {
                                return Err(serde::de::Error::duplicate_field("base"));
                            }
                            base__ = map_.next_value()?;
                        }
                        GeneratedField::ModelType => {
                            if model_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelType"));
                            }
                            model_type__ = map_.next_value()?;
                        }
                        GeneratedField::ModelKey => {
                            if model_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelKey"));
                            }
                            model_key__ = map_.next_value()?;
                        }
                        GeneratedField::Params => {
                            if params__.is_some() {
                                return Err(serde::de::Error::duplicate_field("params"));
                            }
                            params__ = map_.next_value()?;
                        }
                        GeneratedField::Prompt => {
                            if prompt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prompt"));
                            }
                            prompt__ = map_.next_value()?;
                        }
                        GeneratedField::SystemPrompt => {
                            if system_prompt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemPrompt"));
                            }
                            system_prompt__ = map_.next_value()?;
                        }
                        GeneratedField::Timestamp => {
                            if timestamp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestamp"));
                            }
                            timestamp__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ExecutionTime => {
                            if execution_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTime"));
                            }
                            execution_time__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = map_.next_value()?;
                        }
                        GeneratedField::ActionContext => {
                            if action_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionContext"));
                            }
                            action_context__ = map_.next_value()?;
                        }
                        GeneratedField::Response => {
                            if response__.is_some() {
                                return Err(serde::de::Error::duplicate_field("response"));
                            }
                            response__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ModelLogBody {
                    base: base__,
                    model_type: model_type__,
                    model_key: model_key__,
                    params: params__,
                    prompt: prompt__,
                    system_prompt: system_prompt__,
                    timestamp: timestamp__,
                    execution_time: execution_time__,
                    provider: provider__,
                    action_context: action_context__,
                    response: response__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ModelLogBody", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MultiRoomMemoryOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.room_ids.is_empty() {
            len += 1;
        }
        if self.limit.is_some() {
            len += 1;
        }
        if self.agent_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.MultiRoomMemoryOptions", len)?;
        if !self.room_ids.is_empty() {
            struct_ser.serialize_field("roomIds", &self.room_ids)?;
        }
        if let Some(v) = self.limit.as_ref() {
            struct_ser.serialize_field("limit", v)?;
        }
        if let Some(v) = self.agent_id.as_ref() {
            struct_ser.serialize_field("agentId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MultiRoomMemoryOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "room_ids",
            "roomIds",
            "limit",
            "agent_id",
            "agentId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RoomIds,
            Limit,
            AgentId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "roomIds" | "room_ids" => Ok(GeneratedField::RoomIds),
                            "limit" => Ok(GeneratedField::Limit),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MultiRoomMemoryOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.MultiRoomMemoryOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MultiRoomMemoryOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut room_ids__ = None;
                let mut limit__ = None;
                let mut agent_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RoomIds => {
                            if room_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomIds"));
                            }
                            room_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MultiRoomMemoryOptions {
                    room_ids: room_ids__.unwrap_or_default(),
                    limit: limit__,
                    agent_id: agent_id__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.MultiRoomMemoryOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Participant {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if self.entity.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Participant", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.entity.as_ref() {
            struct_ser.serialize_field("entity", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Participant {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "entity",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Entity,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "entity" => Ok(GeneratedField::Entity),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Participant;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Participant")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Participant, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut entity__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Entity => {
                            if entity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entity"));
                            }
                            entity__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Participant {
                    id: id__.unwrap_or_default(),
                    entity: entity__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Participant", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PaymentConfigDefinition {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.network.is_empty() {
            len += 1;
        }
        if !self.asset_namespace.is_empty() {
            len += 1;
        }
        if !self.asset_reference.is_empty() {
            len += 1;
        }
        if !self.payment_address.is_empty() {
            len += 1;
        }
        if !self.symbol.is_empty() {
            len += 1;
        }
        if self.chain_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.PaymentConfigDefinition", len)?;
        if !self.network.is_empty() {
            struct_ser.serialize_field("network", &self.network)?;
        }
        if !self.asset_namespace.is_empty() {
            struct_ser.serialize_field("assetNamespace", &self.asset_namespace)?;
        }
        if !self.asset_reference.is_empty() {
            struct_ser.serialize_field("assetReference", &self.asset_reference)?;
        }
        if !self.payment_address.is_empty() {
            struct_ser.serialize_field("paymentAddress", &self.payment_address)?;
        }
        if !self.symbol.is_empty() {
            struct_ser.serialize_field("symbol", &self.symbol)?;
        }
        if let Some(v) = self.chain_id.as_ref() {
            struct_ser.serialize_field("chainId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PaymentConfigDefinition {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "network",
            "asset_namespace",
            "assetNamespace",
            "asset_reference",
            "assetReference",
            "payment_address",
            "paymentAddress",
            "symbol",
            "chain_id",
            "chainId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Network,
            AssetNamespace,
            AssetReference,
            PaymentAddress,
            Symbol,
            ChainId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "network" => Ok(GeneratedField::Network),
                            "assetNamespace" | "asset_namespace" => Ok(GeneratedField::AssetNamespace),
                            "assetReference" | "asset_reference" => Ok(GeneratedField::AssetReference),
                            "paymentAddress" | "payment_address" => Ok(GeneratedField::PaymentAddress),
                            "symbol" => Ok(GeneratedField::Symbol),
                            "chainId" | "chain_id" => Ok(GeneratedField::ChainId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PaymentConfigDefinition;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.PaymentConfigDefinition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PaymentConfigDefinition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut network__ = None;
                let mut asset_namespace__ = None;
                let mut asset_reference__ = None;
                let mut payment_address__ = None;
                let mut symbol__ = None;
                let mut chain_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Network => {
                            if network__.is_some() {
                                return Err(serde::de::Error::duplicate_field("network"));
                            }
                            network__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AssetNamespace => {
                            if asset_namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assetNamespace"));
                            }
                            asset_namespace__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AssetReference => {
                            if asset_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assetReference"));
                            }
                            asset_reference__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PaymentAddress => {
                            if payment_address__.is_some() {
                                return Err(serde::de::Error::duplicate_field("paymentAddress"));
                            }
                            payment_address__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Symbol => {
                            if symbol__.is_some() {
                                return Err(serde::de::Error::duplicate_field("symbol"));
                            }
                            symbol__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ChainId => {
                            if chain_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chainId"));
                            }
                            chain_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PaymentConfigDefinition {
                    network: network__.unwrap_or_default(),
                    asset_namespace: asset_namespace__.unwrap_or_default(),
                    asset_reference: asset_reference__.unwrap_or_default(),
                    payment_address: payment_address__.unwrap_or_default(),
                    symbol: symbol__.unwrap_or_default(),
                    chain_id: chain_id__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.PaymentConfigDefinition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PluginInitRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.config.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.PluginInitRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.config.is_empty() {
            struct_ser.serialize_field("config", &self.config)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PluginInitRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "config",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Config,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "config" => Ok(GeneratedField::Config),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginInitRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.PluginInitRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PluginInitRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(PluginInitRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    config: config__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.PluginInitRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PluginInitResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.success {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.PluginInitResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.success {
            struct_ser.serialize_field("success", &self.success)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PluginInitResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "success",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Success,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "success" => Ok(GeneratedField::Success),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginInitResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.PluginInitResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PluginInitResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut success__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Success => {
                            if success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("success"));
                            }
                            success__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PluginInitResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    success: success__.unwrap_or_default(),
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.PluginInitResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PluginInteropConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.protocol != 0 {
            len += 1;
        }
        if self.wasm_path.is_some() {
            len += 1;
        }
        if self.shared_lib_path.is_some() {
            len += 1;
        }
        if self.ipc_command.is_some() {
            len += 1;
        }
        if self.ipc_port.is_some() {
            len += 1;
        }
        if self.cwd.is_some() {
            len += 1;
        }
        if self.entry.is_some() {
            len += 1;
        }
        if self.transport.is_some() {
            len += 1;
        }
        if self.wasi.is_some() {
            len += 1;
        }
        if self.framing.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.PluginInteropConfig", len)?;
        if self.protocol != 0 {
            let v = InteropProtocol::try_from(self.protocol)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.protocol)))?;
            struct_ser.serialize_field("protocol", &v)?;
        }
        if let Some(v) = self.wasm_path.as_ref() {
            struct_ser.serialize_field("wasmPath", v)?;
        }
        if let Some(v) = self.shared_lib_path.as_ref() {
            struct_ser.serialize_field("sharedLibPath", v)?;
        }
        if let Some(v) = self.ipc_command.as_ref() {
            struct_ser.serialize_field("ipcCommand", v)?;
        }
        if let Some(v) = self.ipc_port.as_ref() {
            struct_ser.serialize_field("ipcPort", v)?;
        }
        if let Some(v) = self.cwd.as_ref() {
            struct_ser.serialize_field("cwd", v)?;
        }
        if let Some(v) = self.entry.as_ref() {
            struct_ser.serialize_field("entry", v)?;
        }
        if let Some(v) = self.transport.as_ref() {
            struct_ser.serialize_field("transport", v)?;
        }
        if let Some(v) = self.wasi.as_ref() {
            struct_ser.serialize_field("wasi", v)?;
        }
        if let Some(v) = self.framing.as_ref() {
            struct_ser.serialize_field("framing", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PluginInteropConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "protocol",
            "wasm_path",
            "wasmPath",
            "shared_lib_path",
            "sharedLibPath",
            "ipc_command",
            "ipcCommand",
            "ipc_port",
            "ipcPort",
            "cwd",
            "entry",
            "transport",
            "wasi",
            "framing",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Protocol,
            WasmPath,
            SharedLibPath,
            IpcCommand,
            IpcPort,
            Cwd,
            Entry,
            Transport,
            Wasi,
            Framing,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "protocol" => Ok(GeneratedField::Protocol),
                            "wasmPath" | "wasm_path" => Ok(GeneratedField::WasmPath),
                            "sharedLibPath" | "shared_lib_path" => Ok(GeneratedField::SharedLibPath),
                            "ipcCommand" | "ipc_command" => Ok(GeneratedField::IpcCommand),
                            "ipcPort" | "ipc_port" => Ok(GeneratedField::IpcPort),
                            "cwd" => Ok(GeneratedField::Cwd),
                            "entry" => Ok(GeneratedField::Entry),
                            "transport" => Ok(GeneratedField::Transport),
                            "wasi" => Ok(GeneratedField::Wasi),
                            "framing" => Ok(GeneratedField::Framing),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginInteropConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.PluginInteropConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PluginInteropConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut protocol__ = None;
                let mut wasm_path__ = None;
                let mut shared_lib_path__ = None;
                let mut ipc_command__ = None;
                let mut ipc_port__ = None;
                let mut cwd__ = None;
                let mut entry__ = None;
                let mut transport__ = None;
                let mut wasi__ = None;
                let mut framing__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Protocol => {
                            if protocol__.is_some() {
                                return Err(serde::de::Error::duplicate_field("protocol"));
                            }
                            protocol__ = Some(map_.next_value::<InteropProtocol>()? as i32);
                        }
                        GeneratedField::WasmPath => {
                            if wasm_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("wasmPath"));
                            }
                            wasm_path__ = map_.next_value()?;
                        }
                        GeneratedField::SharedLibPath => {
                            if shared_lib_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sharedLibPath"));
                            }
                            shared_lib_path__ = map_.next_value()?;
                        }
                        GeneratedField::IpcCommand => {
                            if ipc_command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ipcCommand"));
                            }
                            ipc_command__ = map_.next_value()?;
                        }
                        GeneratedField::IpcPort => {
                            if ipc_port__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ipcPort"));
                            }
                            ipc_port__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Cwd => {
                            if cwd__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cwd"));
                            }
                            cwd__ = map_.next_value()?;
                        }
                        GeneratedField::Entry => {
                            if entry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entry"));
                            }
                            entry__ = map_.next_value()?;
                        }
                        GeneratedField::Transport => {
                            if transport__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transport"));
                            }
                            transport__ = map_.next_value()?;
                        }
                        GeneratedField::Wasi => {
                            if wasi__.is_some() {
                                return Err(serde::de::Error::duplicate_field("wasi"));
                            }
                            wasi__ = map_.next_value()?;
                        }
                        GeneratedField::Framing => {
                            if framing__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framing"));
                            }
                            framing__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PluginInteropConfig {
                    protocol: protocol__.unwrap_or_default(),
                    wasm_path: wasm_path__,
                    shared_lib_path: shared_lib_path__,
                    ipc_command: ipc_command__,
                    ipc_port: ipc_port__,
                    cwd: cwd__,
                    entry: entry__,
                    transport: transport__,
                    wasi: wasi__,
                    framing: framing__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.PluginInteropConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PluginLanguage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PLUGIN_LANGUAGE_UNSPECIFIED",
            Self::Typescript => "PLUGIN_LANGUAGE_TYPESCRIPT",
            Self::Rust => "PLUGIN_LANGUAGE_RUST",
            Self::Python => "PLUGIN_LANGUAGE_PYTHON",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for PluginLanguage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PLUGIN_LANGUAGE_UNSPECIFIED",
            "PLUGIN_LANGUAGE_TYPESCRIPT",
            "PLUGIN_LANGUAGE_RUST",
            "PLUGIN_LANGUAGE_PYTHON",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginLanguage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PLUGIN_LANGUAGE_UNSPECIFIED" => Ok(PluginLanguage::Unspecified),
                    "PLUGIN_LANGUAGE_TYPESCRIPT" => Ok(PluginLanguage::Typescript),
                    "PLUGIN_LANGUAGE_RUST" => Ok(PluginLanguage::Rust),
                    "PLUGIN_LANGUAGE_PYTHON" => Ok(PluginLanguage::Python),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PluginManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.config.is_empty() {
            len += 1;
        }
        if !self.actions.is_empty() {
            len += 1;
        }
        if !self.providers.is_empty() {
            len += 1;
        }
        if !self.evaluators.is_empty() {
            len += 1;
        }
        if !self.services.is_empty() {
            len += 1;
        }
        if !self.routes.is_empty() {
            len += 1;
        }
        if !self.component_types.is_empty() {
            len += 1;
        }
        if !self.events.is_empty() {
            len += 1;
        }
        if !self.dependencies.is_empty() {
            len += 1;
        }
        if !self.test_dependencies.is_empty() {
            len += 1;
        }
        if self.priority.is_some() {
            len += 1;
        }
        if self.schema.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.PluginManifest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.config.is_empty() {
            struct_ser.serialize_field("config", &self.config)?;
        }
        if !self.actions.is_empty() {
            struct_ser.serialize_field("actions", &self.actions)?;
        }
        if !self.providers.is_empty() {
            struct_ser.serialize_field("providers", &self.providers)?;
        }
        if !self.evaluators.is_empty() {
            struct_ser.serialize_field("evaluators", &self.evaluators)?;
        }
        if !self.services.is_empty() {
            struct_ser.serialize_field("services", &self.services)?;
        }
        if !self.routes.is_empty() {
            struct_ser.serialize_field("routes", &self.routes)?;
        }
        if !self.component_types.is_empty() {
            struct_ser.serialize_field("componentTypes", &self.component_types)?;
        }
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        if !self.dependencies.is_empty() {
            struct_ser.serialize_field("dependencies", &self.dependencies)?;
        }
        if !self.test_dependencies.is_empty() {
            struct_ser.serialize_field("testDependencies", &self.test_dependencies)?;
        }
        if let Some(v) = self.priority.as_ref() {
            struct_ser.serialize_field("priority", v)?;
        }
        if let Some(v) = self.schema.as_ref() {
            struct_ser.serialize_field("schema", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PluginManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "config",
            "actions",
            "providers",
            "evaluators",
            "services",
            "routes",
            "component_types",
            "componentTypes",
            "events",
            "dependencies",
            "test_dependencies",
            "testDependencies",
            "priority",
            "schema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            Config,
            Actions,
            Providers,
            Evaluators,
            Services,
            Routes,
            ComponentTypes,
            Events,
            Dependencies,
            TestDependencies,
            Priority,
            Schema,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "config" => Ok(GeneratedField::Config),
                            "actions" => Ok(GeneratedField::Actions),
                            "providers" => Ok(GeneratedField::Providers),
                            "evaluators" => Ok(GeneratedField::Evaluators),
                            "services" => Ok(GeneratedField::Services),
                            "routes" => Ok(GeneratedField::Routes),
                            "componentTypes" | "component_types" => Ok(GeneratedField::ComponentTypes),
                            "events" => Ok(GeneratedField::Events),
                            "dependencies" => Ok(GeneratedField::Dependencies),
                            "testDependencies" | "test_dependencies" => Ok(GeneratedField::TestDependencies),
                            "priority" => Ok(GeneratedField::Priority),
                            "schema" => Ok(GeneratedField::Schema),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.PluginManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PluginManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut config__ = None;
                let mut actions__ = None;
                let mut providers__ = None;
                let mut evaluators__ = None;
                let mut services__ = None;
                let mut routes__ = None;
                let mut component_types__ = None;
                let mut events__ = None;
                let mut dependencies__ = None;
                let mut test_dependencies__ = None;
                let mut priority__ = None;
                let mut schema__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Actions => {
                            if actions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actions"));
                            }
                            actions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Providers => {
                            if providers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providers"));
                            }
                            providers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Evaluators => {
                            if evaluators__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluators"));
                            }
                            evaluators__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Services => {
                            if services__.is_some() {
                                return Err(serde::de::Error::duplicate_field("services"));
                            }
                            services__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Routes => {
                            if routes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routes"));
                            }
                            routes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ComponentTypes => {
                            if component_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentTypes"));
                            }
                            component_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Dependencies => {
                            if dependencies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dependencies"));
                            }
                            dependencies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TestDependencies => {
                            if test_dependencies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testDependencies"));
                            }
                            test_dependencies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Priority => {
                            if priority__.is_some() {
                                return Err(serde::de::Error::duplicate_field("priority"));
                            }
                            priority__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Schema => {
                            if schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schema"));
                            }
                            schema__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PluginManifest {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    config: config__.unwrap_or_default(),
                    actions: actions__.unwrap_or_default(),
                    providers: providers__.unwrap_or_default(),
                    evaluators: evaluators__.unwrap_or_default(),
                    services: services__.unwrap_or_default(),
                    routes: routes__.unwrap_or_default(),
                    component_types: component_types__.unwrap_or_default(),
                    events: events__.unwrap_or_default(),
                    dependencies: dependencies__.unwrap_or_default(),
                    test_dependencies: test_dependencies__.unwrap_or_default(),
                    priority: priority__,
                    schema: schema__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.PluginManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProjectAgentManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.character.is_some() {
            len += 1;
        }
        if !self.plugins.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProjectAgentManifest", len)?;
        if let Some(v) = self.character.as_ref() {
            struct_ser.serialize_field("character", v)?;
        }
        if !self.plugins.is_empty() {
            struct_ser.serialize_field("plugins", &self.plugins)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProjectAgentManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "character",
            "plugins",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Character,
            Plugins,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "character" => Ok(GeneratedField::Character),
                            "plugins" => Ok(GeneratedField::Plugins),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProjectAgentManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProjectAgentManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProjectAgentManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut character__ = None;
                let mut plugins__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Character => {
                            if character__.is_some() {
                                return Err(serde::de::Error::duplicate_field("character"));
                            }
                            character__ = map_.next_value()?;
                        }
                        GeneratedField::Plugins => {
                            if plugins__.is_some() {
                                return Err(serde::de::Error::duplicate_field("plugins"));
                            }
                            plugins__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ProjectAgentManifest {
                    character: character__,
                    plugins: plugins__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProjectAgentManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProjectManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.agents.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProjectManifest", len)?;
        if !self.agents.is_empty() {
            struct_ser.serialize_field("agents", &self.agents)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProjectManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agents",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Agents,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agents" => Ok(GeneratedField::Agents),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProjectManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProjectManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProjectManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agents__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Agents => {
                            if agents__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agents"));
                            }
                            agents__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ProjectManifest {
                    agents: agents__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProjectManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProtocolLimit {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PROTOCOL_LIMIT_UNSPECIFIED",
            Self::MaxJsonValueDepth => "PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH",
            Self::DefaultMaxPendingRequests => "PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS",
            Self::DefaultMaxMessageBytes => "PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES",
            Self::DefaultMaxBufferBytes => "PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ProtocolLimit {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PROTOCOL_LIMIT_UNSPECIFIED",
            "PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH",
            "PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS",
            "PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES",
            "PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProtocolLimit;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PROTOCOL_LIMIT_UNSPECIFIED" => Ok(ProtocolLimit::Unspecified),
                    "PROTOCOL_LIMIT_MAX_JSON_VALUE_DEPTH" => Ok(ProtocolLimit::MaxJsonValueDepth),
                    "PROTOCOL_LIMIT_DEFAULT_MAX_PENDING_REQUESTS" => Ok(ProtocolLimit::DefaultMaxPendingRequests),
                    "PROTOCOL_LIMIT_DEFAULT_MAX_MESSAGE_BYTES" => Ok(ProtocolLimit::DefaultMaxMessageBytes),
                    "PROTOCOL_LIMIT_DEFAULT_MAX_BUFFER_BYTES" => Ok(ProtocolLimit::DefaultMaxBufferBytes),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ProtocolVersion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PROTOCOL_VERSION_UNSPECIFIED",
            Self::Current => "PROTOCOL_VERSION_CURRENT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ProtocolVersion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PROTOCOL_VERSION_UNSPECIFIED",
            "PROTOCOL_VERSION_CURRENT",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProtocolVersion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PROTOCOL_VERSION_UNSPECIFIED" => Ok(ProtocolVersion::Unspecified),
                    "PROTOCOL_VERSION_CURRENT" => Ok(ProtocolVersion::Current),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ProviderCacheEntry {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.text.is_some() {
            len += 1;
        }
        if self.values.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProviderCacheEntry", len)?;
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProviderCacheEntry {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "values",
            "data",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            Values,
            Data,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "values" => Ok(GeneratedField::Values),
                            "data" => Ok(GeneratedField::Data),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProviderCacheEntry;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProviderCacheEntry")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProviderCacheEntry, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut values__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ProviderCacheEntry {
                    text: text__,
                    values: values__,
                    data: data__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProviderCacheEntry", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProviderGetRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.provider.is_empty() {
            len += 1;
        }
        if self.memory.is_some() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProviderGetRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.provider.is_empty() {
            struct_ser.serialize_field("provider", &self.provider)?;
        }
        if let Some(v) = self.memory.as_ref() {
            struct_ser.serialize_field("memory", v)?;
        }
        if let Some(v) = self.state.as_ref() {
            struct_ser.serialize_field("state", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProviderGetRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "provider",
            "memory",
            "state",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Provider,
            Memory,
            State,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "provider" => Ok(GeneratedField::Provider),
                            "memory" => Ok(GeneratedField::Memory),
                            "state" => Ok(GeneratedField::State),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProviderGetRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProviderGetRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProviderGetRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut provider__ = None;
                let mut memory__ = None;
                let mut state__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Memory => {
                            if memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memory"));
                            }
                            memory__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ProviderGetRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                    memory: memory__,
                    state: state__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProviderGetRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProviderManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.dynamic.is_some() {
            len += 1;
        }
        if self.position.is_some() {
            len += 1;
        }
        if self.private.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProviderManifest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.dynamic.as_ref() {
            struct_ser.serialize_field("dynamic", v)?;
        }
        if let Some(v) = self.position.as_ref() {
            struct_ser.serialize_field("position", v)?;
        }
        if let Some(v) = self.private.as_ref() {
            struct_ser.serialize_field("private", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProviderManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "dynamic",
            "position",
            "private",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            Dynamic,
            Position,
            Private,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "dynamic" => Ok(GeneratedField::Dynamic),
                            "position" => Ok(GeneratedField::Position),
                            "private" => Ok(GeneratedField::Private),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProviderManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProviderManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProviderManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut dynamic__ = None;
                let mut position__ = None;
                let mut private__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::Dynamic => {
                            if dynamic__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dynamic"));
                            }
                            dynamic__ = map_.next_value()?;
                        }
                        GeneratedField::Position => {
                            if position__.is_some() {
                                return Err(serde::de::Error::duplicate_field("position"));
                            }
                            position__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Private => {
                            if private__.is_some() {
                                return Err(serde::de::Error::duplicate_field("private"));
                            }
                            private__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ProviderManifest {
                    name: name__.unwrap_or_default(),
                    description: description__,
                    dynamic: dynamic__,
                    position: position__,
                    private: private__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProviderManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProviderResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.text.is_some() {
            len += 1;
        }
        if self.values.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProviderResult", len)?;
        if let Some(v) = self.text.as_ref() {
            struct_ser.serialize_field("text", v)?;
        }
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProviderResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "text",
            "values",
            "data",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Text,
            Values,
            Data,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "text" => Ok(GeneratedField::Text),
                            "values" => Ok(GeneratedField::Values),
                            "data" => Ok(GeneratedField::Data),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProviderResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProviderResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProviderResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut text__ = None;
                let mut values__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = map_.next_value()?;
                        }
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ProviderResult {
                    text: text__,
                    values: values__,
                    data: data__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProviderResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ProviderResultResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ProviderResultResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProviderResultResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "result",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Result,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "result" => Ok(GeneratedField::Result),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProviderResultResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ProviderResultResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ProviderResultResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ProviderResultResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ProviderResultResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReadyMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.protocol_version != 0 {
            len += 1;
        }
        if self.manifest.is_some() {
            len += 1;
        }
        if !self.framings.is_empty() {
            len += 1;
        }
        if !self.server.is_empty() {
            len += 1;
        }
        if self.pid != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ReadyMessage", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.protocol_version != 0 {
            struct_ser.serialize_field("protocolVersion", &self.protocol_version)?;
        }
        if let Some(v) = self.manifest.as_ref() {
            struct_ser.serialize_field("manifest", v)?;
        }
        if !self.framings.is_empty() {
            let v = self.framings.iter().cloned().map(|v| {
                Framing::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("framings", &v)?;
        }
        if !self.server.is_empty() {
            struct_ser.serialize_field("server", &self.server)?;
        }
        if self.pid != 0 {
            struct_ser.serialize_field("pid", &self.pid)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReadyMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "protocol_version",
            "protocolVersion",
            "manifest",
            "framings",
            "server",
            "pid",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            ProtocolVersion,
            Manifest,
            Framings,
            Server,
            Pid,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "protocolVersion" | "protocol_version" => Ok(GeneratedField::ProtocolVersion),
                            "manifest" => Ok(GeneratedField::Manifest),
                            "framings" => Ok(GeneratedField::Framings),
                            "server" => Ok(GeneratedField::Server),
                            "pid" => Ok(GeneratedField::Pid),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReadyMessage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ReadyMessage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReadyMessage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut protocol_version__ = None;
                let mut manifest__ = None;
                let mut framings__ = None;
                let mut server__ = None;
                let mut pid__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ProtocolVersion => {
                            if protocol_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("protocolVersion"));
                            }
                            protocol_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Manifest => {
                            if manifest__.is_some() {
                                return Err(serde::de::Error::duplicate_field("manifest"));
                            }
                            manifest__ = map_.next_value()?;
                        }
                        GeneratedField::Framings => {
                            if framings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framings"));
                            }
                            framings__ = Some(map_.next_value::<Vec<Framing>>()?.into_iter().map(|x| x as i32).collect());
                        }
                        GeneratedField::Server => {
                            if server__.is_some() {
                                return Err(serde::de::Error::duplicate_field("server"));
                            }
                            server__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Pid => {
                            if pid__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pid"));
                            }
                            pid__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ReadyMessage {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    protocol_version: protocol_version__.unwrap_or_default(),
                    manifest: manifest__,
                    framings: framings__.unwrap_or_default(),
                    server: server__.unwrap_or_default(),
                    pid: pid__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ReadyMessage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Relationship {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.source_entity_id.is_empty() {
            len += 1;
        }
        if !self.target_entity_id.is_empty() {
            len += 1;
        }
        if !self.agent_id.is_empty() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Relationship", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.source_entity_id.is_empty() {
            struct_ser.serialize_field("sourceEntityId", &self.source_entity_id)?;
        }
        if !self.target_entity_id.is_empty() {
            struct_ser.serialize_field("targetEntityId", &self.target_entity_id)?;
        }
        if !self.agent_id.is_empty() {
            struct_ser.serialize_field("agentId", &self.agent_id)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Relationship {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "source_entity_id",
            "sourceEntityId",
            "target_entity_id",
            "targetEntityId",
            "agent_id",
            "agentId",
            "tags",
            "metadata",
            "created_at",
            "createdAt",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            SourceEntityId,
            TargetEntityId,
            AgentId,
            Tags,
            Metadata,
            CreatedAt,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "sourceEntityId" | "source_entity_id" => Ok(GeneratedField::SourceEntityId),
                            "targetEntityId" | "target_entity_id" => Ok(GeneratedField::TargetEntityId),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "tags" => Ok(GeneratedField::Tags),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Relationship;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Relationship")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Relationship, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut source_entity_id__ = None;
                let mut target_entity_id__ = None;
                let mut agent_id__ = None;
                let mut tags__ = None;
                let mut metadata__ = None;
                let mut created_at__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SourceEntityId => {
                            if source_entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceEntityId"));
                            }
                            source_entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TargetEntityId => {
                            if target_entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("targetEntityId"));
                            }
                            target_entity_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Relationship {
                    id: id__.unwrap_or_default(),
                    source_entity_id: source_entity_id__.unwrap_or_default(),
                    target_entity_id: target_entity_id__.unwrap_or_default(),
                    agent_id: agent_id__.unwrap_or_default(),
                    tags: tags__.unwrap_or_default(),
                    metadata: metadata__,
                    created_at: created_at__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Relationship", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Room {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.agent_id.is_some() {
            len += 1;
        }
        if !self.source.is_empty() {
            len += 1;
        }
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.channel_id.is_some() {
            len += 1;
        }
        if self.message_server_id.is_some() {
            len += 1;
        }
        if self.world_id.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Room", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.agent_id.as_ref() {
            struct_ser.serialize_field("agentId", v)?;
        }
        if !self.source.is_empty() {
            struct_ser.serialize_field("source", &self.source)?;
        }
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if let Some(v) = self.channel_id.as_ref() {
            struct_ser.serialize_field("channelId", v)?;
        }
        if let Some(v) = self.message_server_id.as_ref() {
            struct_ser.serialize_field("messageServerId", v)?;
        }
        if let Some(v) = self.world_id.as_ref() {
            struct_ser.serialize_field("worldId", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Room {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "agent_id",
            "agentId",
            "source",
            "type",
            "channel_id",
            "channelId",
            "message_server_id",
            "messageServerId",
            "world_id",
            "worldId",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            AgentId,
            Source,
            Type,
            ChannelId,
            MessageServerId,
            WorldId,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "source" => Ok(GeneratedField::Source),
                            "type" => Ok(GeneratedField::Type),
                            "channelId" | "channel_id" => Ok(GeneratedField::ChannelId),
                            "messageServerId" | "message_server_id" => Ok(GeneratedField::MessageServerId),
                            "worldId" | "world_id" => Ok(GeneratedField::WorldId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Room;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Room")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Room, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut agent_id__ = None;
                let mut source__ = None;
                let mut r#type__ = None;
                let mut channel_id__ = None;
                let mut message_server_id__ = None;
                let mut world_id__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = map_.next_value()?;
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ChannelId => {
                            if channel_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("channelId"));
                            }
                            channel_id__ = map_.next_value()?;
                        }
                        GeneratedField::MessageServerId => {
                            if message_server_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageServerId"));
                            }
                            message_server_id__ = map_.next_value()?;
                        }
                        GeneratedField::WorldId => {
                            if world_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worldId"));
                            }
                            world_id__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Room {
                    id: id__.unwrap_or_default(),
                    name: name__,
                    agent_id: agent_id__,
                    source: source__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                    channel_id: channel_id__,
                    message_server_id: message_server_id__,
                    world_id: world_id__,
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Room", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RoomMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.values.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.RoomMetadata", len)?;
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RoomMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "values" => Ok(GeneratedField::Values),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RoomMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.RoomMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RoomMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RoomMetadata {
                    values: values__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.RoomMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RouteHandlerRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.path.is_empty() {
            len += 1;
        }
        if !self.method.is_empty() {
            len += 1;
        }
        if self.body.is_some() {
            len += 1;
        }
        if !self.params.is_empty() {
            len += 1;
        }
        if !self.query.is_empty() {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.RouteHandlerRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if !self.method.is_empty() {
            struct_ser.serialize_field("method", &self.method)?;
        }
        if let Some(v) = self.body.as_ref() {
            struct_ser.serialize_field("body", v)?;
        }
        if !self.params.is_empty() {
            struct_ser.serialize_field("params", &self.params)?;
        }
        if !self.query.is_empty() {
            struct_ser.serialize_field("query", &self.query)?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RouteHandlerRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "path",
            "method",
            "body",
            "params",
            "query",
            "headers",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Path,
            Method,
            Body,
            Params,
            Query,
            Headers,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "path" => Ok(GeneratedField::Path),
                            "method" => Ok(GeneratedField::Method),
                            "body" => Ok(GeneratedField::Body),
                            "params" => Ok(GeneratedField::Params),
                            "query" => Ok(GeneratedField::Query),
                            "headers" => Ok(GeneratedField::Headers),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RouteHandlerRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.RouteHandlerRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RouteHandlerRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut path__ = None;
                let mut method__ = None;
                let mut body__ = None;
                let mut params__ = None;
                let mut query__ = None;
                let mut headers__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Method => {
                            if method__.is_some() {
                                return Err(serde::de::Error::duplicate_field("method"));
                            }
                            method__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Body => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("body"));
                            }
                            body__ = map_.next_value()?;
                        }
                        GeneratedField::Params => {
                            if params__.is_some() {
                                return Err(serde::de::Error::duplicate_field("params"));
                            }
                            params__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Query => {
                            if query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(RouteHandlerRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    path: path__.unwrap_or_default(),
                    method: method__.unwrap_or_default(),
                    body: body__,
                    params: params__.unwrap_or_default(),
                    query: query__.unwrap_or_default(),
                    headers: headers__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.RouteHandlerRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RouteHandlerResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        if self.body.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.RouteHandlerResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.status != 0 {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        if let Some(v) = self.body.as_ref() {
            struct_ser.serialize_field("body", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RouteHandlerResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "status",
            "headers",
            "body",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Status,
            Headers,
            Body,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "status" => Ok(GeneratedField::Status),
                            "headers" => Ok(GeneratedField::Headers),
                            "body" => Ok(GeneratedField::Body),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RouteHandlerResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.RouteHandlerResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RouteHandlerResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut status__ = None;
                let mut headers__ = None;
                let mut body__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Body => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("body"));
                            }
                            body__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RouteHandlerResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    headers: headers__.unwrap_or_default(),
                    body: body__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.RouteHandlerResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RouteManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.method != 0 {
            len += 1;
        }
        if !self.path.is_empty() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.public.is_some() {
            len += 1;
        }
        if self.is_multipart.is_some() {
            len += 1;
        }
        if self.file_path.is_some() {
            len += 1;
        }
        if self.x402.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.RouteManifest", len)?;
        if self.method != 0 {
            let v = HttpMethod::try_from(self.method)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.method)))?;
            struct_ser.serialize_field("method", &v)?;
        }
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.public.as_ref() {
            struct_ser.serialize_field("public", v)?;
        }
        if let Some(v) = self.is_multipart.as_ref() {
            struct_ser.serialize_field("isMultipart", v)?;
        }
        if let Some(v) = self.file_path.as_ref() {
            struct_ser.serialize_field("filePath", v)?;
        }
        if let Some(v) = self.x402.as_ref() {
            struct_ser.serialize_field("x402", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RouteManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "method",
            "path",
            "name",
            "public",
            "is_multipart",
            "isMultipart",
            "file_path",
            "filePath",
            "x402",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Method,
            Path,
            Name,
            Public,
            IsMultipart,
            FilePath,
            X402,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "method" => Ok(GeneratedField::Method),
                            "path" => Ok(GeneratedField::Path),
                            "name" => Ok(GeneratedField::Name),
                            "public" => Ok(GeneratedField::Public),
                            "isMultipart" | "is_multipart" => Ok(GeneratedField::IsMultipart),
                            "filePath" | "file_path" => Ok(GeneratedField::FilePath),
                            "x402" => Ok(GeneratedField::X402),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RouteManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.RouteManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RouteManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut method__ = None;
                let mut path__ = None;
                let mut name__ = None;
                let mut public__ = None;
                let mut is_multipart__ = None;
                let mut file_path__ = None;
                let mut x402__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Method => {
                            if method__.is_some() {
                                return Err(serde::de::Error::duplicate_field("method"));
                            }
                            method__ = Some(map_.next_value::<HttpMethod>()? as i32);
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::Public => {
                            if public__.is_some() {
                                return Err(serde::de::Error::duplicate_field("public"));
                            }
                            public__ = map_.next_value()?;
                        }
                        GeneratedField::IsMultipart => {
                            if is_multipart__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isMultipart"));
                            }
                            is_multipart__ = map_.next_value()?;
                        }
                        GeneratedField::FilePath => {
                            if file_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filePath"));
                            }
                            file_path__ = map_.next_value()?;
                        }
                        GeneratedField::X402 => {
                            if x402__.is_some() {
                                return Err(serde::de::Error::duplicate_field("x402"));
                            }
                            x402__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RouteManifest {
                    method: method__.unwrap_or_default(),
                    path: path__.unwrap_or_default(),
                    name: name__,
                    public: public__,
                    is_multipart: is_multipart__,
                    file_path: file_path__,
                    x402: x402__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.RouteManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceError {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.code.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if self.details.is_some() {
            len += 1;
        }
        if self.cause.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ServiceError", len)?;
        if !self.code.is_empty() {
            struct_ser.serialize_field("code", &self.code)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if let Some(v) = self.details.as_ref() {
            struct_ser.serialize_field("details", v)?;
        }
        if let Some(v) = self.cause.as_ref() {
            struct_ser.serialize_field("cause", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceError {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "code",
            "message",
            "details",
            "cause",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Code,
            Message,
            Details,
            Cause,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "code" => Ok(GeneratedField::Code),
                            "message" => Ok(GeneratedField::Message),
                            "details" => Ok(GeneratedField::Details),
                            "cause" => Ok(GeneratedField::Cause),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceError;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ServiceError")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceError, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut code__ = None;
                let mut message__ = None;
                let mut details__ = None;
                let mut cause__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Code => {
                            if code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("code"));
                            }
                            code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Details => {
                            if details__.is_some() {
                                return Err(serde::de::Error::duplicate_field("details"));
                            }
                            details__ = map_.next_value()?;
                        }
                        GeneratedField::Cause => {
                            if cause__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cause"));
                            }
                            cause__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ServiceError {
                    code: code__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    details: details__,
                    cause: cause__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ServiceError", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceManifest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.capability_description.is_some() {
            len += 1;
        }
        if self.config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ServiceManifest", len)?;
        if self.r#type != 0 {
            let v = ServiceType::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.capability_description.as_ref() {
            struct_ser.serialize_field("capabilityDescription", v)?;
        }
        if let Some(v) = self.config.as_ref() {
            struct_ser.serialize_field("config", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceManifest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "description",
            "capability_description",
            "capabilityDescription",
            "config",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Description,
            CapabilityDescription,
            Config,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "description" => Ok(GeneratedField::Description),
                            "capabilityDescription" | "capability_description" => Ok(GeneratedField::CapabilityDescription),
                            "config" => Ok(GeneratedField::Config),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceManifest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ServiceManifest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceManifest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut description__ = None;
                let mut capability_description__ = None;
                let mut config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<ServiceType>()? as i32);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::CapabilityDescription => {
                            if capability_description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("capabilityDescription"));
                            }
                            capability_description__ = map_.next_value()?;
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ServiceManifest {
                    r#type: r#type__.unwrap_or_default(),
                    description: description__,
                    capability_description: capability_description__,
                    config: config__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ServiceManifest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.success {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ServiceResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.success {
            struct_ser.serialize_field("success", &self.success)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "success",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Success,
            Error,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "success" => Ok(GeneratedField::Success),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ServiceResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut success__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Success => {
                            if success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("success"));
                            }
                            success__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ServiceResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    success: success__.unwrap_or_default(),
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ServiceResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceStartRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.service.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ServiceStartRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.service.is_empty() {
            struct_ser.serialize_field("service", &self.service)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceStartRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "service",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Service,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "service" => Ok(GeneratedField::Service),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceStartRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ServiceStartRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceStartRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut service__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Service => {
                            if service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("service"));
                            }
                            service__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ServiceStartRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    service: service__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ServiceStartRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceStopRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.service.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ServiceStopRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.service.is_empty() {
            struct_ser.serialize_field("service", &self.service)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceStopRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "service",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Service,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "service" => Ok(GeneratedField::Service),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceStopRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ServiceStopRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceStopRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut service__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Service => {
                            if service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("service"));
                            }
                            service__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ServiceStopRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    service: service__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ServiceStopRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SERVICE_TYPE_UNSPECIFIED",
            Self::Transcription => "SERVICE_TYPE_TRANSCRIPTION",
            Self::Video => "SERVICE_TYPE_VIDEO",
            Self::Browser => "SERVICE_TYPE_BROWSER",
            Self::Pdf => "SERVICE_TYPE_PDF",
            Self::RemoteFiles => "SERVICE_TYPE_REMOTE_FILES",
            Self::WebSearch => "SERVICE_TYPE_WEB_SEARCH",
            Self::Email => "SERVICE_TYPE_EMAIL",
            Self::Tee => "SERVICE_TYPE_TEE",
            Self::Task => "SERVICE_TYPE_TASK",
            Self::Wallet => "SERVICE_TYPE_WALLET",
            Self::LpPool => "SERVICE_TYPE_LP_POOL",
            Self::TokenData => "SERVICE_TYPE_TOKEN_DATA",
            Self::MessageService => "SERVICE_TYPE_MESSAGE_SERVICE",
            Self::Message => "SERVICE_TYPE_MESSAGE",
            Self::Post => "SERVICE_TYPE_POST",
            Self::Unknown => "SERVICE_TYPE_UNKNOWN",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ServiceType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SERVICE_TYPE_UNSPECIFIED",
            "SERVICE_TYPE_TRANSCRIPTION",
            "SERVICE_TYPE_VIDEO",
            "SERVICE_TYPE_BROWSER",
            "SERVICE_TYPE_PDF",
            "SERVICE_TYPE_REMOTE_FILES",
            "SERVICE_TYPE_WEB_SEARCH",
            "SERVICE_TYPE_EMAIL",
            "SERVICE_TYPE_TEE",
            "SERVICE_TYPE_TASK",
            "SERVICE_TYPE_WALLET",
            "SERVICE_TYPE_LP_POOL",
            "SERVICE_TYPE_TOKEN_DATA",
            "SERVICE_TYPE_MESSAGE_SERVICE",
            "SERVICE_TYPE_MESSAGE",
            "SERVICE_TYPE_POST",
            "SERVICE_TYPE_UNKNOWN",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SERVICE_TYPE_UNSPECIFIED" => Ok(ServiceType::Unspecified),
                    "SERVICE_TYPE_TRANSCRIPTION" => Ok(ServiceType::Transcription),
                    "SERVICE_TYPE_VIDEO" => Ok(ServiceType::Video),
                    "SERVICE_TYPE_BROWSER" => Ok(ServiceType::Browser),
                    "SERVICE_TYPE_PDF" => Ok(ServiceType::Pdf),
                    "SERVICE_TYPE_REMOTE_FILES" => Ok(ServiceType::RemoteFiles),
                    "SERVICE_TYPE_WEB_SEARCH" => Ok(ServiceType::WebSearch),
                    "SERVICE_TYPE_EMAIL" => Ok(ServiceType::Email),
                    "SERVICE_TYPE_TEE" => Ok(ServiceType::Tee),
                    "SERVICE_TYPE_TASK" => Ok(ServiceType::Task),
                    "SERVICE_TYPE_WALLET" => Ok(ServiceType::Wallet),
                    "SERVICE_TYPE_LP_POOL" => Ok(ServiceType::LpPool),
                    "SERVICE_TYPE_TOKEN_DATA" => Ok(ServiceType::TokenData),
                    "SERVICE_TYPE_MESSAGE_SERVICE" => Ok(ServiceType::MessageService),
                    "SERVICE_TYPE_MESSAGE" => Ok(ServiceType::Message),
                    "SERVICE_TYPE_POST" => Ok(ServiceType::Post),
                    "SERVICE_TYPE_UNKNOWN" => Ok(ServiceType::Unknown),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ShutdownRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ShutdownRequest", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ShutdownRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ShutdownRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ShutdownRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ShutdownRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ShutdownRequest {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ShutdownRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ShutdownResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ShutdownResult", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ShutdownResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ShutdownResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ShutdownResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ShutdownResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ShutdownResult {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ShutdownResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for State {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.values.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        if !self.text.is_empty() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.State", len)?;
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for State {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
            "data",
            "text",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
            Data,
            Text,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "values" => Ok(GeneratedField::Values),
                            "data" => Ok(GeneratedField::Data),
                            "text" => Ok(GeneratedField::Text),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = State;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.State")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<State, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                let mut data__ = None;
                let mut text__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(State {
                    values: values__,
                    data: data__,
                    text: text__.unwrap_or_default(),
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.State", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StateData {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.room.is_some() {
            len += 1;
        }
        if self.world.is_some() {
            len += 1;
        }
        if self.entity.is_some() {
            len += 1;
        }
        if !self.providers.is_empty() {
            len += 1;
        }
        if self.action_plan.is_some() {
            len += 1;
        }
        if !self.action_results.is_empty() {
            len += 1;
        }
        if !self.working_memory.is_empty() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.StateData", len)?;
        if let Some(v) = self.room.as_ref() {
            struct_ser.serialize_field("room", v)?;
        }
        if let Some(v) = self.world.as_ref() {
            struct_ser.serialize_field("world", v)?;
        }
        if let Some(v) = self.entity.as_ref() {
            struct_ser.serialize_field("entity", v)?;
        }
        if !self.providers.is_empty() {
            struct_ser.serialize_field("providers", &self.providers)?;
        }
        if let Some(v) = self.action_plan.as_ref() {
            struct_ser.serialize_field("actionPlan", v)?;
        }
        if !self.action_results.is_empty() {
            struct_ser.serialize_field("actionResults", &self.action_results)?;
        }
        if !self.working_memory.is_empty() {
            struct_ser.serialize_field("workingMemory", &self.working_memory)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StateData {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "room",
            "world",
            "entity",
            "providers",
            "action_plan",
            "actionPlan",
            "action_results",
            "actionResults",
            "working_memory",
            "workingMemory",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Room,
            World,
            Entity,
            Providers,
            ActionPlan,
            ActionResults,
            WorkingMemory,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "room" => Ok(GeneratedField::Room),
                            "world" => Ok(GeneratedField::World),
                            "entity" => Ok(GeneratedField::Entity),
                            "providers" => Ok(GeneratedField::Providers),
                            "actionPlan" | "action_plan" => Ok(GeneratedField::ActionPlan),
                            "actionResults" | "action_results" => Ok(GeneratedField::ActionResults),
                            "workingMemory" | "working_memory" => Ok(GeneratedField::WorkingMemory),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StateData;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.StateData")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StateData, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut room__ = None;
                let mut world__ = None;
                let mut entity__ = None;
                let mut providers__ = None;
                let mut action_plan__ = None;
                let mut action_results__ = None;
                let mut working_memory__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Room => {
                            if room__.is_some() {
                                return Err(serde::de::Error::duplicate_field("room"));
                            }
                            room__ = map_.next_value()?;
                        }
                        GeneratedField::World => {
                            if world__.is_some() {
                                return Err(serde::de::Error::duplicate_field("world"));
                            }
                            world__ = map_.next_value()?;
                        }
                        GeneratedField::Entity => {
                            if entity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entity"));
                            }
                            entity__ = map_.next_value()?;
                        }
                        GeneratedField::Providers => {
                            if providers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providers"));
                            }
                            providers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::ActionPlan => {
                            if action_plan__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionPlan"));
                            }
                            action_plan__ = map_.next_value()?;
                        }
                        GeneratedField::ActionResults => {
                            if action_results__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionResults"));
                            }
                            action_results__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WorkingMemory => {
                            if working_memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workingMemory"));
                            }
                            working_memory__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StateData {
                    room: room__,
                    world: world__,
                    entity: entity__,
                    providers: providers__.unwrap_or_default(),
                    action_plan: action_plan__,
                    action_results: action_results__.unwrap_or_default(),
                    working_memory: working_memory__.unwrap_or_default(),
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.StateData", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StateValues {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.agent_name.is_some() {
            len += 1;
        }
        if self.action_names.is_some() {
            len += 1;
        }
        if self.providers.is_some() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.StateValues", len)?;
        if let Some(v) = self.agent_name.as_ref() {
            struct_ser.serialize_field("agentName", v)?;
        }
        if let Some(v) = self.action_names.as_ref() {
            struct_ser.serialize_field("actionNames", v)?;
        }
        if let Some(v) = self.providers.as_ref() {
            struct_ser.serialize_field("providers", v)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StateValues {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "agent_name",
            "agentName",
            "action_names",
            "actionNames",
            "providers",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AgentName,
            ActionNames,
            Providers,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "agentName" | "agent_name" => Ok(GeneratedField::AgentName),
                            "actionNames" | "action_names" => Ok(GeneratedField::ActionNames),
                            "providers" => Ok(GeneratedField::Providers),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StateValues;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.StateValues")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StateValues, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut agent_name__ = None;
                let mut action_names__ = None;
                let mut providers__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AgentName => {
                            if agent_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentName"));
                            }
                            agent_name__ = map_.next_value()?;
                        }
                        GeneratedField::ActionNames => {
                            if action_names__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionNames"));
                            }
                            action_names__ = map_.next_value()?;
                        }
                        GeneratedField::Providers => {
                            if providers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("providers"));
                            }
                            providers__ = map_.next_value()?;
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StateValues {
                    agent_name: agent_name__,
                    action_names: action_names__,
                    providers: providers__,
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.StateValues", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StyleGuides {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.all.is_empty() {
            len += 1;
        }
        if !self.chat.is_empty() {
            len += 1;
        }
        if !self.post.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.StyleGuides", len)?;
        if !self.all.is_empty() {
            struct_ser.serialize_field("all", &self.all)?;
        }
        if !self.chat.is_empty() {
            struct_ser.serialize_field("chat", &self.chat)?;
        }
        if !self.post.is_empty() {
            struct_ser.serialize_field("post", &self.post)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StyleGuides {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "all",
            "chat",
            "post",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            All,
            Chat,
            Post,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "all" => Ok(GeneratedField::All),
                            "chat" => Ok(GeneratedField::Chat),
                            "post" => Ok(GeneratedField::Post),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StyleGuides;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.StyleGuides")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StyleGuides, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut all__ = None;
                let mut chat__ = None;
                let mut post__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::All => {
                            if all__.is_some() {
                                return Err(serde::de::Error::duplicate_field("all"));
                            }
                            all__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Chat => {
                            if chat__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chat"));
                            }
                            chat__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Post => {
                            if post__.is_some() {
                                return Err(serde::de::Error::duplicate_field("post"));
                            }
                            post__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StyleGuides {
                    all: all__.unwrap_or_default(),
                    chat: chat__.unwrap_or_default(),
                    post: post__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.StyleGuides", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Task {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.room_id.is_some() {
            len += 1;
        }
        if self.world_id.is_some() {
            len += 1;
        }
        if self.entity_id.is_some() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.updated_at.is_some() {
            len += 1;
        }
        if self.due_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.Task", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if self.status != 0 {
            let v = TaskStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if let Some(v) = self.room_id.as_ref() {
            struct_ser.serialize_field("roomId", v)?;
        }
        if let Some(v) = self.world_id.as_ref() {
            struct_ser.serialize_field("worldId", v)?;
        }
        if let Some(v) = self.entity_id.as_ref() {
            struct_ser.serialize_field("entityId", v)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAt", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.updated_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAt", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.due_at.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("dueAt", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Task {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "description",
            "status",
            "room_id",
            "roomId",
            "world_id",
            "worldId",
            "entity_id",
            "entityId",
            "tags",
            "metadata",
            "created_at",
            "createdAt",
            "updated_at",
            "updatedAt",
            "due_at",
            "dueAt",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Description,
            Status,
            RoomId,
            WorldId,
            EntityId,
            Tags,
            Metadata,
            CreatedAt,
            UpdatedAt,
            DueAt,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "status" => Ok(GeneratedField::Status),
                            "roomId" | "room_id" => Ok(GeneratedField::RoomId),
                            "worldId" | "world_id" => Ok(GeneratedField::WorldId),
                            "entityId" | "entity_id" => Ok(GeneratedField::EntityId),
                            "tags" => Ok(GeneratedField::Tags),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "createdAt" | "created_at" => Ok(GeneratedField::CreatedAt),
                            "updatedAt" | "updated_at" => Ok(GeneratedField::UpdatedAt),
                            "dueAt" | "due_at" => Ok(GeneratedField::DueAt),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Task;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.Task")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Task, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut description__ = None;
                let mut status__ = None;
                let mut room_id__ = None;
                let mut world_id__ = None;
                let mut entity_id__ = None;
                let mut tags__ = None;
                let mut metadata__ = None;
                let mut created_at__ = None;
                let mut updated_at__ = None;
                let mut due_at__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<TaskStatus>()? as i32);
                        }
                        GeneratedField::RoomId => {
                            if room_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roomId"));
                            }
                            room_id__ = map_.next_value()?;
                        }
                        GeneratedField::WorldId => {
                            if world_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worldId"));
                            }
                            world_id__ = map_.next_value()?;
                        }
                        GeneratedField::EntityId => {
                            if entity_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entityId"));
                            }
                            entity_id__ = map_.next_value()?;
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::UpdatedAt => {
                            if updated_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::DueAt => {
                            if due_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dueAt"));
                            }
                            due_at__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                    }
                }
                Ok(Task {
                    id: id__,
                    name: name__.unwrap_or_default(),
                    description: description__,
                    status: status__.unwrap_or_default(),
                    room_id: room_id__,
                    world_id: world_id__,
                    entity_id: entity_id__,
                    tags: tags__.unwrap_or_default(),
                    metadata: metadata__,
                    created_at: created_at__,
                    updated_at: updated_at__,
                    due_at: due_at__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.Task", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.values.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.TaskMetadata", len)?;
        if let Some(v) = self.values.as_ref() {
            struct_ser.serialize_field("values", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "values" => Ok(GeneratedField::Values),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.TaskMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TaskMetadata {
                    values: values__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.TaskMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TASK_STATUS_UNSPECIFIED",
            Self::Pending => "TASK_STATUS_PENDING",
            Self::InProgress => "TASK_STATUS_IN_PROGRESS",
            Self::Completed => "TASK_STATUS_COMPLETED",
            Self::Failed => "TASK_STATUS_FAILED",
            Self::Cancelled => "TASK_STATUS_CANCELLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TaskStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TASK_STATUS_UNSPECIFIED",
            "TASK_STATUS_PENDING",
            "TASK_STATUS_IN_PROGRESS",
            "TASK_STATUS_COMPLETED",
            "TASK_STATUS_FAILED",
            "TASK_STATUS_CANCELLED",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TASK_STATUS_UNSPECIFIED" => Ok(TaskStatus::Unspecified),
                    "TASK_STATUS_PENDING" => Ok(TaskStatus::Pending),
                    "TASK_STATUS_IN_PROGRESS" => Ok(TaskStatus::InProgress),
                    "TASK_STATUS_COMPLETED" => Ok(TaskStatus::Completed),
                    "TASK_STATUS_FAILED" => Ok(TaskStatus::Failed),
                    "TASK_STATUS_CANCELLED" => Ok(TaskStatus::Cancelled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Uuid {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.UUID", len)?;
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Uuid {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Value,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Uuid;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.UUID")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Uuid, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Uuid {
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.UUID", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ValidationResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if !self.id.is_empty() {
            len += 1;
        }
        if self.valid {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.ValidationResponse", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.valid {
            struct_ser.serialize_field("valid", &self.valid)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ValidationResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "id",
            "valid",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Id,
            Valid,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "type" => Ok(GeneratedField::Type),
                            "id" => Ok(GeneratedField::Id),
                            "valid" => Ok(GeneratedField::Valid),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ValidationResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.ValidationResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ValidationResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut id__ = None;
                let mut valid__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Valid => {
                            if valid__.is_some() {
                                return Err(serde::de::Error::duplicate_field("valid"));
                            }
                            valid__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ValidationResponse {
                    r#type: r#type__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                    valid: valid__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.ValidationResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VectorDimension {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "VECTOR_DIMENSION_UNSPECIFIED",
            Self::Small => "VECTOR_DIMENSION_SMALL",
            Self::Medium => "VECTOR_DIMENSION_MEDIUM",
            Self::Large => "VECTOR_DIMENSION_LARGE",
            Self::Xl => "VECTOR_DIMENSION_XL",
            Self::Xxl => "VECTOR_DIMENSION_XXL",
            Self::Xxxl => "VECTOR_DIMENSION_XXXL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for VectorDimension {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "VECTOR_DIMENSION_UNSPECIFIED",
            "VECTOR_DIMENSION_SMALL",
            "VECTOR_DIMENSION_MEDIUM",
            "VECTOR_DIMENSION_LARGE",
            "VECTOR_DIMENSION_XL",
            "VECTOR_DIMENSION_XXL",
            "VECTOR_DIMENSION_XXXL",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = VectorDimension;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "VECTOR_DIMENSION_UNSPECIFIED" => Ok(VectorDimension::Unspecified),
                    "VECTOR_DIMENSION_SMALL" => Ok(VectorDimension::Small),
                    "VECTOR_DIMENSION_MEDIUM" => Ok(VectorDimension::Medium),
                    "VECTOR_DIMENSION_LARGE" => Ok(VectorDimension::Large),
                    "VECTOR_DIMENSION_XL" => Ok(VectorDimension::Xl),
                    "VECTOR_DIMENSION_XXL" => Ok(VectorDimension::Xxl),
                    "VECTOR_DIMENSION_XXXL" => Ok(VectorDimension::Xxxl),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WasmAbiVersion {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "WASM_ABI_VERSION_UNSPECIFIED",
            Self::Current => "WASM_ABI_VERSION_CURRENT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for WasmAbiVersion {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "WASM_ABI_VERSION_UNSPECIFIED",
            "WASM_ABI_VERSION_CURRENT",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WasmAbiVersion;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "WASM_ABI_VERSION_UNSPECIFIED" => Ok(WasmAbiVersion::Unspecified),
                    "WASM_ABI_VERSION_CURRENT" => Ok(WasmAbiVersion::Current),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WorkingMemoryItem {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.action_name.is_empty() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        if self.timestamp != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.WorkingMemoryItem", len)?;
        if !self.action_name.is_empty() {
            struct_ser.serialize_field("actionName", &self.action_name)?;
        }
        if let Some(v) = self.result.as_ref() {
            struct_ser.serialize_field("result", v)?;
        }
        if self.timestamp != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestamp", ToString::to_string(&self.timestamp).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkingMemoryItem {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "action_name",
            "actionName",
            "result",
            "timestamp",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ActionName,
            Result,
            Timestamp,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "actionName" | "action_name" => Ok(GeneratedField::ActionName),
                            "result" => Ok(GeneratedField::Result),
                            "timestamp" => Ok(GeneratedField::Timestamp),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkingMemoryItem;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.WorkingMemoryItem")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WorkingMemoryItem, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut action_name__ = None;
                let mut result__ = None;
                let mut timestamp__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ActionName => {
                            if action_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionName"));
                            }
                            action_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = map_.next_value()?;
                        }
                        GeneratedField::Timestamp => {
                            if timestamp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestamp"));
                            }
                            timestamp__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(WorkingMemoryItem {
                    action_name: action_name__.unwrap_or_default(),
                    result: result__,
                    timestamp: timestamp__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.WorkingMemoryItem", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for World {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if !self.agent_id.is_empty() {
            len += 1;
        }
        if self.message_server_id.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.World", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if !self.agent_id.is_empty() {
            struct_ser.serialize_field("agentId", &self.agent_id)?;
        }
        if let Some(v) = self.message_server_id.as_ref() {
            struct_ser.serialize_field("messageServerId", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for World {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "agent_id",
            "agentId",
            "message_server_id",
            "messageServerId",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            AgentId,
            MessageServerId,
            Metadata,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "agentId" | "agent_id" => Ok(GeneratedField::AgentId),
                            "messageServerId" | "message_server_id" => Ok(GeneratedField::MessageServerId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = World;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.World")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<World, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut agent_id__ = None;
                let mut message_server_id__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::AgentId => {
                            if agent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("agentId"));
                            }
                            agent_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MessageServerId => {
                            if message_server_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("messageServerId"));
                            }
                            message_server_id__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(World {
                    id: id__.unwrap_or_default(),
                    name: name__,
                    agent_id: agent_id__.unwrap_or_default(),
                    message_server_id: message_server_id__,
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.World", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorldMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.ownership.is_some() {
            len += 1;
        }
        if !self.roles.is_empty() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.WorldMetadata", len)?;
        if let Some(v) = self.ownership.as_ref() {
            struct_ser.serialize_field("ownership", v)?;
        }
        if !self.roles.is_empty() {
            struct_ser.serialize_field("roles", &self.roles)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorldMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ownership",
            "roles",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Ownership,
            Roles,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "ownership" => Ok(GeneratedField::Ownership),
                            "roles" => Ok(GeneratedField::Roles),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorldMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.WorldMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WorldMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ownership__ = None;
                let mut roles__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Ownership => {
                            if ownership__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ownership"));
                            }
                            ownership__ = map_.next_value()?;
                        }
                        GeneratedField::Roles => {
                            if roles__.is_some() {
                                return Err(serde::de::Error::duplicate_field("roles"));
                            }
                            roles__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WorldMetadata {
                    ownership: ownership__,
                    roles: roles__.unwrap_or_default(),
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.WorldMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorldOwnership {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.owner_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.WorldOwnership", len)?;
        if !self.owner_id.is_empty() {
            struct_ser.serialize_field("ownerId", &self.owner_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorldOwnership {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "owner_id",
            "ownerId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OwnerId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "ownerId" | "owner_id" => Ok(GeneratedField::OwnerId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorldOwnership;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.WorldOwnership")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WorldOwnership, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut owner_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OwnerId => {
                            if owner_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ownerId"));
                            }
                            owner_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(WorldOwnership {
                    owner_id: owner_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.WorldOwnership", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for X402Accepts {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.scheme.is_empty() {
            len += 1;
        }
        if !self.network.is_empty() {
            len += 1;
        }
        if !self.max_amount_required.is_empty() {
            len += 1;
        }
        if !self.resource.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.mime_type.is_empty() {
            len += 1;
        }
        if !self.pay_to.is_empty() {
            len += 1;
        }
        if self.max_timeout_seconds != 0 {
            len += 1;
        }
        if !self.asset.is_empty() {
            len += 1;
        }
        if self.output_schema.is_some() {
            len += 1;
        }
        if self.extra.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.X402Accepts", len)?;
        if !self.scheme.is_empty() {
            struct_ser.serialize_field("scheme", &self.scheme)?;
        }
        if !self.network.is_empty() {
            struct_ser.serialize_field("network", &self.network)?;
        }
        if !self.max_amount_required.is_empty() {
            struct_ser.serialize_field("maxAmountRequired", &self.max_amount_required)?;
        }
        if !self.resource.is_empty() {
            struct_ser.serialize_field("resource", &self.resource)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.mime_type.is_empty() {
            struct_ser.serialize_field("mimeType", &self.mime_type)?;
        }
        if !self.pay_to.is_empty() {
            struct_ser.serialize_field("payTo", &self.pay_to)?;
        }
        if self.max_timeout_seconds != 0 {
            struct_ser.serialize_field("maxTimeoutSeconds", &self.max_timeout_seconds)?;
        }
        if !self.asset.is_empty() {
            struct_ser.serialize_field("asset", &self.asset)?;
        }
        if let Some(v) = self.output_schema.as_ref() {
            struct_ser.serialize_field("outputSchema", v)?;
        }
        if let Some(v) = self.extra.as_ref() {
            struct_ser.serialize_field("extra", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for X402Accepts {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scheme",
            "network",
            "max_amount_required",
            "maxAmountRequired",
            "resource",
            "description",
            "mime_type",
            "mimeType",
            "pay_to",
            "payTo",
            "max_timeout_seconds",
            "maxTimeoutSeconds",
            "asset",
            "output_schema",
            "outputSchema",
            "extra",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scheme,
            Network,
            MaxAmountRequired,
            Resource,
            Description,
            MimeType,
            PayTo,
            MaxTimeoutSeconds,
            Asset,
            OutputSchema,
            Extra,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "scheme" => Ok(GeneratedField::Scheme),
                            "network" => Ok(GeneratedField::Network),
                            "maxAmountRequired" | "max_amount_required" => Ok(GeneratedField::MaxAmountRequired),
                            "resource" => Ok(GeneratedField::Resource),
                            "description" => Ok(GeneratedField::Description),
                            "mimeType" | "mime_type" => Ok(GeneratedField::MimeType),
                            "payTo" | "pay_to" => Ok(GeneratedField::PayTo),
                            "maxTimeoutSeconds" | "max_timeout_seconds" => Ok(GeneratedField::MaxTimeoutSeconds),
                            "asset" => Ok(GeneratedField::Asset),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "extra" => Ok(GeneratedField::Extra),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = X402Accepts;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.X402Accepts")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<X402Accepts, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scheme__ = None;
                let mut network__ = None;
                let mut max_amount_required__ = None;
                let mut resource__ = None;
                let mut description__ = None;
                let mut mime_type__ = None;
                let mut pay_to__ = None;
                let mut max_timeout_seconds__ = None;
                let mut asset__ = None;
                let mut output_schema__ = None;
                let mut extra__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scheme => {
                            if scheme__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheme"));
                            }
                            scheme__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Network => {
                            if network__.is_some() {
                                return Err(serde::de::Error::duplicate_field("network"));
                            }
                            network__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxAmountRequired => {
                            if max_amount_required__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxAmountRequired"));
                            }
                            max_amount_required__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Resource => {
                            if resource__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resource"));
                            }
                            resource__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MimeType => {
                            if mime_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mimeType"));
                            }
                            mime_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PayTo => {
                            if pay_to__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payTo"));
                            }
                            pay_to__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxTimeoutSeconds => {
                            if max_timeout_seconds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxTimeoutSeconds"));
                            }
                            max_timeout_seconds__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Asset => {
                            if asset__.is_some() {
                                return Err(serde::de::Error::duplicate_field("asset"));
                            }
                            asset__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = map_.next_value()?;
                        }
                        GeneratedField::Extra => {
                            if extra__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extra"));
                            }
                            extra__ = map_.next_value()?;
                        }
                    }
                }
                Ok(X402Accepts {
                    scheme: scheme__.unwrap_or_default(),
                    network: network__.unwrap_or_default(),
                    max_amount_required: max_amount_required__.unwrap_or_default(),
                    resource: resource__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    mime_type: mime_type__.unwrap_or_default(),
                    pay_to: pay_to__.unwrap_or_default(),
                    max_timeout_seconds: max_timeout_seconds__.unwrap_or_default(),
                    asset: asset__.unwrap_or_default(),
                    output_schema: output_schema__,
                    extra: extra__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.X402Accepts", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for X402Config {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.price_in_cents != 0 {
            len += 1;
        }
        if !self.payment_configs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.X402Config", len)?;
        if self.price_in_cents != 0 {
            struct_ser.serialize_field("priceInCents", &self.price_in_cents)?;
        }
        if !self.payment_configs.is_empty() {
            struct_ser.serialize_field("paymentConfigs", &self.payment_configs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for X402Config {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "price_in_cents",
            "priceInCents",
            "payment_configs",
            "paymentConfigs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PriceInCents,
            PaymentConfigs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "priceInCents" | "price_in_cents" => Ok(GeneratedField::PriceInCents),
                            "paymentConfigs" | "payment_configs" => Ok(GeneratedField::PaymentConfigs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = X402Config;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.X402Config")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<X402Config, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut price_in_cents__ = None;
                let mut payment_configs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PriceInCents => {
                            if price_in_cents__.is_some() {
                                return Err(serde::de::Error::duplicate_field("priceInCents"));
                            }
                            price_in_cents__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PaymentConfigs => {
                            if payment_configs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("paymentConfigs"));
                            }
                            payment_configs__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(X402Config {
                    price_in_cents: price_in_cents__.unwrap_or_default(),
                    payment_configs: payment_configs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.X402Config", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for X402Response {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.x402_version != 0 {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if !self.accepts.is_empty() {
            len += 1;
        }
        if self.payer.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("eliza.interop.v1.X402Response", len)?;
        if self.x402_version != 0 {
            struct_ser.serialize_field("x402Version", &self.x402_version)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if !self.accepts.is_empty() {
            struct_ser.serialize_field("accepts", &self.accepts)?;
        }
        if let Some(v) = self.payer.as_ref() {
            struct_ser.serialize_field("payer", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for X402Response {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "x402_version",
            "x402Version",
            "error",
            "accepts",
            "payer",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            X402Version,
            Error,
            Accepts,
            Payer,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "x402Version" | "x402_version" => Ok(GeneratedField::X402Version),
                            "error" => Ok(GeneratedField::Error),
                            "accepts" => Ok(GeneratedField::Accepts),
                            "payer" => Ok(GeneratedField::Payer),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = X402Response;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct eliza.interop.v1.X402Response")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<X402Response, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut x402_version__ = None;
                let mut error__ = None;
                let mut accepts__ = None;
                let mut payer__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::X402Version => {
                            if x402_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("x402Version"));
                            }
                            x402_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::Accepts => {
                            if accepts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accepts"));
                            }
                            accepts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Payer => {
                            if payer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payer"));
                            }
                            payer__ = map_.next_value()?;
                        }
                    }
                }
                Ok(X402Response {
                    x402_version: x402_version__.unwrap_or_default(),
                    error: error__,
                    accepts: accepts__.unwrap_or_default(),
                    payer: payer__,
                })
            }
        }
        deserializer.deserialize_struct("eliza.interop.v1.X402Response", FIELDS, GeneratedVisitor)
    }
}
