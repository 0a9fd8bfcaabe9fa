/**
 * Test kit (docs/ARCHITECTURE.md): message builders, the transport × framing matrix the IPC suites run over, and
 * an in-memory host/plugin Channel pair. Used by this package's tests; usable by plugin authors' tests.
 */
import { create } from "@bufbuild/protobuf";
import { memoryTransportPair } from "./channel.js";
import { StreamChannel } from "./stream-channel.js";
import type { StreamChannelOptions } from "./stream-channel.js";
import { MemorySchema } from "./gen/eliza/interop/v1/memory_pb.js";
import type { Memory } from "./gen/eliza/interop/v1/memory_pb.js";
import type { IpcTransport, Logger } from "./paths/ipc/options.js";
import type { FramingMode } from "./wire/framing.js";

/** A message Memory with `text` as its content (fixed entity and room ids). */
export function memory(text: string): Memory {
  return create(MemorySchema, { content: { text }, entityId: "00000000-0000-0000-0000-000000000001", roomId: "00000000-0000-0000-0000-000000000002" });
}

export const TRANSPORTS: readonly IpcTransport[] = ["stdio", "unix", "tcp"];
export const FRAMINGS: readonly FramingMode[] = ["json", "protobuf"];

/** Every transport × framing pair, for suites that run the same checks over each. */
export const TRANSPORT_FRAMINGS: ReadonlyArray<readonly [IpcTransport, FramingMode]> = TRANSPORTS.flatMap((t) => FRAMINGS.map((f) => [t, f] as const));

/** A logger that keeps lines (for assertions) and stays quiet. */
export function collectingLogger(): { logger: Logger; lines: Array<[string, string]> } {
  const lines: Array<[string, string]> = [];
  return { logger: (level, message) => lines.push([level, message]), lines };
}

/** A host Channel and a plugin Channel connected by in-memory byte streams, started, in one framing. */
export function channelPair(
  framing: FramingMode = "json",
  options: { host?: Partial<StreamChannelOptions>; plugin?: Partial<StreamChannelOptions> } = {},
): { host: StreamChannel; plugin: StreamChannel } {
  const [a, b] = memoryTransportPair();
  const host = new StreamChannel(a, { peer: "plugin", ...options.host, side: "host", framing });
  const plugin = new StreamChannel(b, { peer: "host", ...options.plugin, side: "plugin", framing });
  return { host: host.start(), plugin: plugin.start() };
}
