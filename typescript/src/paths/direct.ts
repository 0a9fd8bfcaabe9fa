/**
 * The direct path: a JS plugin module imported into this process, as a Channel (`DirectChannel`): each request
 * goes straight to the plugin's dispatcher, with no bytes in between.
 */
import { responseError } from "../channel.js";
import type { CallOptions, Channel, RequestHandler } from "../channel.js";
import { PluginClosedError } from "../errors.js";
import type { CrossLanguagePluginManifest } from "../gen/eliza/interop/v1/ipc_pb.js";
import { PluginDispatcher } from "../serve/dispatch.js";
import { importPluginModule } from "../serve/plugin-module.js";
import { makeMessage } from "../wire/body.js";
import type { MessageInit, ProtocolMessage, RequestType, ResponseOf } from "../wire/body.js";

/**
 * A plugin object in this process as a Channel: a request is one dispatcher call. Deadlines and cancellation do
 * not apply (the call runs on this thread); there is no plugin→host direction for an in-process object yet.
 */
export class DirectChannel implements Channel {
  private nextId = 0;
  private closed = false;

  constructor(readonly dispatcher: PluginDispatcher) {}

  get manifest(): CrossLanguagePluginManifest {
    return this.dispatcher.manifest;
  }

  async request<T extends RequestType>(type: T, init: MessageInit<T>, _options?: CallOptions): Promise<ResponseOf<T>> {
    const who = `plugin "${this.dispatcher.manifest.name}"`;
    if (this.closed) throw new PluginClosedError(`${who} is closed`);
    const res = await this.dispatcher.handle(makeMessage(type, String(++this.nextId), init) as ProtocolMessage);
    const err = responseError(type, res, who);
    if (err !== undefined) throw err;
    return res as ResponseOf<T>;
  }

  notify(_msg: ProtocolMessage): void {}

  serve(_handler: RequestHandler | undefined): void {}

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Imports a plugin module and opens a DirectChannel to it. */
export async function openDirectChannel(entry: string): Promise<DirectChannel> {
  return new DirectChannel(new PluginDispatcher(await importPluginModule(entry)));
}
