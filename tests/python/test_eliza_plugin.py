"""plugin-eliza-classic, Python plugin surface (Direct path): action, provider, sessions, plugin.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from elizaos.types import Content, Memory

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "plugin-eliza-classic"
if str(PLUGIN / "python") not in sys.path:
    sys.path.insert(0, str(PLUGIN / "python"))

from plugin_eliza_classic import (  # noqa: E402
    ACTION_NAME,
    PLUGIN_DESCRIPTION,
    PLUGIN_NAME,
    PLUGIN_VERSION,
    PROVIDER_NAME,
    plugin,
    session_key,
)
from plugin_eliza_classic.plugin import (  # noqa: E402
    ACTION_DESCRIPTION,
    ACTION_SIMILES,
    PROVIDER_DESCRIPTION,
    sessions,
)
from plugin_eliza_classic.plugin import handler as plugin_handler  # noqa: E402
from plugin_eliza_classic.sessions import Sessions  # noqa: E402

GREETING = "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM"
CACM = json.loads((ROOT / "tests" / "vectors" / "eliza" / "cacm-1966.json").read_text(encoding="utf-8"))


def message(text: str | None, room: str = "") -> Memory:
    return Memory(room_id=room, content=Content(text=text) if text is not None else Content())


def test_plugin_shape() -> None:
    assert plugin.name == PLUGIN_NAME == "eliza-classic"
    assert plugin.actions is not None
    assert plugin.providers is not None
    action = plugin.actions[0]
    assert action.name == ACTION_NAME == "generate-response"
    assert action.similes == ["ELIZA_RESPOND", "ELIZA_CHAT", "CLASSIC_ELIZA"]
    assert plugin.providers[0].name == PROVIDER_NAME == "eliza-greeting"


async def test_validate() -> None:
    assert plugin.actions is not None
    validate = plugin.actions[0].validate
    assert await validate(None, message("Hello"), None)  # type: ignore[arg-type]
    assert not await validate(None, message("   "), None)  # type: ignore[arg-type]
    assert not await validate(None, message(None), None)  # type: ignore[arg-type]


async def test_handler_without_text_fails_cleanly() -> None:
    assert plugin.actions is not None
    result = await plugin.actions[0].handler(None, message(""), None, None, None, None)  # type: ignore[arg-type]
    assert result is not None
    assert not result.success
    assert result.error == "No user input provided"


async def test_provider_greeting() -> None:
    assert plugin.providers is not None
    result = await plugin.providers[0].get(None, message(None), None)  # type: ignore[arg-type]
    assert result.text == GREETING
    assert dict(result.values) == {"greeting": GREETING}


async def test_cacm_through_the_plugin_with_independent_sessions() -> None:
    """CACM in room "a" (roomId) and in session "s" (options sessionId), interleaved with noise in room "b"
    and the default session: no session disturbs another; the callback gets the reply."""
    assert plugin.actions is not None
    handler = plugin.actions[0].handler
    sessions.reset()
    seen: list[str] = []

    async def callback(content: Content) -> list[Memory]:
        seen.append(content.text)
        return []

    for turn in CACM["turns"]:
        a = await handler(None, message(turn["input"], "a"), None, None, callback, None)  # type: ignore[arg-type]
        assert a is not None
        assert a.success
        assert a.text == turn["reply"]
        assert seen[-1] == turn["reply"]
        await handler(None, message("My dog is sick", "b"), None, None, None, None)  # type: ignore[arg-type]
        await handler(None, message("I need sleep"), None, None, None, None)  # type: ignore[arg-type]
        # The interop layer passes options as a mapping (proto3 JSON of the Struct).
        s = await plugin_handler(None, message(turn["input"], "b"), None, {"sessionId": "s"})  # type: ignore[arg-type]
        assert s is not None
        assert s.text == turn["reply"]
    assert len(sessions) == 4
    sessions.reset()


def test_session_key() -> None:
    assert session_key({"sessionId": "x"}, "room") == "x"
    assert session_key({"sessionId": ""}, "room") == "room"
    assert session_key(None, "room") == "room"
    assert session_key(None, "") == "default"


def test_sessions_reset() -> None:
    store = Sessions()
    assert store.respond("x", "Men are all alike.") == "IN WHAT WAY"
    store.reset("x")
    assert len(store) == 0


MANIFEST_KEYS = {"name", "description", "version", "language", "interop", "actions", "providers"}
INTEROP_KEYS = {"protocol", "entry", "sharedLibPath", "wasmPath"}


def load_manifest(path: Path) -> dict[str, Any]:
    """plugin.json in proto3 JSON form (docs/PROTOCOL.md section 5), checked for unexpected fields."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) <= MANIFEST_KEYS, f"{path}: unexpected fields {set(data) - MANIFEST_KEYS}"
    assert set(data["interop"]) <= INTEROP_KEYS, f"{path}: unexpected interop fields"
    return data


def test_plugin_json_files_agree_with_the_code() -> None:
    files = {
        "python/plugin.json": ("python", "ipc", "entry"),
        "typescript/plugin.json": ("typescript", "ipc", "entry"),
        "rust/plugin.json": ("rust", "ffi", "sharedLibPath"),
        "rust/plugin.wasm.json": ("rust", "wasm", "wasmPath"),
    }
    for rel, (language, protocol, location) in files.items():
        m = load_manifest(PLUGIN / rel)
        identity = (m["name"], m["description"], m["version"])
        assert identity == (PLUGIN_NAME, PLUGIN_DESCRIPTION, PLUGIN_VERSION), rel
        assert m["language"] == language, rel
        assert m["interop"]["protocol"] == protocol, rel
        assert location in m["interop"], rel
        assert m["actions"] == [
            {"name": ACTION_NAME, "description": ACTION_DESCRIPTION, "similes": list(ACTION_SIMILES)}
        ], rel
        assert m["providers"] == [{"name": PROVIDER_NAME, "description": PROVIDER_DESCRIPTION}], rel
    assert load_manifest(PLUGIN / "python/plugin.json")["interop"]["entry"] == "plugin_eliza_classic"
    ts_entry = load_manifest(PLUGIN / "typescript/plugin.json")["interop"]["entry"]
    assert ts_entry == "dist/src/index.js"
    rust = load_manifest(PLUGIN / "rust/plugin.json")["interop"]["sharedLibPath"]
    assert rust == "../../../target/release/libplugin_eliza_classic.so"
