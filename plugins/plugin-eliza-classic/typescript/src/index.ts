/**
 * plugin-eliza-classic: Weizenbaum's 1966 ELIZA with the DOCTOR script as an elizaOS plugin (TypeScript).
 * Action `generate-response` answers in the message's session (`options.sessionId`, else `roomId`, else `default`);
 * provider `eliza-greeting` gives the greeting. Replies are byte-identical to the Python and Rust implementations.
 */
import { create } from "@bufbuild/protobuf";
import type { ActionResult, JsonObject, Memory, Plugin, ProviderResult } from "@elizaos/interop";
import {
  ActionResultSchema,
  ProviderResultSchema,
} from "@elizaos/interop/generated/eliza/interop/v1/components_pb.js";
import { ContentSchema } from "@elizaos/interop/generated/eliza/interop/v1/primitives_pb.js";

import { doctorScript } from "./doctor.js";
import { Conversation } from "./engine.js";

export { Conversation, MAX_LINKS, NO_MATCH_REPLIES, Script, ScriptError, memoryHash, tokenize } from "./engine.js";
export { SCRIPT_PATH, doctorScript } from "./doctor.js";

export const PLUGIN_NAME = "eliza-classic";
export const PLUGIN_DESCRIPTION =
  "Weizenbaum's 1966 ELIZA with the DOCTOR script, reproducing the CACM conversation exactly; no LLM required";
export const PLUGIN_VERSION = "0.1.0";
export const ACTION_NAME = "generate-response";
export const ACTION_DESCRIPTION = "Generate an ELIZA response for user input using classic pattern matching.";
export const ACTION_SIMILES = ["ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA"];
export const PROVIDER_NAME = "eliza-greeting";
export const PROVIDER_DESCRIPTION = "Provides the ELIZA greeting message.";
export const NO_TEXT_ERROR = "No user input provided";
export const DEFAULT_SESSION = "default";

/** The session key: `options.sessionId` if given, else the message's room id, else `default`. */
export function sessionKey(options: JsonObject | undefined, message: Memory): string {
  const sid = options?.["sessionId"];
  if (typeof sid === "string" && sid !== "") return sid;
  return message.roomId !== "" ? message.roomId : DEFAULT_SESSION;
}

/** Conversations by session key. */
export class Sessions {
  private readonly conversations = new Map<string, Conversation>();

  respond(session: string, text: string): string {
    let conv = this.conversations.get(session);
    if (conv === undefined) {
      conv = new Conversation(doctorScript());
      this.conversations.set(session, conv);
    }
    return conv.respond(text);
  }

  /** Forget one session, or all of them. */
  reset(session?: string): void {
    if (session === undefined) this.conversations.clear();
    else this.conversations.delete(session);
  }

  get size(): number {
    return this.conversations.size;
  }
}

function messageText(message: Memory): string {
  return message.content?.text ?? "";
}

/** A fresh plugin instance with its own sessions. */
export function createPlugin(sessions: Sessions = new Sessions()): Plugin {
  return {
    name: PLUGIN_NAME,
    description: PLUGIN_DESCRIPTION,
    version: PLUGIN_VERSION,
    actions: [
      {
        name: ACTION_NAME,
        description: ACTION_DESCRIPTION,
        similes: [...ACTION_SIMILES],
        validate(_runtime, message): Promise<boolean> {
          return Promise.resolve(messageText(message).trim() !== "");
        },
        async handler(_runtime, message, _state, options, callback): Promise<ActionResult> {
          const text = messageText(message);
          if (text.trim() === "") return create(ActionResultSchema, { success: false, error: NO_TEXT_ERROR });
          const reply = sessions.respond(sessionKey(options, message), text);
          if (callback !== undefined) await callback(create(ContentSchema, { text: reply }));
          return create(ActionResultSchema, { success: true, text: reply });
        },
      },
    ],
    providers: [
      {
        name: PROVIDER_NAME,
        description: PROVIDER_DESCRIPTION,
        get(): Promise<ProviderResult> {
          const greeting = doctorScript().greeting;
          return Promise.resolve(create(ProviderResultSchema, { text: greeting, values: { greeting } }));
        },
      },
    ],
  };
}

/** The plugin (its sessions live as long as the process). */
export const plugin: Plugin = createPlugin();

export default plugin;
