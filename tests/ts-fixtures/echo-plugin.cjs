// Test fixture: a CommonJS plugin (module.exports = { plugin }).
module.exports = {
  plugin: {
    name: "echo-cjs",
    description: "CommonJS fixture plugin",
    actions: [
      {
        name: "HELLO",
        description: "Says hello",
        validate: async () => true,
        handler: async (_rt, message) => ({ success: true, text: `hello ${message.content?.text ?? ""}` }),
      },
    ],
    providers: [],
  },
};
