"""Content reload: how long reloading the whole content takes, and what it does to request latency meanwhile.

Run: .venv/bin/python bench/bench_reload.py [--reloads 5] [--seconds 4] [--clients 2] [--uncached]

1. In this process: loading and validating the whole content (with two updates in ``updates.yaml``, evidence
   checked against the report file) and building the engine from it with the embeddings cached on disk (what a
   reload does off the event loop), best and worst of ``--reloads`` runs.
2. The bot as a real process (``python -m bot run --http``) against the fake Slack, on a copy of the content:
   ``--clients`` signed ``/eo ask`` clients in a closed loop. First ``--seconds`` of plain traffic, then ``--reloads``
   SIGHUP reloads one after the other (each changes one deadline title, so a little text is embedded anew):
   the reload time the bot logs (load, validate, build, swap, free the old content, re-plan), and ack latency
   p50/p99 of the requests sent while a reload ran versus without. Also the bot's memory before and after.
``--uncached`` turns the answer cache off, so every request runs the engine (the worst case for contention).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from botproc import SECRET, BotProcesses  # noqa: E402
from update_fixtures import FixtureContent, cisa_update, clearinghouse_update, make_fixture_content  # noqa: E402

from bot.content.bundle import load_bundle  # noqa: E402
from bot.playground.fakeslack import FakeSlack, SlackDriver  # noqa: E402
from bot.slack.snapshot import build_snapshot  # noqa: E402

QUESTIONS = [
    "when is the clearinghouse due?",
    "who runs the clearinghouse?",
    "is the review mandatory?",
    "when is the benchmark due?",
    "what is Mythos?",
    "which agencies write the classified standards?",
    "what does section 2 say?",
    "who decides which models are covered?",
]
RELOADED = re.compile(r'msg="content reloaded" .*seconds=([0-9.]+) build=([0-9.]+) free=([0-9.]+) replan=([0-9.]+)')
TITLES = ("AI cybersecurity clearinghouse created", "AI cybersecurity clearinghouse stood up")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def in_process(fixture: FixtureContent, runs: int) -> tuple[list[float], list[float]]:
    """Seconds to load + validate, and to build the engine (embeddings cached), per run."""
    build_snapshot(load_bundle(fixture.content, fixture.seeds), 2048, reload=True)  # encoder loaded, vectors cached
    loads, builds = [], []
    for _ in range(runs):
        started = time.perf_counter()
        bundle = load_bundle(fixture.content, fixture.seeds)
        loaded = time.perf_counter()
        build_snapshot(bundle, 2048, reload=True)
        loads.append(loaded - started)
        builds.append(time.perf_counter() - loaded)
    return loads, builds


async def live(fixture: FixtureContent, tmp: Path, reloads: int, seconds: float, clients: int, uncached: bool) -> dict:
    async with FakeSlack() as fake:
        procs = BotProcesses(fake, f"sqlite:///{tmp / 'bench.db'}", tmp)
        env = {**fixture.env(), "EO_ANSWER_CACHE_SIZE": "0" if uncached else "2048"}
        bot = await procs.start(**env)
        sent: list[tuple[float, float]] = []  # (sent at, latency ms)
        windows: list[tuple[float, float]] = []
        stop = asyncio.Event()
        try:
            async with SlackDriver.http(fake, bot.url, SECRET) as slack:

                async def client(n: int) -> None:
                    i = n
                    while not stop.is_set():
                        started = time.perf_counter()
                        delivery = await slack.slash_command(f"ask {QUESTIONS[i % len(QUESTIONS)]}", user="U0000ALCE")
                        assert delivery.status == 200, delivery.status
                        sent.append((started, (time.perf_counter() - started) * 1000))
                        i += 1

                tasks = [asyncio.create_task(client(n)) for n in range(clients)]
                await asyncio.sleep(1.0)  # warm-up (not counted)
                sent.clear()
                await asyncio.sleep(seconds)
                rss_before = rss_mb(bot.proc.pid)
                for n in range(reloads):
                    old, new = TITLES if n % 2 == 0 else TITLES[::-1]
                    fixture.edit("deadlines.yaml", f'title: "{old}"', f'title: "{new}"')
                    count = len(RELOADED.findall(bot.log))
                    begin = time.perf_counter()
                    bot.proc.send_signal(signal.SIGHUP)
                    while len(RELOADED.findall(bot.log)) == count:
                        await asyncio.sleep(0.01)
                    windows.append((begin, time.perf_counter()))
                    await asyncio.sleep(0.5)  # plain traffic between reloads
                stop.set()
                await asyncio.gather(*tasks)
            rss_after = rss_mb(bot.proc.pid)
        finally:
            await procs.stop_all()
    during = [ms for at, ms in sent if any(b <= at <= e for b, e in windows)]
    without = [ms for at, ms in sent if not any(b - 0.05 <= at <= e + 0.05 for b, e in windows)]
    return {
        "reload_s": [tuple(float(x) for x in m) for m in RELOADED.findall(bot.log)],
        "during": during,
        "without": without,
        "rss_before": rss_before,
        "rss_after": rss_after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reloads", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=4.0, help="plain traffic measured before the reloads")
    parser.add_argument("--clients", type=int, default=2, help="concurrent /eo clients")
    parser.add_argument("--uncached", action="store_true", help="answer cache off: every request runs the engine")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        fixture = make_fixture_content(tmp / "fixture")
        fixture.write_updates([clearinghouse_update(), cisa_update()])
        loads, builds = in_process(fixture, args.reloads)
        print(
            f"whole content ({len(load_bundle(fixture.content, fixture.seeds).content.entries)} entries, 2 updates), "
            f"in-process: load + validate {min(loads) * 1000:.0f}-{max(loads) * 1000:.0f} ms, engine build with cached "
            f"embeddings {min(builds) * 1000:.0f}-{max(builds) * 1000:.0f} ms"
        )
        r = asyncio.run(live(fixture, tmp, args.reloads, args.seconds, args.clients, args.uncached))
    cache = "answer cache off" if args.uncached else "answer cache on"
    times = [t[0] for t in r["reload_s"]]
    build, free, replan = (statistics.median(t[i] for t in r["reload_s"]) for i in (1, 2, 3))
    print(
        f"bot process, {args.reloads} SIGHUP reloads under {args.clients} clients ({cache}): reload "
        f"{min(times):.2f}-{max(times):.2f} s, median {statistics.median(times):.2f} s (target < 2 s); median phases: "
        f"load, validate and build {build * 1000:.0f} ms, swap and free the old content {free * 1000:.0f} ms, "
        f"re-plan announcements {replan * 1000:.0f} ms"
    )
    for label, values in (("without a reload", r["without"]), ("during a reload ", r["during"])):
        print(
            f"  ack latency {label}: p50 {percentile(values, 0.5):.2f} ms, p99 {percentile(values, 0.99):.2f} ms "
            f"({len(values)} requests)"
        )
    print(f"  bot memory {r['rss_before']:.0f} MB before the reloads, {r['rss_after']:.0f} MB after")


if __name__ == "__main__":
    main()
