"""Weizenbaum's 1966 ELIZA, driven by the DOCTOR script (CACM, January 1966).

The script text in ``plugins/plugin-eliza-classic/data/DOCTOR.script.txt`` is the single source of truth; the
Python, TypeScript and Rust engines all parse it and follow the same algorithm, so they give byte-identical
replies. See ``/work/shared/eliza/NOTES.md`` (copied into the plugin README) for the semantics.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

SCRIPT_PATH: Final[Path] = Path(__file__).resolve().parents[2] / "data" / "DOCTOR.script.txt"

#: Replies used when no decomposition of a keyword matches (chosen by LIMIT 1..4).
NO_MATCH_REPLIES: Final[tuple[str, str, str, str]] = ("PLEASE CONTINUE", "HMMM", "GO ON , PLEASE", "I SEE")

#: More links than this while answering one input means the script loops.
MAX_LINKS: Final[int] = 1000


class ScriptError(ValueError):
    """The ELIZA script text is malformed (names the problem and the token position)."""


# ---------------------------------------------------------------------------------------------------------
# Script reading: S-expressions, then rules.
# ---------------------------------------------------------------------------------------------------------

SExpr = str | list["SExpr"]


def _tokens(text: str) -> list[str]:
    """Split script text into `(`, `)` and atoms. `;` comments to end of line; `=` is its own token."""
    out: list[str] = []
    atom: list[str] = []

    def flush() -> None:
        if atom:
            out.append("".join(atom))
            atom.clear()

    in_comment = False
    for ch in text:
        if in_comment:
            if ch == "\n":
                in_comment = False
            continue
        if ch == ";":
            flush()
            in_comment = True
        elif ch in "()":
            flush()
            out.append(ch)
        elif ch in " \t\r\n\f\v":
            flush()
        elif ch == "=":
            flush()
            out.append("=")
        else:
            atom.append(ch)
    flush()
    return out


def _read(tokens: list[str]) -> list[SExpr]:
    """Read a sequence of top-level S-expressions."""
    stack: list[list[SExpr]] = [[]]
    for pos, tok in enumerate(tokens):
        if tok == "(":
            stack.append([])
        elif tok == ")":
            if len(stack) == 1:
                raise ScriptError(f"unbalanced ')' at token {pos}")
            done = stack.pop()
            stack[-1].append(done)
        else:
            stack[-1].append(tok)
    if len(stack) != 1:
        raise ScriptError("unbalanced '(' at end of script")
    return stack[0]


def _atoms(expr: SExpr, what: str) -> list[str]:
    if not isinstance(expr, list) or not all(isinstance(e, str) for e in expr):
        raise ScriptError(f"{what}: expected a list of words, got {expr!r}")
    return [e for e in expr if isinstance(e, str)]


def _is_number(word: str) -> bool:
    return word.isascii() and word.isdigit()


@dataclass(frozen=True)
class PatternElement:
    """One element of a decomposition pattern."""

    kind: str  # "any" (0), "count" (n), "word", "oneof" ((*A B)), "tags" ((/T1 T2))
    count: int = 0
    word: str = ""
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reassembly:
    """One reassembly rule."""

    kind: str  # "text", "newkey", "link", "pre"
    parts: tuple[str, ...] = ()  # for "text" and "pre": words and component numbers
    link: str = ""  # for "link" and "pre"


@dataclass(frozen=True)
class Decomposition:
    pattern: tuple[PatternElement, ...]
    reassemblies: tuple[Reassembly, ...]


@dataclass(frozen=True)
class Rule:
    keyword: str
    substitution: str | None = None
    precedence: int = 0
    tags: tuple[str, ...] = ()
    link: str | None = None
    decompositions: tuple[Decomposition, ...] = ()

    @property
    def is_keyword(self) -> bool:
        return bool(self.decompositions) or self.link is not None


@dataclass(frozen=True)
class MemoryRule:
    keyword: str
    pairs: tuple[tuple[tuple[PatternElement, ...], tuple[str, ...]], ...]


def _parse_pattern(expr: SExpr, where: str) -> tuple[PatternElement, ...]:
    if not isinstance(expr, list):
        raise ScriptError(f"{where}: decomposition pattern must be a list, got {expr!r}")
    out: list[PatternElement] = []
    for el in expr:
        if isinstance(el, str):
            if _is_number(el):
                n = int(el)
                out.append(PatternElement("any") if n == 0 else PatternElement("count", count=n))
            else:
                out.append(PatternElement("word", word=el))
            continue
        words = _atoms(el, where)
        if not words:
            raise ScriptError(f"{where}: empty list in pattern")
        head = words[0][0]
        if head not in "*/":
            raise ScriptError(f"{where}: pattern list must start with * or /, got {words!r}")
        rest = [words[0][1:], *words[1:]]
        items = tuple(w for w in rest if w)
        out.append(PatternElement("oneof" if head == "*" else "tags", words=items))
    return tuple(out)


def _parse_reassembly(expr: SExpr, where: str) -> Reassembly:
    if not isinstance(expr, list):
        raise ScriptError(f"{where}: reassembly must be a list, got {expr!r}")
    if expr == ["NEWKEY"]:
        return Reassembly("newkey")
    if len(expr) == 2 and expr[0] == "=" and isinstance(expr[1], str):
        return Reassembly("link", link=expr[1])
    if expr and expr[0] == "PRE":
        if len(expr) != 3 or not isinstance(expr[2], list) or len(expr[2]) != 2 or expr[2][0] != "=":
            raise ScriptError(f"{where}: PRE must be (PRE (words) (=KEYWORD)), got {expr!r}")
        target = expr[2][1]
        if not isinstance(target, str):
            raise ScriptError(f"{where}: PRE link must be a word")
        return Reassembly("pre", parts=tuple(_atoms(expr[1], where)), link=target)
    return Reassembly("text", parts=tuple(_atoms(expr, where)))


def _parse_rule(expr: list[SExpr]) -> Rule:
    keyword = expr[0]
    assert isinstance(keyword, str)
    substitution: str | None = None
    precedence = 0
    tags: tuple[str, ...] = ()
    link: str | None = None
    decomps: list[Decomposition] = []
    i = 1
    while i < len(expr):
        el = expr[i]
        if el == "=":
            nxt = expr[i + 1] if i + 1 < len(expr) else None
            if not isinstance(nxt, str):
                raise ScriptError(f"rule {keyword}: '=' must be followed by a word")
            substitution = nxt
            i += 2
            continue
        if isinstance(el, str) and _is_number(el):
            precedence = int(el)
        elif el == "DLIST":
            nxt = expr[i + 1] if i + 1 < len(expr) else None
            if not isinstance(nxt, list):
                raise ScriptError(f"rule {keyword}: DLIST must be followed by a list")
            words = _atoms(nxt, f"rule {keyword} DLIST")
            tags = tuple(w.removeprefix("/") for w in words if w.removeprefix("/"))
            i += 2
            continue
        elif isinstance(el, list) and len(el) == 2 and el[0] == "=" and isinstance(el[1], str):
            link = el[1]
        elif isinstance(el, list) and el and isinstance(el[0], list):
            where = f"rule {keyword} decomposition {len(decomps) + 1}"
            pattern = _parse_pattern(el[0], where)
            reass = tuple(_parse_reassembly(r, where) for r in el[1:])
            if not reass:
                raise ScriptError(f"{where}: no reassembly rules")
            decomps.append(Decomposition(pattern, reass))
        else:
            raise ScriptError(f"rule {keyword}: unexpected element {el!r}")
        i += 1
    return Rule(keyword, substitution, precedence, tags, link, tuple(decomps))


def _parse_memory(expr: list[SExpr]) -> MemoryRule:
    if len(expr) < 3 or not isinstance(expr[1], str):
        raise ScriptError("MEMORY: expected (MEMORY KEYWORD (pattern = reassembly) ...)")
    pairs: list[tuple[tuple[PatternElement, ...], tuple[str, ...]]] = []
    for el in expr[2:]:
        words = _atoms(el, "MEMORY")
        if "=" not in words:
            raise ScriptError(f"MEMORY: pair without '=': {words!r}")
        eq = words.index("=")
        pattern: list[SExpr] = list(words[:eq])
        pairs.append((_parse_pattern(pattern, "MEMORY"), tuple(words[eq + 1 :])))
    if len(pairs) != 4:
        raise ScriptError(f"MEMORY: expected 4 pattern pairs, got {len(pairs)}")
    return MemoryRule(expr[1], tuple(pairs))


@dataclass(frozen=True)
class Script:
    greeting: str
    rules: dict[str, Rule]
    none: Rule
    memory: MemoryRule
    tags: dict[str, frozenset[str]]

    @staticmethod
    def parse(text: str) -> Script:
        exprs = _read(_tokens(text))
        if not exprs or not isinstance(exprs[0], list):
            raise ScriptError("script must start with the greeting list")
        greeting = " ".join(_atoms(exprs[0], "greeting"))
        pos = 1
        if pos < len(exprs) and exprs[pos] == "START":
            pos += 1
        rules: dict[str, Rule] = {}
        none: Rule | None = None
        memory: MemoryRule | None = None
        for expr in exprs[pos:]:
            if not isinstance(expr, list):
                raise ScriptError(f"expected a rule list, got {expr!r}")
            if not expr:
                break  # () ends the script
            head = expr[0]
            if not isinstance(head, str):
                raise ScriptError(f"rule must start with a keyword, got {head!r}")
            if head == "MEMORY":
                memory = _parse_memory(expr)
            elif head == "NONE":
                none = _parse_rule(expr)
            else:
                rules[head] = _parse_rule(expr)
        if none is None or not none.decompositions:
            raise ScriptError("script has no NONE rule")
        if memory is None:
            raise ScriptError("script has no MEMORY rule")
        tags: dict[str, set[str]] = {}
        for rule in rules.values():
            for tag in rule.tags:
                tags.setdefault(tag, set()).add(rule.keyword)
        return Script(greeting, rules, none, memory, {k: frozenset(v) for k, v in tags.items()})


_doctor: Script | None = None


def doctor_script() -> Script:
    """The DOCTOR script, parsed once."""
    global _doctor
    if _doctor is None:
        _doctor = Script.parse(SCRIPT_PATH.read_text(encoding="utf-8"))
    return _doctor


# ---------------------------------------------------------------------------------------------------------
# Input, matching, HASH
# ---------------------------------------------------------------------------------------------------------

DELIMITERS: Final[frozenset[str]] = frozenset({",", ".", "BUT"})
_SPACE: Final[frozenset[str]] = frozenset(' \t\r\n\f\v"')
_TRANSLATE: Final[dict[str, str]] = {"!": ".", "?": ".", ":": ",", ";": ","}


def tokenize(text: str) -> list[str]:
    """Upper-case ASCII letters and split: `!?` -> `.`, `:;` -> `,`, `"` -> space; `,` `.` are tokens."""
    out: list[str] = []
    word: list[str] = []
    for raw in text:
        ch = _TRANSLATE.get(raw, raw)
        if "a" <= ch <= "z":
            ch = chr(ord(ch) - 32)
        if ch in _SPACE or ch in ",.":
            if word:
                out.append("".join(word))
                word.clear()
            if ch in ",.":
                out.append(ch)
        else:
            word.append(ch)
    if word:
        out.append("".join(word))
    return out


def match(
    pattern: tuple[PatternElement, ...], words: list[str], tags: dict[str, frozenset[str]]
) -> list[list[str]] | None:
    """Match words against a pattern; the components (one word list per element) or None.

    Each 0 takes as few words as it can, left to right (depth-first, shortest first)."""
    comps: list[list[str]] = []

    def one(el: PatternElement, w: str) -> bool:
        if el.kind == "word":
            return w == el.word
        if el.kind == "oneof":
            return w in el.words
        return any(w in tags.get(t, frozenset()) for t in el.words)

    def go(p: int, w: int) -> bool:
        if p == len(pattern):
            return w == len(words)
        el = pattern[p]
        if el.kind == "any":
            for end in range(w, len(words) + 1):
                comps.append(words[w:end])
                if go(p + 1, end):
                    return True
                comps.pop()
            return False
        if el.kind == "count":
            if w + el.count > len(words):
                return False
            comps.append(words[w : w + el.count])
            if go(p + 1, w + el.count):
                return True
            comps.pop()
            return False
        if w < len(words) and one(el, words[w]):
            comps.append([words[w]])
            if go(p + 1, w + 1):
                return True
            comps.pop()
        return False

    return comps if go(0, 0) else None


def reassemble(parts: tuple[str, ...], comps: list[list[str]]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if _is_number(part):
            n = int(part)
            if n < 1 or n > len(comps):
                raise ScriptError(f"reassembly refers to component {n} of {len(comps)}")
            out.extend(comps[n - 1])
        else:
            out.append(part)
    return out


_BCD: Final[dict[str, int]] = {
    **{str(d): d for d in range(10)},
    **{chr(ord("A") + i): 0o21 + i for i in range(9)},
    **{chr(ord("J") + i): 0o41 + i for i in range(9)},
    **{chr(ord("S") + i): 0o62 + i for i in range(8)},
    " ": 0o60,
    "'": 0o14,
    "=": 0o13,
    "+": 0o20,
    ".": 0o33,
    ")": 0o34,
    "-": 0o40,
    "$": 0o53,
    "*": 0o54,
    "/": 0o61,
    ",": 0o73,
    "(": 0o74,
}


def memory_hash(word: str) -> int:
    """The SLIP HASH of a word's last 6-character chunk: which MEMORY pair (0..3) to use."""
    chars = list(word)
    start = ((len(chars) - 1) // 6) * 6 if chars else 0
    chunk = chars[start : start + 6]
    chunk += [" "] * (6 - len(chunk))
    d = 0
    for ch in chunk:
        d = (d << 6) | _BCD.get(ch, ord(ch) & 0x3F)
    d &= (1 << 35) - 1
    return ((d * d) >> 34) & 3


# ---------------------------------------------------------------------------------------------------------
# Conversation
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Conversation:
    """One ELIZA session: LIMIT, the MEMORY queue and the reassembly counters."""

    script: Script = field(default_factory=doctor_script)
    limit: int = 1
    memories: deque[str] = field(default_factory=deque)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)

    @property
    def greeting(self) -> str:
        return self.script.greeting

    def respond(self, text: str) -> str:
        script = self.script
        self.limit = self.limit % 4 + 1
        words = tokenize(text)
        keystack: list[str] = []
        top = 0
        i = 0
        while i < len(words):
            word = words[i]
            if word in DELIMITERS:
                if not keystack:
                    del words[: i + 1]
                    i = 0
                    continue
                del words[i:]
                break
            rule = script.rules.get(word)
            if rule is not None:
                if rule.is_keyword:
                    if rule.precedence > top:
                        keystack.insert(0, word)
                        top = rule.precedence
                    else:
                        keystack.append(word)
                if rule.substitution is not None:
                    words[i] = rule.substitution
            i += 1

        if not keystack and self.limit == 4 and self.memories:
            return self.memories.popleft()

        links = 0
        while keystack:
            keyword = keystack.pop(0)
            rule = script.rules.get(keyword)
            if rule is None:
                raise ScriptError(f"link to unknown keyword {keyword}")
            if keyword == script.memory.keyword:
                self._remember(words)
            outcome = self._apply(rule, words)
            if isinstance(outcome, str):
                return outcome
            if outcome is None:
                continue  # NEWKEY
            words, link = outcome
            links += 1
            if links > MAX_LINKS:
                raise ScriptError(f"script links loop (last link {link})")
            keystack.insert(0, link)

        outcome = self._apply(script.none, words)
        if not isinstance(outcome, str):
            raise ScriptError("the NONE rule must produce a reply")
        return outcome

    def _remember(self, words: list[str]) -> None:
        if not words:
            return
        pattern, parts = self.script.memory.pairs[memory_hash(words[-1])]
        comps = match(pattern, words, self.script.tags)
        if comps is not None:
            self.memories.append(" ".join(reassemble(parts, comps)))

    def _apply(self, rule: Rule, words: list[str]) -> str | tuple[list[str], str] | None:
        """A reply, (words, keyword to link to), or None for NEWKEY."""
        for index, decomp in enumerate(rule.decompositions):
            comps = match(decomp.pattern, words, self.script.tags)
            if comps is None:
                continue
            key = (rule.keyword, index)
            n = self.counters.get(key, 0)
            self.counters[key] = (n + 1) % len(decomp.reassemblies)
            re = decomp.reassemblies[n]
            if re.kind == "newkey":
                return None
            if re.kind == "link":
                return words, re.link
            if re.kind == "pre":
                return reassemble(re.parts, comps), re.link
            return " ".join(reassemble(re.parts, comps))
        if rule.link is not None:
            return words, rule.link
        return NO_MATCH_REPLIES[self.limit - 1]
