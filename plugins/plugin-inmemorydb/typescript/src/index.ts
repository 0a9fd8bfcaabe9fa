/**
 * plugin-inmemorydb for TypeScript: an in-memory elizaOS database adapter with exact cosine vector search.
 * The default export is a Plugin whose `adapter.call(method, params)` serves `db.call`
 * (methods in plugins/plugin-inmemorydb/API.md).
 */
import type { JsonObject, JsonValue, Plugin } from "@elizaos/interop";

import { InMemoryDatabase, type Json } from "./store.js";

export { cosine, DbError, DEFAULT_SEARCH_COUNT, InMemoryDatabase, type Json, type Obj } from "./store.js";

/** The database the default plugin serves. */
export const database = new InMemoryDatabase();

const plugin: Plugin = {
  name: "inmemorydb",
  description: "In-memory database adapter with exact cosine vector search",
  version: "0.1.0",
  adapter: {
    async call(method: string, params: JsonObject): Promise<JsonValue> {
      return database.call(method, params as Json) as JsonValue;
    },
  },
};

export default plugin;
