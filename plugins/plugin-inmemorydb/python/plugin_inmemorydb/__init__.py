"""plugin-inmemorydb for Python: an in-memory elizaOS database adapter with exact cosine vector search.

- `db_adapter`: the `InMemoryDatabase` instance the bridge server serves `db.call` through
  (`db_adapter.call(method, params)` with proto3-JSON dicts; methods in plugins/plugin-inmemorydb/API.md).
- `plugin`: an `elizaos.Plugin` whose `adapter` is an elizaOS database adapter over the same store; its
  `init` registers that adapter on a runtime that has none.
"""

from __future__ import annotations

from plugin_inmemorydb.store import DEFAULT_SEARCH_COUNT, DbError, InMemoryDatabase

__all__ = ["DEFAULT_SEARCH_COUNT", "DbError", "InMemoryDatabase", "db_adapter"]

db_adapter = InMemoryDatabase()
