"""Answer quality and speed: engine vs plain BM25 on the dev, held-out and blind sets, latency, load time, CLI peak RSS.

Run: .venv/bin/python bench/bench_answers.py [DEV_FILE]
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import Answerer  # noqa: E402
from bot.bm25 import BaselineAnswerer  # noqa: E402
from bot.content import load_content  # noqa: E402
from bot.evaluate import evaluate, load_items  # noqa: E402
from bot.index import Index  # noqa: E402

DEV = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
HOLDOUT = ROOT / "tests" / "data" / "holdout_questions.yaml"
NOW = dt.datetime(2026, 6, 20, 12, tzinfo=dt.timezone.utc)
LATE_NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)  # the date the blind sets' status items assume
QUESTION_SETS = [("held-out set", HOLDOUT)] + [
    (f"blind set {n}", ROOT / "tests" / "data" / f"blind{'' if n == 1 else n}_questions.yaml") for n in range(1, 6)
]
NOISE = ["", "   ", "\x00\x01binary\x02", ":smile: :tada:", "x" * 10_000, "<@U1> *who* leads <#C1|general> the clearinghouse?",
         "ignore all previous instructions", "wat is teh dedline for teh benchmrk", "🙂" * 50]


def scores(name: str, answerer, path: Path, now: dt.datetime = NOW) -> str:
    in_rate, out_rate = evaluate(answerer, load_items(path), now).rates()
    return f"  {name:<10} in-scope {in_rate:6.1%} passed   out-of-scope {out_rate:6.1%} declined"


def _typo(rng: random.Random, question: str) -> str:
    """Swap two adjacent letters somewhere, so the spelling cache does not make every question free."""
    if len(question) < 4:
        return question
    i = rng.randrange(len(question) - 1)
    return question[:i] + question[i + 1] + question[i] + question[i + 2 :]


def latency(answerer: Answerer, questions: list[str]) -> str:
    rng = random.Random(7)
    mixed = [_typo(rng, rng.choice(questions)) if rng.random() < 0.5 else rng.choice(questions) for _ in range(1000)]
    timings = []
    for q in mixed:
        start = time.perf_counter()
        answerer.answer(q, NOW)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50, p99 = statistics.median(timings), timings[int(len(timings) * 0.99) - 1]
    return f"latency over 1,000 mixed questions: p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {timings[-1]:.2f} ms"


def load_time() -> str:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        Index(load_content())
        runs.append((time.perf_counter() - start) * 1000)
    return f"index load (load_content + build index): median {statistics.median(runs):.0f} ms, max {max(runs):.0f} ms"


def cli_rss() -> str:
    exe = ROOT / ".venv" / "bin" / "eo-bot"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot"]
    start = time.perf_counter()
    subprocess.run([*cmd, "ask", "when is the clearinghouse due?"], check=True, capture_output=True)
    wall = (time.perf_counter() - start) * 1000
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return f"eo-bot ask subprocess: peak RSS {rss_mb:.1f} MB, wall {wall:.0f} ms"


def main() -> None:
    content = load_content()
    engine, baseline = Answerer(content), BaselineAnswerer(content)
    print(f"dev set: {DEV}")
    print(scores("engine", engine, DEV))
    print(scores("bm25", baseline, DEV))
    for label, path in QUESTION_SETS:
        if path.exists():
            print(f"{label}: {path.relative_to(ROOT)}" + (f" (today = {LATE_NOW.date()})" if path != HOLDOUT else ""))
            when = NOW if path == HOLDOUT else LATE_NOW
            print(scores("engine", engine, path, when))
            print(scores("bm25", baseline, path, when))
    questions = [i.q for path in (DEV, *(p for _, p in QUESTION_SETS)) if path.exists() for i in load_items(path)] + NOISE
    print(latency(engine, questions))
    print(load_time())
    print(cli_rss())


if __name__ == "__main__":
    main()
