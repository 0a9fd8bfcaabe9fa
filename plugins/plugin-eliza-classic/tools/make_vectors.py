"""Write the golden conversations in tests/vectors/eliza/ (python tools/make_vectors.py, from anywhere).

`cacm-1966.json` comes from the CACM transcript (the paper's replies, not our engine's). The other files take
their replies from the Python engine, which reproduces the transcript exactly; all three engines are tested
against them.
A turn may name its own `session` (default: the file's `session`) to interleave conversations.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "plugins" / "plugin-eliza-classic" / "python"))

from plugin_eliza_classic.engine import Conversation, doctor_script  # noqa: E402

VECTORS = ROOT / "tests" / "vectors" / "eliza"

CACM_INPUTS = [
    "Men are all alike.",
    "They're always bugging us about something or other.",
    "Well, my boyfriend made me come here.",
    "He says I'm depressed much of the time.",
    "It's true. I am unhappy.",
    "I need some help, that much seems certain.",
    "Perhaps I could learn to get along with my mother.",
    "My mother takes care of me.",
    "My father.",
    "You are like my father in some ways.",
    "You are not very aggressive but I think you don't want me to notice that.",
    "You don't argue with me.",
    "You are afraid of me.",
    "My father is afraid of everybody.",
    "Bullies.",
]
CACM_REPLIES = [
    "IN WHAT WAY",
    "CAN YOU THINK OF A SPECIFIC EXAMPLE",
    "YOUR BOYFRIEND MADE YOU COME HERE",
    "I AM SORRY TO HEAR YOU ARE DEPRESSED",
    "DO YOU THINK COMING HERE WILL HELP YOU NOT TO BE UNHAPPY",
    "WHAT WOULD IT MEAN TO YOU IF YOU GOT SOME HELP",
    "TELL ME MORE ABOUT YOUR FAMILY",
    "WHO ELSE IN YOUR FAMILY TAKES CARE OF YOU",
    "YOUR FATHER",
    "WHAT RESEMBLANCE DO YOU SEE",
    "WHAT MAKES YOU THINK I AM NOT VERY AGGRESSIVE",
    "WHY DO YOU THINK I DON'T ARGUE WITH YOU",
    "DOES IT PLEASE YOU TO BELIEVE I AM AFRAID OF YOU",
    "WHAT ELSE COMES TO MIND WHEN YOU THINK OF YOUR FATHER",
    "DOES THAT HAVE ANYTHING TO DO WITH THE FACT THAT YOUR BOYFRIEND MADE YOU COME HERE",
]

# (file name, description, default session, [(session or None, input), ...])
CONVERSATIONS: list[tuple[str, str, str, list[tuple[str | None, str]]]] = [
    (
        "memory-recall",
        "MEMORY: MY lays down memories (pair chosen by HASH of the last word: "
        "TIME 0, KIDS 1, RED 2, HERE 3), "
        "recalled oldest first only when LIMIT is 4 and there is no keyword",
        "memory",
        [
            (None, "My car is red."),
            (None, "My job takes all my time."),
            (None, "My wife hates the kids."),
            (None, "Nothing."),
            (None, "My dress is beautiful"),
            (None, "Hmm."),
            (None, "Yes."),
            (None, "Ok."),
            (None, "Nothing at all."),
            (None, "Fine."),
            (None, "Well."),
            (None, "So."),
            (None, "Indeed."),
            (None, "Right."),
            (None, "My boyfriend made me come here."),
            (None, "Whatever."),
            (None, "Anything."),
            (None, "Something."),
            (None, "Nothing more."),
            (None, "Still nothing."),
        ],
    ),
    (
        "newkey-pre-links",
        "NEWKEY, PRE (I'M / YOU'RE), =links (HOW, WHEN, MACHINE, EVERYBODY, DREAMED, "
        "WHY's rule-level =WHAT), "
        "reassembly cycling per decomposition",
        "links",
        [
            (None, "I dreamed about a horse."),
            (None, "I dreamed about a horse."),
            (None, "I dreamed about a horse."),
            (None, "I dreamed about a horse."),
            (None, "I dreamed about a horse."),
            (None, "I dreamt of you."),
            (None, "My dreams are strange."),
            (None, "I remember my mother."),
            (None, "Do you remember my birthday?"),
            (None, "Do you remember my birthday?"),
            (None, "Do you remember my birthday?"),
            (None, "Do you remember my birthday?"),
            (None, "I remember."),
            (None, "I'm sad about it."),
            (None, "You're very clever."),
            (None, "You're very clever."),
            (None, "How are you?"),
            (None, "When will it end?"),
            (None, "The machine is broken."),
            (None, "Computers frighten me."),
            (None, "Everybody hates me."),
            (None, "Nobody likes me."),
            (None, "Why don't you help me?"),
            (None, "Why can't you understand?"),
            (None, "Why is the sky blue?"),
            (None, "I was happy once."),
            (None, "Were you ever young?"),
            (None, "It was like a dream."),
            (None, "I like cheese."),
            (None, "My mom and dad fight."),
            (None, "My mom and dad fight."),
            (None, "My parents were strict."),
            (None, "My parents were strict."),
            (None, "You remember what I told you."),
            (None, "I think I believe you."),
            (None, "I feel that you hate me."),
            (None, "Certainly."),
            (None, "Maybe."),
            (None, "My name is Joe."),
            (None, "Deutsch?"),
            (None, "Hello."),
            (None, "Sorry."),
            (None, "I can't sleep."),
            (None, "Dont go."),
            (None, "Are you a robot?"),
            (None, "These are my ideas."),
            (None, "Am I crazy?"),
            (None, "I am."),
        ],
    ),
    (
        "delimiters-nomatch",
        "Delimiters (, . BUT and ? ! : ; mapped to them), the clause cut, quotes, "
        "the NONE rule's cycle and the "
        "built-in no-match replies chosen by LIMIT (CAN without CAN I / CAN YOU, DREAMT without YOU DREAMT)",
        "delims",
        [
            (None, "Hello there, I want a cookie."),
            (None, "Well, well. I need a hug; you know."),
            (None, "It rains but I am sad"),
            (None, "But you are nice."),
            (None, "Weather: fine; but I hate rain!"),
            (None, 'He said "you are mean" to me'),
            (None, "Can we talk?"),
            (None, "Can we talk?"),
            (None, "Can we talk?"),
            (None, "Can we talk?"),
            (None, "Dreamt it."),
            (None, "Dreamed it."),
            (None, "The sky is blue."),
            (None, "The grass is green."),
            (None, "It's raining."),
            (None, "Tomorrow."),
            # No empty input here: the generate-response action refuses it (as elizaOS's does), and every
            # host path must replay these vectors through the action. Engine-level empty input is unit-tested.
            (None, "..."),
            (None, "none"),
            (None, "Memory."),
            (None, "Yes, but no."),
            (None, "No, but yes."),
            (None, "Always, always, always!"),
            (None, "Can I go?"),
            (None, "Can you help?"),
            (None, "I don't know, perhaps."),
            (None, "I'm not sure."),
        ],
    ),
    (
        "two-sessions",
        "Two interleaved sessions: each has its own LIMIT, MEMORY queue and reassembly counters",
        "alice",
        [
            ("alice", "Men are all alike."),
            ("bob", "Men are all alike."),
            ("alice", "They're always bugging us about something or other."),
            ("bob", "My boyfriend made me come here."),
            ("alice", "Well, my boyfriend made me come here."),
            ("bob", "Nothing."),
            ("alice", "He says I'm depressed much of the time."),
            ("bob", "Nothing."),
            ("alice", "It's true. I am unhappy."),
            ("bob", "Men are all alike."),
            ("alice", "Men are all alike."),
            ("bob", "My father is afraid of everybody."),
            ("alice", "I need some help, that much seems certain."),
            ("bob", "Still nothing."),
            ("alice", "Bullies."),
            ("bob", "Bullies."),
            ("alice", "Bullies."),
            ("bob", "Bullies."),
            ("alice", "Bullies."),
            ("bob", "Bullies."),
        ],
    ),
]


def write(name: str, data: dict[str, object]) -> None:
    path = VECTORS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main() -> int:
    VECTORS.mkdir(parents=True, exist_ok=True)
    greeting = doctor_script().greeting
    write(
        "cacm-1966",
        {
            "name": "cacm-1966",
            "description": "The conversation in Weizenbaum's January 1966 CACM paper, reply for reply",
            "session": "cacm",
            "greeting": greeting,
            "turns": [{"input": i, "reply": r} for i, r in zip(CACM_INPUTS, CACM_REPLIES, strict=True)],
        },
    )
    for name, description, default, turns in CONVERSATIONS:
        conversations: dict[str, Conversation] = {}
        out: list[dict[str, str]] = []
        for session, text in turns:
            key = session or default
            conv = conversations.setdefault(key, Conversation(doctor_script()))
            turn = {"input": text, "reply": conv.respond(text)}
            if session is not None:
                turn = {"session": session, **turn}
            out.append(turn)
        write(
            name,
            {
                "name": name,
                "description": description,
                "session": default,
                "greeting": greeting,
                "turns": out,
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
