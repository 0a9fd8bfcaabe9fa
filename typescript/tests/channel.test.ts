/**
 * The Channel in both directions over the in-memory transport (docs/ARCHITECTURE.md, "The Channel"): a
 * PluginHandle on the host side, the plugin dispatcher on the plugin side, requests from each side at the same
 * time, a deadline that expires and an AbortSignal cancellation (the peer sees `cancel`), back-pressure, and
 * NOT_FOUND for a request no handler serves — in both framings.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { create } from "@bufbuild/protobuf";
import { ActionResultSchema } from "#interop/gen/eliza/interop/v1/components_pb.js";
import {
  CallCancelledError,
  CallTimeoutError,
  ErrorCode,
  PluginCallError,
  PluginClosedError,
  PluginDispatcher,
  PluginHandle,
  TooManyPendingError,
  jsonToValue,
  makeMessage,
} from "#interop/index.js";
import type { JsonObject, Plugin, ProtocolMessage, StreamChannel } from "#interop/index.js";
import { FRAMINGS, channelPair, memory } from "#interop/testing.js";

/** Resolves when `signal` aborts. */
const aborted = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));

/**
 * A plugin with: ASK (asks the host for a value through `db.call` on the plugin's channel, mid-action), WAIT
 * (answers only when released, or records the cancel), and ECHO.
 */
function setup(framing: (typeof FRAMINGS)[number], hostOptions: { maxPendingRequests?: number } = {}) {
  const { host, plugin } = channelPair(framing, { host: hostOptions });
  const seen: { hostIds: string[]; pluginIds: string[]; cancelled: string[] } = { hostIds: [], pluginIds: [], cancelled: [] };
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const obj: Plugin = {
    name: "two-way",
    description: "a plugin that calls back into its host",
    actions: [
      {
        name: "ASK",
        description: "asks the host",
        validate: async () => true,
        handler: async (_rt, message) => {
          const r = await plugin.request("db.call", { method: "lookup", params: { key: message.content?.text ?? "" } }, { timeoutMs: 5_000 });
          return create(ActionResultSchema, { success: true, text: `host said ${JSON.stringify(r.result?.kind.value)}` });
        },
      },
      {
        name: "ECHO",
        description: "echoes",
        validate: async () => true,
        handler: async (_rt, message) => create(ActionResultSchema, { success: true, text: message.content?.text ?? "" }),
      },
    ],
  };
  const dispatcher = new PluginDispatcher(obj);
  plugin.serve(async (msg: ProtocolMessage, signal: AbortSignal) => {
    seen.hostIds.push(msg.id);
    if (msg.$typeName === "eliza.interop.v1.ActionInvokeRequest" && msg.action === "WAIT") {
      await Promise.race([released, aborted(signal)]);
      if (signal.aborted) seen.cancelled.push(msg.id);
      return makeMessage("action.result", msg.id, { result: { success: true, text: "released" } });
    }
    return dispatcher.handle(msg);
  });
  host.serve(async (msg: ProtocolMessage) => {
    seen.pluginIds.push(msg.id);
    if (msg.$typeName !== "eliza.interop.v1.DbCallRequest") throw new Error(`unexpected ${msg.type}`);
    const params: JsonObject = msg.params ?? {};
    return makeMessage("db.result", msg.id, { result: jsonToValue(`value of ${String(params["key"])}`) });
  });
  const handle = new PluginHandle(host, dispatcher.manifest);
  return { host, plugin, handle, seen, release };
}

