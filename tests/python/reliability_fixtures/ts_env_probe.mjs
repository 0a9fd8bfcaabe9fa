// Starts the env fixture plugin (Python bridge) through the TypeScript IPC client and prints, as one JSON
// line, the environment the child sees. Usage: node ts_env_probe.mjs INDEX_JS PYTHON PLUGIN [EXPLICIT_JSON]
const [indexJs, python, plugin, explicit] = process.argv.slice(2);
const { startIpcPlugin } = await import(indexJs);
const p = await startIpcPlugin({
  command: [python, "-m", "elizaos_interop.bridge_server", plugin],
  env: explicit ? JSON.parse(explicit) : undefined,
  logger: () => undefined,
});
try {
  const res = await p.call("action.invoke", { action: "environ", memory: { content: { text: "" } } }, { timeoutMs: 30000 });
  process.stdout.write(JSON.stringify(res.result?.values ?? {}) + "\n");
} finally {
  await p.close();
}
