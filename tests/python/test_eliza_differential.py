"""plugin-eliza-classic: Python, TypeScript and Rust give byte-identical output on thousands of random inputs.

Each implementation's line-oriented CLI (greeting, then one reply per line; `#SESSION name` switches session)
gets the same 3000 seeded random sentences built from the DOCTOR script's vocabulary, spread over several
interleaved sessions. Needs the Rust binary (`cargo build --release -p plugin-eliza-classic`, built before
pytest runs) and the TypeScript dist (`npx tsc -p plugins/plugin-eliza-classic/typescript/tsconfig.json`);
a missing or stale build product is a failure, not a skip.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "plugin-eliza-classic"
if str(PLUGIN / "python") not in sys.path:
    sys.path.insert(0, str(PLUGIN / "python"))

from plugin_eliza_classic import doctor_script  # noqa: E402

RUST_BIN = ROOT / "target" / "release" / "eliza-classic-cli"
TS_CLI = PLUGIN / "typescript" / "dist" / "src" / "cli.js"
SENTENCES = 3000
SESSIONS = ["s0", "s1", "s2", "s3", "s4", "s5", "s6"]
SEED = 1966

FILLER = [
    "THE",
    "A",
    "IS",
    "IT",
    "THAT",
    "TO",
    "OF",
    "AND",
    "HE",
    "SHE",
    "THEY",
    "WE",
    "US",
    "DOG",
    "HELP",
    "HOME",
    "ALWAYS",
    "NOT",
    "VERY",
    "SOME",
    "TIME",
    "KIDS",
    "RED",
    "HERE",
    "BEAUTIFUL",
    "SAD",
    "HAPPY",
    "DEPRESSED",
    "WANT",
    "NEED",
    "CAN'T",
    "CANNOT",
    "DON'T",
    "I'M",
    "YOU'RE",
    "IT'S",
    "REMIND",
    "OF",
    "ELSE",
    "WHY",
]
PUNCT = [",", ".", "?", "!", ";", ":", " BUT", ", BUT", '"', "'"]


def vocabulary() -> list[str]:
    script = doctor_script()
    words: set[str] = set(FILLER)
    for rule in [*script.rules.values(), script.none]:
        words.add(rule.keyword)
        if rule.substitution:
            words.add(rule.substitution)
        for decomp in rule.decompositions:
            for el in decomp.pattern:
                if el.kind == "word":
                    words.add(el.word)
                words.update(el.words)
    for tagged in script.tags.values():
        words.update(tagged)
    words.update({"NONE", "MEMORY", "START", "NEWKEY", "PRE", "DLIST"})
    return sorted(words)


def random_sentence(rng: random.Random, vocab: list[str]) -> str:
    n = rng.choice([0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15])
    parts: list[str] = []
    for _ in range(n):
        word = rng.choice(vocab)
        style = rng.random()
        if style < 0.4:
            word = word.lower()
        elif style < 0.5:
            word = word.capitalize()
        parts.append(word)
        if rng.random() < 0.15:
            parts.append(rng.choice(PUNCT))
    text = " ".join(parts)
    if rng.random() < 0.5:
        text += rng.choice([".", "?", "!", "", "..."])
    return text


def script_input() -> tuple[str, int]:
    rng = random.Random(SEED)
    vocab = vocabulary()
    lines: list[str] = []
    current = None
    for _ in range(SENTENCES):
        session = rng.choice(SESSIONS)
        if session != current:
            lines.append(f"#SESSION {session}")
            current = session
        lines.append(random_sentence(rng, vocab))
    return "\n".join(lines) + "\n", SENTENCES


def run(cmd: list[str], stdin: str, name: str) -> str:
    proc = subprocess.run(
        cmd,
        input=stdin.encode("utf-8"),
        capture_output=True,
        timeout=240,
        check=False,
        env={**os.environ, "PYTHONPATH": str(PLUGIN / "python")},
    )
    assert proc.returncode == 0, (
        f"{name} CLI failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}"
    )
    return proc.stdout.decode("utf-8")


def newest_source(directory: Path, suffix: str) -> float:
    return max(p.stat().st_mtime for p in directory.rglob(f"*{suffix}"))


@pytest.fixture(scope="module")
def rust_cli() -> Path:
    build = "`cargo build --release -j2 -p plugin-eliza-classic` at the repo root"
    assert RUST_BIN.exists(), f"Rust ELIZA CLI missing: {RUST_BIN}; build it with {build}"
    assert RUST_BIN.stat().st_mtime >= newest_source(PLUGIN / "rust" / "src", ".rs"), (
        f"Rust ELIZA CLI {RUST_BIN} is older than its sources; rebuild it with {build}"
    )
    return RUST_BIN


@pytest.fixture(scope="module")
def ts_cli() -> Path:
    assert TS_CLI.exists(), (
        f"TypeScript ELIZA CLI missing: {TS_CLI}; build it with "
        "`npx tsc -p plugins/plugin-eliza-classic/typescript/tsconfig.json` at the repo root"
    )
    assert TS_CLI.stat().st_mtime >= newest_source(PLUGIN / "typescript" / "src", ".ts"), (
        f"TypeScript ELIZA CLI {TS_CLI} is older than its sources; rebuild it with "
        "`npx tsc -p plugins/plugin-eliza-classic/typescript/tsconfig.json`"
    )
    assert shutil.which("node") is not None, "node not found: the TypeScript ELIZA CLI cannot run"
    return TS_CLI


def test_three_implementations_are_byte_identical(rust_cli: Path, ts_cli: Path) -> None:
    stdin, count = script_input()
    outputs = {
        "python": run([sys.executable, "-m", "plugin_eliza_classic"], stdin, "python"),
        "rust": run([str(rust_cli)], stdin, "rust"),
        "typescript": run(["node", str(ts_cli)], stdin, "typescript"),
    }
    py_lines = outputs["python"].split("\n")
    assert py_lines[0] == "HOW DO YOU DO. PLEASE TELL ME YOUR PROBLEM"
    assert len(py_lines) == count + 2  # greeting, replies, final empty string after the last newline
    inputs = [line for line in stdin.split("\n")[:-1] if not line.startswith("#SESSION ")]
    for name in ("rust", "typescript"):
        if outputs[name] == outputs["python"]:
            continue
        other = outputs[name].split("\n")
        for i, (a, b) in enumerate(zip(py_lines, other, strict=False)):
            where = "greeting" if i == 0 else f"input {inputs[i - 1]!r}"
            assert a == b, f"{name} differs from python at line {i} ({where}): {b!r} != {a!r}"
        pytest.fail(f"{name} output has {len(other)} lines, python has {len(py_lines)}")
    # The inputs exercise more than the NONE rule: many distinct replies.
    assert len(set(py_lines)) > 300
