"""elizaos-interop."""
