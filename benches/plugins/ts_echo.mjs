// Bench plugin: the ECHO action in TypeScript (served by the TS bridge over IPC).
export const plugin = {
  name: "bench-echo-ts",
  description: "elizaos-interop bench: echo (TypeScript)",
  version: "0.1.0",
  actions: [
    {
      name: "ECHO",
      description: "echo the text",
      validate: async (_runtime, message) => Boolean(message.content?.text),
      handler: async (_runtime, message) => ({ success: true, text: message.content?.text ?? "" }),
    },
  ],
};
export default plugin;
