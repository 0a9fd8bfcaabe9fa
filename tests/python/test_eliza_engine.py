"""plugin-eliza-classic, Python engine: the CACM 1966 conversation, every golden vector, the script, HASH."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "plugin-eliza-classic"
if str(PLUGIN / "python") not in sys.path:
    sys.path.insert(0, str(PLUGIN / "python"))

from plugin_eliza_classic import (  # noqa: E402
    NO_MATCH_REPLIES,
    Conversation,
    Script,
    ScriptError,
    doctor_script,
    memory_hash,
    tokenize,
)

VECTORS = ROOT / "tests" / "vectors" / "eliza"
GREETING = "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM"


def vector_files() -> list[Path]:
    files = sorted(VECTORS.glob("*.json"))
    assert len(files) >= 5, f"expected the golden ELIZA vectors in {VECTORS}"
    return files


def run_vector(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(input, expected, got) for every turn, each turn in its own session's conversation."""
    conversations: dict[str, Conversation] = {}
    out = []
    for turn in data["turns"]:
        session = turn.get("session", data["session"])
        conv = conversations.setdefault(session, Conversation(doctor_script()))
        out.append((turn["input"], turn["reply"], conv.respond(turn["input"])))
    return out


def test_greeting() -> None:
    assert doctor_script().greeting == GREETING
    assert Conversation().greeting == GREETING


def test_cacm_transcript_reply_for_reply() -> None:
    data = json.loads((VECTORS / "cacm-1966.json").read_text(encoding="utf-8"))
    assert data["greeting"] == GREETING
    assert len(data["turns"]) == 15
    for text, expected, got in run_vector(data):
        assert got == expected, f"input {text!r}"


@pytest.mark.parametrize("path", vector_files(), ids=lambda p: p.stem)
def test_vector(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["greeting"] == GREETING
    for text, expected, got in run_vector(data):
        assert got == expected, f"{path.name}: input {text!r}"


def test_cacm_vector_matches_the_shared_transcript() -> None:
    """tests/vectors/eliza/cacm-1966.json is the checked-in copy of the project's reference transcript
    (shared/eliza/, beside the checkout in CI and on developer machines)."""
    shared = (ROOT.parent / "shared", Path("/work/shared"))
    candidates = [p / "eliza" / "CACM-1966-conversation.txt" for p in shared]
    transcript = next((p for p in candidates if p.exists()), None)
    assert transcript is not None, f"the reference transcript is missing: looked in {candidates}"
    data = json.loads((VECTORS / "cacm-1966.json").read_text(encoding="utf-8"))
    lines = transcript.read_text(encoding="utf-8").splitlines()
    pairs = [(lines[i].removeprefix("> "), lines[i + 1]) for i in range(0, len(lines), 2)]
    assert pairs == [(t["input"], t["reply"]) for t in data["turns"]]


@pytest.mark.parametrize(
    ("word", "index"), [("HERE", 3), ("TIME", 0), ("KIDS", 1), ("RED", 2), ("BEAUTIFUL", 0)]
)
def test_memory_hash(word: str, index: int) -> None:
    assert memory_hash(word) == index


def test_tokenize() -> None:
    assert tokenize('Well, my "boy"friend! Yes? a:b;c') == [
        "WELL",
        ",",
        "MY",
        "BOY",
        "FRIEND",
        ".",
        "YES",
        ".",
        "A",
        ",",
        "B",
        ",",
        "C",
    ]
    assert tokenize("It's 3.5% ok") == ["IT'S", "3", ".", "5%", "OK"]
    assert tokenize("") == []


def test_script_structure() -> None:
    script = doctor_script()
    assert script.memory.keyword == "MY"
    assert script.rules["MY"].precedence == 2
    assert script.rules["MY"].substitution == "YOUR"
    assert script.rules["DREAMED"].link == "DREAMT"
    assert script.rules["WHY"].link == "WHAT"
    assert not script.rules["MOTHER"].is_keyword
    assert not script.rules["ME"].is_keyword
    assert "NONE" not in script.rules
    assert script.tags["FAMILY"] == frozenset(
        {"MOTHER", "MOM", "DAD", "FATHER", "SISTER", "BROTHER", "WIFE", "CHILDREN"}
    )
    assert script.tags["NOUN"] == frozenset({"MOTHER", "FATHER"})
    assert script.tags["BELIEF"] == frozenset({"FEEL", "THINK", "BELIEVE", "WISH"})
    assert len(script.none.decompositions[0].reassemblies) == 4


def test_no_match_replies_follow_limit() -> None:
    conv = Conversation()
    got = [conv.respond("Can we talk") for _ in range(4)]
    # LIMIT is 2, 3, 4, 1 for replies 1..4
    assert got == [NO_MATCH_REPLIES[1], NO_MATCH_REPLIES[2], NO_MATCH_REPLIES[3], NO_MATCH_REPLIES[0]]


def test_sessions_are_independent() -> None:
    a, b = Conversation(), Conversation()
    assert a.respond("My boyfriend made me come here.") == "YOUR BOYFRIEND MADE YOU COME HERE"
    assert b.respond("Hmm") == "I AM NOT SURE I UNDERSTAND YOU FULLY"
    assert len(a.memories) == 1
    assert len(b.memories) == 0
    assert a.limit == 2


def test_bad_script_is_a_clear_error() -> None:
    with pytest.raises(ScriptError, match="unbalanced"):
        Script.parse("(HELLO) START (X ((0) (Y))")
    with pytest.raises(ScriptError, match="NONE"):
        Script.parse("(HELLO) START (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()")


def test_script_loop_is_reported() -> None:
    script = Script.parse(
        "(HI) START (A (=B)) (B (=A)) (NONE ((0) (X))) (MEMORY MY (0 = A) (0 = B) (0 = C) (0 = D)) ()"
    )
    with pytest.raises(ScriptError, match="loop"):
        Conversation(script).respond("a")


def test_empty_input_gets_the_none_reply_in_the_engine() -> None:
    # The generate-response action refuses empty text; the engine itself answers with NONE's next reply.
    conv = Conversation()
    assert conv.respond("") == "I AM NOT SURE I UNDERSTAND YOU FULLY"
    assert conv.respond("   ") == "PLEASE GO ON"
