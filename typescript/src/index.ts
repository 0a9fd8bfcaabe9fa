/** @elizaos/interop for TypeScript: load Python (IPC), TypeScript (direct or IPC) and WASM plugins; serve TS plugins over IPC. */
export * from "./types.js";
export * from "./errors.js";
export {
  PROTOCOL_VERSION,
  WASM_ABI_VERSION,
  MAX_JSON_VALUE_DEPTH,
  DEFAULT_MAX_PENDING_REQUESTS,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_BUFFER_BYTES,
  ErrorCode,
  errorCodeName,
  errorCodeFromName,
} from "./wire/constants.js";
export { MESSAGE_TYPES, RESPONSE_TYPES, makeMessage, isMessageType } from "./wire/body.js";
export type { MessageType, MessageOf, MessageInit, ProtocolMessage, RequestType, ResponseOf } from "./wire/body.js";
export {
  messageToJson,
  messageFromJson,
  encodeJsonLine,
  decodeJsonLine,
  encodeEnvelope,
  decodeEnvelope,
  encodeFrame,
  jsonToValue,
  valueToJson,
} from "./wire/codec.js";
export { StreamDecoder } from "./wire/framing.js";
export type { FramingMode, DecodedItem, StreamDecoderOptions } from "./wire/framing.js";
export { memoryTransportPair, streamTransport } from "./channel.js";
export type { Channel, ByteTransport, CallOptions, RequestHandler } from "./channel.js";
export { StreamChannel } from "./stream-channel.js";
export type { StreamChannelOptions } from "./stream-channel.js";
export { PluginHandle } from "./handle.js";
export { toElizaos } from "./elizaos/adapter.js";
export type { ElizaosPlugin, AdapterOptions } from "./elizaos/adapter.js";
export { IpcChannel } from "./paths/ipc/connection.js";
export { DEFAULT_LIMITS, DEFAULT_ENV_DENYLIST } from "./paths/ipc/options.js";
export type { IpcOptions, IpcLimits, IpcTransport, Logger, LogLevel } from "./paths/ipc/options.js";
export { buildChildEnv } from "./paths/ipc/process.js";
export { spawnNodeBridge, spawnPythonBridge, TS_BRIDGE_SERVER } from "./paths/ipc/launch.js";
export type { SpawnPluginOptions } from "./paths/ipc/launch.js";
export { DirectChannel, openDirectChannel } from "./paths/direct.js";
export { WasmChannel, openWasmChannel } from "./paths/wasm.js";
export type { WasmLimits } from "./paths/wasm.js";
export { importPluginModule } from "./serve/plugin-module.js";
export { PluginDispatcher, buildManifest } from "./serve/dispatch.js";
export { ServerSession, serveStream, listen, SERVER_NAME } from "./serve/server.js";
export type { ServeOptions } from "./serve/server.js";
export {
  loadPlugin,
  planLoad,
  readManifest,
  parseManifest,
  splitCommandLine,
  loadPythonPlugin,
  loadTsPluginIpc,
  startIpcPlugin,
  loadWasmPlugin,
  loadDirectPlugin,
} from "./loader.js";
export type { LoadPluginOptions, LoadPlan, Launcher, ManifestFile, IpcPluginHandle, WasmPluginHandle } from "./loader.js";
