"""Snapshot every answer for every question file at two fixed times; compare against a saved snapshot.

Used to prove a speed change alters no answer:
    .venv/bin/python bench/answer_snapshot.py save /tmp/before.json
    ... change the engine ...
    .venv/bin/python bench/answer_snapshot.py check /tmp/before.json
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.loader import load_content  # noqa: E402
from bot.engine.answer import Answerer  # noqa: E402
from bot.engine.evaluate import load_items  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from bench_answers import NOISE as EXTRA  # noqa: E402  (the same hostile inputs the answer bench uses)

TIMES = [dt.datetime(2026, 6, 20, 12, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)]


def question_files() -> list[Path]:
    files = sorted((ROOT / "tests" / "data").glob("*_questions.yaml"))
    dev = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
    return files + ([dev] if dev.exists() else [])


def snapshot() -> dict[str, dict]:
    answerer = Answerer(load_content())
    questions = [i.q for path in question_files() for i in load_items(path)] + EXTRA
    out: dict[str, dict] = {}
    for now in TIMES:
        for q in questions:
            a = answerer.answer(q, now)
            out[f"{now.date()}|{q}"] = a.model_dump()
    return out


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    snap = snapshot()
    if mode == "save":
        path.write_text(json.dumps(snap, indent=0, sort_keys=True))
        print(f"saved {len(snap)} answers to {path}")
        return 0
    before = json.loads(path.read_text())
    common = before.keys() & snap.keys()
    diffs = [k for k in sorted(common) if before[k] != snap[k]]
    for k in diffs[:20]:
        print(f"DIFF {k!r}\n  before: {before[k]['text'][:300]!r}\n  after:  {snap[k]['text'][:300]!r}")
    print(f"compared {len(common)} answers ({len(snap) - len(common)} new questions): {len(diffs)} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
