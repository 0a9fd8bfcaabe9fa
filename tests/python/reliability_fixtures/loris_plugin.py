"""Fixture: a hostile IPC plugin speaking the raw protocol. Usage: loris_plugin.py MODE

Requests whose memory text is "ok" are answered correctly at once in every mode (the connection can be
checked); any other request misbehaves by MODE:

- dribble: writes its (valid) answer one byte at a time, sleeping options.pause seconds (default 0.05) per
  byte.
- partial: writes the first half of its answer and never the rest (no newline); the next "ok" answer is
  preceded by a newline so that later lines are clean again.
- flood: the first such request starts options.children (default 8) child processes that each write
  options.lines (default 5000) stderr lines and then sleep, writes options.mb (default 80) MiB to stdout
  without a newline, and never answers; later ones are never answered either. The next "ok" answer is
  preceded by a newline.
- pids: answers with the pids of the children started so far (text "pids").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

mode = sys.argv[1]
out = sys.stdout.buffer
children: list[subprocess.Popen[bytes]] = []
dirty = False  # a partial line is pending on stdout


def send(obj: dict[str, object]) -> None:
    global dirty
    data = json.dumps(obj).encode() + b"\n"
    if dirty:
        data = b"\n" + data
        dirty = False
    out.write(data)
    out.flush()


def answer(rid: str, text: str) -> dict[str, object]:
    return {"type": "action.result", "id": rid, "result": {"success": True, "text": text}}


send(
    {
        "type": "ready",
        "protocolVersion": 1,
        "manifest": {"name": f"loris-{mode}", "version": "0.0.1", "actions": [{"name": "act"}]},
        "framings": ["FRAMING_JSON"],
        "server": "loris",
        "pid": os.getpid(),
    }
)
for raw in sys.stdin.buffer:
    msg = json.loads(raw)
    t, rid = msg.get("type"), msg.get("id", "")
    if t == "cancel":
        continue
    if t == "shutdown":
        send({"type": "shutdown.result", "id": rid})
        break
    text = msg.get("memory", {}).get("content", {}).get("text", "")
    opts = msg.get("options", {})
    if text == "ok":
        send(answer(rid, "fine"))
    elif text == "pids":
        send(answer(rid, ",".join(str(c.pid) for c in children)))
    elif mode == "dribble":
        data = json.dumps(answer(rid, "dribbled")).encode() + b"\n"
        pause = float(opts.get("pause", 0.05))
        for i in range(len(data)):
            out.write(data[i : i + 1])
            out.flush()
            time.sleep(pause)
    elif mode == "partial":
        data = json.dumps(answer(rid, "never finished")).encode()
        out.write(data[: len(data) // 2])
        out.flush()
        dirty = True
    elif mode == "flood" and not children:
        n, lines = int(opts.get("children", 8)), int(opts.get("lines", 5000))
        code = (
            "import sys, time\n"
            f"for i in range({lines}): sys.stderr.write(f'flood child line {{i}} ' + 'x' * 60 + '\\n')\n"
            "sys.stderr.flush()\n"
            "time.sleep(3600)\n"
        )
        for _ in range(n):
            children.append(subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.DEVNULL))
        chunk = b"z" * (1 << 20)
        for _ in range(int(opts.get("mb", 80))):
            out.write(chunk)
        out.flush()
        dirty = True
