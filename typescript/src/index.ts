/** @elizaos/interop for TypeScript: load Python (IPC), TypeScript (direct or IPC) and WASM plugins; serve TS plugins over IPC. */
export * from "./types.js";
export * from "./errors.js";
export {
  PROTOCOL_VERSION,
  MESSAGE_TYPES,
  DecodeError,
  MAX_JSON_VALUE_DEPTH,
  makeMessage,
  messageToJson,
  messageFromJson,
  encodeJsonLine,
  decodeJsonLine,
  encodeEnvelope,
  decodeEnvelope,
  encodeFrame,
  jsonToValue,
  valueToJson,
} from "./codec.js";
export type { MessageType, MessageOf, MessageInit, ProtocolMessage } from "./codec.js";
export { StreamDecoder, BufferOverflowError, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_BUFFER_BYTES } from "./framing.js";
export type { FramingMode, DecodedItem, StreamDecoderOptions } from "./framing.js";
export {
  IpcPlugin,
  loadPythonPlugin,
  loadTsPluginIpc,
  buildChildEnv,
  DEFAULT_LIMITS,
  DEFAULT_ENV_DENYLIST,
  TS_BRIDGE_SERVER,
} from "./ipc-client.js";
export type { IpcOptions, IpcLimits, IpcTransport, Logger, LogLevel, CallOptions, SpawnPluginOptions, RequestType, ResponseOf } from "./ipc-client.js";
export { PluginDispatcher, buildManifest, errorMessage } from "./dispatch.js";
export type { ErrorCode } from "./dispatch.js";
export { ServerSession, serveStream, listen, SERVER_NAME } from "./server.js";
export type { ServeOptions } from "./server.js";
export { importPluginModule } from "./load-module.js";
export { loadPlugin, readManifest, parseManifest, splitCommandLine, nodePathFor } from "./loader.js";
export type { LoadPluginOptions, ManifestFile } from "./loader.js";
export { loadWasmPlugin, WASM_ABI_VERSION } from "./wasm-loader.js";
export type { WasmLimits, WasmPlugin } from "./wasm-loader.js";
