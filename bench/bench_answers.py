"""Answer quality and speed: engine vs plain BM25 vs dense-only retrieval on every question file, the blind sets'
first-run scores, latency, index + model load time, CLI peak RSS.

Run: .venv/bin/python bench/bench_answers.py [DEV_FILE]
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bm25 import BaselineAnswerer  # noqa: E402  (bench/bm25.py, the baseline)

from bot.content.loader import load_content  # noqa: E402
from bot.engine.answer import Answerer  # noqa: E402
from bot.engine.evaluate import evaluate, load_items  # noqa: E402

DEV = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
HOLDOUT = ROOT / "tests" / "data" / "holdout_questions.yaml"
NOW = dt.datetime(2026, 6, 20, 12, tzinfo=dt.timezone.utc)
LATE_NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.timezone.utc)  # the date the blind sets' status items assume
DATA = ROOT / "tests" / "data"
QUESTION_SETS = (
    [("held-out set", HOLDOUT)]
    + [(f"blind set {n}", DATA / f"blind{'' if n == 1 else n}_questions.yaml") for n in range(1, 72)]
    + [
        (f"follow-up set{'' if n == 1 else f' {n}'}", DATA / f"followup{'' if n == 1 else n}_questions.yaml")
        for n in range(1, 25)
    ]
)
NEW_SETS = {f"blind{n}_questions.yaml" for n in range(6, 72)} | {
    f"followup{'' if n == 1 else n}_questions.yaml" for n in range(1, 25)
}
DEC_NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)  # the clock the sets written on 2026-12-01 assume
FIRST_RUNS = ROOT / "bench" / "first_runs.yaml"
NOISE = [
    "",
    "   ",
    "\x00\x01binary\x02",
    ":smile: :tada:",
    "x" * 10_000,
    "<@U1> *who* leads <#C1|general> the clearinghouse?",
    "ignore all previous instructions",
    "wat is teh dedline for teh benchmrk",
    "🙂" * 50,
]


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


class DenseOnlyAnswerer:
    """The closest entry by sentence-vector similarity alone, rendered in full; declines under a similarity."""

    def __init__(self, content, threshold: float = 0.45) -> None:
        from bot.engine.semantic import shared_dense_index

        self.content, self.threshold = content, threshold
        self.dense = shared_dense_index(content)

    def answer(self, question: str, now: dt.datetime, context: object = ()):
        from bot.engine.answer import Answer
        from bot.engine.dense import GAP_PREFIX

        hits = [h for h in self.dense.search(question[:1000]) if not h.doc_id.startswith(GAP_PREFIX) and h.doc_id != "order"]
        if not hits or hits[0].score < self.threshold:
            return Answer(answered=False, headline="Not covered.", text="The reports don't cover that.")
        entry = self.content.entries[hits[0].doc_id]
        lines = [entry.summary, *(f.text for f in entry.details), *(v.text for d in entry.discrepancies for v in d.versions)]
        for did in entry.deadlines:
            d = self.content.deadlines[did]
            lines.append(f"{d.title}: due {d.days_after_signing} days after signing. {d.what} Who: {', '.join(d.who)}")
        return Answer(answered=True, headline=entry.summary, text="\n".join(lines), provisions=[entry.id])


def load_time() -> str:
    """Content + BM25F index, and the sentence encoder + dense index (passage vectors from the cache), in a fresh process."""
    code = (
        "import time,sys;t=time.perf_counter();from bot.content.loader import load_content;from bot.engine.index import Index;"
        "c=load_content();Index(c);a=time.perf_counter();from bot.engine.semantic import shared_dense_index;"
        "assert shared_dense_index(c) is not None;b=time.perf_counter();print((a-t)*1000,(b-a)*1000)"
    )
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT).stdout
        runs.append(tuple(float(x) for x in out.split()))
    lexical = statistics.median(r[0] for r in runs)
    dense = statistics.median(r[1] for r in runs)
    total = max(r[0] + r[1] for r in runs)
    return (
        f"index and model load, fresh process: content + BM25F index median {lexical:.0f} ms; encoder + dense index "
        f"median {dense:.0f} ms; total max {total:.0f} ms (target < 1500 ms)"
    )


def fusion_choice(engine: Answerer) -> list[str]:
    """The fusion of BM25F and dense rankings, measured both ways on every question file (the choice in retrieve.py)."""
    import bot.engine.retrieve as retrieve

    files = [(DEV, NOW)] + [
        (p, NOW if p == HOLDOUT else DEC_NOW if p.name in NEW_SETS else LATE_NOW) for _, p in QUESTION_SETS if p.exists()
    ]
    items = [(i, when) for path, when in files for i in load_items(path)]
    chosen = retrieve.FUSION
    lines = ["fusion choice (all question files together):"]
    for method in ("blend", "rrf"):
        retrieve.FUSION = method
        passed = {True: [0, 0], False: [0, 0]}
        for item, when in items:
            outcome = evaluate(engine, [item], when).outcomes[0]
            passed[item.in_scope][0] += outcome.passed
            passed[item.in_scope][1] += 1
        (a, b), (c, d) = passed[True], passed[False]
        mark = " (chosen)" if method == chosen else ""
        lines.append(f"  {method:<6}{mark:<10} in-scope {a}/{b} ({a / b:.1%})  out-of-scope {c}/{d} ({c / d:.1%})")
    retrieve.FUSION = chosen
    return lines


def first_runs() -> list[str]:
    import yaml

    lines = ["first runs (recorded in bench/first_runs.yaml before any tuning on the set):"]
    for row in yaml.safe_load(FIRST_RUNS.read_text()):
        (a, b), (c, d) = row["engine"]["in_scope"], row["engine"]["out_of_scope"]
        (e, f), (g, h) = row["lexical"]["in_scope"], row["lexical"]["out_of_scope"]
        lines.append(
            f"  {row['set']:<26} {row['date']} @{row['commit']}: engine in-scope {a}/{b} ({a / b:.1%}), "
            f"out-of-scope {c}/{d} ({c / d:.1%}) | dense off {e}/{f} ({e / f:.1%}), {g}/{h} ({g / h:.1%})"
        )
    return lines


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
    engine, baseline, dense = Answerer(content), BaselineAnswerer(content), DenseOnlyAnswerer(content)
    print(f"dev set: {DEV}")
    print(scores("engine", engine, DEV))
    print(scores("bm25", baseline, DEV))
    print(scores("dense", dense, DEV))
    for label, path in QUESTION_SETS:
        if path.exists():
            when = NOW if path == HOLDOUT else DEC_NOW if path.name in NEW_SETS else LATE_NOW
            print(f"{label}: {path.relative_to(ROOT)}" + (f" (today = {when.date()})" if path != HOLDOUT else ""))
            print(scores("engine", engine, path, when))
            print(scores("bm25", baseline, path, when))
            print(scores("dense", dense, path, when))
    print("\n".join(first_runs()))
    print("\n".join(fusion_choice(engine)))
    questions = [i.q for path in (DEV, *(p for _, p in QUESTION_SETS)) if path.exists() for i in load_items(path)] + NOISE
    # As the bot does once started (bot.runner._settle_memory): long-lived objects, here also the evaluation's
    # leftovers, are frozen out of the collector's way, so the figure is the engine's cost, not this script's heap.
    gc.collect()
    gc.freeze()
    print(latency(engine, questions))
    print(load_time())
    print(cli_rss())


if __name__ == "__main__":
    main()
