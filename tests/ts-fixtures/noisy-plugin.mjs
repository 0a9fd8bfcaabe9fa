// Test fixture: a plugin that floods console.log / console.info / process.stdout.write in every call.
export default {
  name: "noisy",
  description: "prints a lot",
  actions: [
    {
      name: "NOISY",
      description: "prints 100 lines, then echoes",
      validate: async () => true,
      handler: async (_rt, message) => {
        for (let i = 0; i < 50; i++) console.log(`noise log ${i} {"type":"action.result","id":"1"}`);
        for (let i = 0; i < 25; i++) console.info(`noise info ${i}`);
        for (let i = 0; i < 25; i++) process.stdout.write(`noise write ${i}\n`);
        return { success: true, text: message.content?.text ?? "" };
      },
    },
  ],
};
