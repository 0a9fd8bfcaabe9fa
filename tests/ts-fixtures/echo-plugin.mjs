// Test fixture: an elizaOS-style TypeScript plugin (ESM, plain objects) served by the TS bridge.
// It prints at import time and in handlers to prove plugin output never reaches the protocol stream.
console.log("echo-plugin: loading (this must go to stderr)");
process.stdout.write("echo-plugin: raw stdout write (must go to stderr)\n");

const store = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const plugin = {
  name: "echo",
  description: "Echo fixture plugin",
  version: "1.2.3",
  actions: [
    {
      name: "ECHO",
      description: "Echoes the message text",
      similes: ["REPEAT"],
      validate: async (_rt, message) => message.content?.text !== "invalid",
      handler: async (_rt, message, _state, options) => {
        return { success: true, text: message.content?.text ?? "", values: { seq: options?.seq ?? null } };
      },
    },
    {
      name: "SLOW",
      description: "Answers after options.ms milliseconds",
      validate: async () => true,
      handler: async (_rt, _message, _state, options) => {
        await sleep(Number(options?.ms ?? 0));
        return { success: true, text: "slow done" };
      },
    },
    {
      name: "FAIL",
      description: "Throws",
      validate: async () => true,
      handler: async () => {
        throw new TypeError("boom from FAIL");
      },
    },
    {
      name: "BIG",
      description: "Returns options.size bytes of text",
      validate: async () => true,
      handler: async (_rt, _m, _s, options) => ({ success: true, text: "x".repeat(Number(options?.size ?? 0)) }),
    },
    {
      name: "ENV",
      description: "Reports which of options.names are set in the environment",
      validate: async () => true,
      handler: async (_rt, _m, _s, options) => {
        const values = {};
        for (const n of options?.names ?? []) values[n] = process.env[n] ?? null;
        return { success: true, values };
      },
    },
    {
      name: "EXIT",
      description: "Exits the process mid-call",
      validate: async () => true,
      handler: async (_rt, _m, _s, options) => {
        process.exit(Number(options?.code ?? 3));
      },
    },
  ],
  providers: [
    {
      name: "STATIC",
      description: "A static provider",
      position: 5,
      get: async (_rt, message) => ({ text: `static for ${message.content?.text ?? ""}`, values: { k: "v" } }),
    },
  ],
  evaluators: [
    {
      name: "COUNT_WORDS",
      description: "Counts words",
      alwaysRun: true,
      validate: async (_rt, message) => (message.content?.text ?? "") !== "",
      handler: async (_rt, message) => ({
        success: true,
        values: { words: (message.content?.text ?? "").split(/\s+/).filter(Boolean).length },
      }),
    },
  ],
  models: {
    TEXT_SMALL: async (_rt, params) => `echo:${params.prompt ?? ""}`,
  },
  adapter: {
    async call(method, params) {
      if (method === "set") {
        store.set(params.key, params.value);
        return true;
      }
      if (method === "get") return store.get(params.key) ?? null;
      const err = new Error(`no db method "${method}"`);
      err.code = "NOT_FOUND";
      throw err;
    },
  },
};

export default plugin;