/** Waits until `check` holds (the peer's side of a cancel arrives a few microtasks later). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), what);
}

for (const framing of FRAMINGS) {
  test(`${framing}: host→plugin and plugin→host requests at the same time, ids from each side's own space`, async () => {
    const { host, plugin, handle, seen } = setup(framing);
    try {
      assert.equal(handle.name, "two-way");
      // A plugin→host request on its own, while host→plugin calls (one of which calls back) are in flight.
      const [asked, echoed, direct, valid] = await Promise.all([
        handle.invokeAction("ASK", memory("colour")),
        handle.invokeAction("ECHO", memory("hi")),
        plugin.request("db.call", { method: "lookup", params: { key: "size" } }),
        handle.validateAction("ECHO", memory("x")),
      ]);
      assert.equal(asked?.text, 'host said "value of colour"');
      assert.equal(echoed?.text, "hi");
      assert.equal(direct.result?.kind.value, "value of size");
      assert.equal(valid, true);
      assert.deepEqual([...seen.hostIds].sort(), ["1", "2", "3"]);
      assert.deepEqual([...seen.pluginIds].sort(), ["p1", "p2"]);
      assert.equal(host.pendingCount, 0);
      assert.equal(plugin.pendingCount, 0);
      // Typed errors cross back: an unknown action is NOT_FOUND.
      await assert.rejects(handle.invokeAction("NOPE", memory("x")), (e: unknown) => e instanceof PluginCallError && e.code === ErrorCode.NOT_FOUND);
    } finally {
      await handle.close();
      await plugin.close();
    }
    await assert.rejects(handle.invokeAction("ECHO", memory("late")), PluginClosedError);
  });

  test(`${framing}: a deadline that passes fails the call with CallTimeoutError and the peer sees cancel`, async () => {
    const { plugin, handle, seen, release } = setup(framing);
    try {
      await assert.rejects(handle.invokeAction("WAIT", memory("x"), undefined, undefined, { timeoutMs: 30 }), CallTimeoutError);
      await eventually(() => seen.cancelled.includes("1"), "the plugin's handler saw the cancel of request 1");
      // The channel keeps working, and no late answer is delivered for the cancelled id.
      assert.equal((await handle.invokeAction("ECHO", memory("after")))?.text, "after");
    } finally {
      release();
      await handle.close();
      await plugin.close();
    }
  });

  test(`${framing}: an AbortSignal cancels the call, the peer sees cancel; an aborted signal sends nothing`, async () => {
    const { plugin, handle, seen, release } = setup(framing);
    try {
      const controller = new AbortController();
      const call = handle.invokeAction("WAIT", memory("x"), undefined, undefined, { signal: controller.signal });
      setTimeout(() => controller.abort(), 10);
      await assert.rejects(call, (e: unknown) => e instanceof CallCancelledError && e.code === ErrorCode.CANCELLED);
      await eventually(() => seen.cancelled.includes("1"), "the plugin's handler saw the cancel of request 1");
      await assert.rejects(handle.invokeAction("ECHO", memory("x"), undefined, undefined, { signal: controller.signal }), CallCancelledError);
      assert.deepEqual(seen.hostIds, ["1"], "a call cancelled before it was sent never reached the plugin");
    } finally {
      release();
      await handle.close();
      await plugin.close();
    }
  });

  test(`${framing}: a request with no handler installed is answered NOT_FOUND; back-pressure`, async () => {
    const { host, plugin, handle, release } = setup(framing, { maxPendingRequests: 1 });
    try {
      host.serve(undefined);
      await assert.rejects(
        plugin.request("db.call", { method: "lookup", params: {} }),
        (e: unknown) => e instanceof PluginCallError && e.code === ErrorCode.NOT_FOUND && e.codeName === "NOT_FOUND",
      );
      const waiting = handle.invokeAction("WAIT", memory("x"));
      await assert.rejects(handle.invokeAction("ECHO", memory("y")), TooManyPendingError);
      release();
      assert.equal((await waiting)?.text, "released");
    } finally {
      await handle.close();
      await plugin.close();
    }
  });
}

test("closing one side fails the other side's pending calls", async () => {
  const { host, plugin, handle } = setup("json");
  const pending = handle.invokeAction("WAIT", memory("x"));
  await new Promise((r) => setTimeout(r, 5));
  await (plugin as StreamChannel).close();
  await assert.rejects(pending, PluginClosedError);
  assert.equal(host.isClosed, true);
});
