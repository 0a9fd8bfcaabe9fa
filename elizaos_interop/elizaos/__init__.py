"""The elizaOS layer: a handle as a real `elizaos.Plugin` (adapter), a plugin as the runtime's database
adapter (db_adapter)."""
