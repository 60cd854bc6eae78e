"""HTTP-mode benchmark: signed `/eo ask` load from wrk against the bot and against a bare aiohttp handler.

Prints requests/s and p50/p99 acknowledgement latency for both at 64 and 1 connections, the throughput
ratio, the bot's peak memory (VmHWM) and its start-up time to a healthy /healthz, with the targets.

    .venv/bin/python bench/bench_http.py [--duration 10] [--no-pin] [--uncached]

The requests rotate over every question of the project's question files (dev, held-out and both blind sets,
a few hundred distinct questions) plus the fixed subcommands. With ``--uncached`` the bot runs with
``EO_ANSWER_CACHE_SIZE=0``, so every request pays for a full search: the worst case.

Before measuring, a warm-up pass sends every request of the pool once (one connection, in order), as any
benchmark warms its target: with the cache on, the measured runs then see the steady state of a bot that has
been up for a while (repeat questions), not its first few hundred answers. ``--no-warm-up`` skips it; the
uncached run is the worst case either way.

wrk comes from Debian's package (installed here with apt-get when missing). The fake Slack (bot/fakeslack)
answers the bot's start-up auth.test; the load itself never calls the Web API (answers travel in the ack).
On a 2-core machine the server is pinned to core 0 and wrk to core 1 (taskset) so they do not compete.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.playground.fakeslack import FakeSlack, sign  # noqa: E402

SECRET = "0123456789abcdef0123456789abcdef"
QUESTION_FILES = [
    ROOT.parent / "shared" / "eval" / "dev_questions.yaml",
    *sorted((ROOT / "tests" / "data").glob("*_questions.yaml")),
]
FIXED = [
    "ask when is the CISA directive due?",
    "ask who leads the clearinghouse?",
    "ask is the pre-release review mandatory?",
    "ask what is the classified benchmark?",
    "when are the agencies' implementation details due?",
    "deadlines",
]


POOL = 2000  # distinct texts: within the default answer cache (EO_ANSWER_CACHE_SIZE=2048); --uncached measures misses


def questions() -> list[str]:
    """The fixed subcommands plus the questions of the question files, in file order, up to POOL texts (a mixed,
    realistic pool that the default answer cache holds; a pool larger than the cache, cycled through by wrk, would
    miss on every request and measure the encoder instead)."""
    import yaml

    pool = list(FIXED)
    for path in QUESTION_FILES:
        if path.exists():
            pool.extend(f"ask {item['q']}" for item in yaml.safe_load(path.read_text()) if item.get("q"))
    return list(dict.fromkeys(pool))[:POOL]


TARGETS = {"p99_64_ms": 30.0, "ratio": 0.2, "p50_1_ms": 2.0, "rss_mb": 250.0, "startup_s": 1.5}


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    install = ["apt-get", "install", "-y", "wrk"]
    if subprocess.run(install, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update"], check=True, capture_output=True)
        subprocess.run(install, check=True, capture_output=True)
    return shutil.which("wrk") or "wrk"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request_file(directory: Path) -> Path:
    """Signed slash-command requests, valid for Slack's five minutes from now."""
    now = int(time.time())
    lines = []
    for n, text in enumerate(questions()):
        form = {
            "token": "x",
            "team_id": "T0000FAKE",
            "team_domain": "eo-test",
            "channel_id": "C0000GNRL",
            "channel_name": "general",
            "user_id": "U0000ALCE",
            "user_name": "alice",
            "command": "/eo",
            "text": text,
            "api_app_id": "A0000APP1",
            "response_url": "http://127.0.0.1:9/response/x",
            "trigger_id": f"1.{n}.abc",
        }
        body = urllib.parse.urlencode(form)
        headers = sign(SECRET, body.encode(), now)
        lines.append(f"{headers['X-Slack-Request-Timestamp']}\t{headers['X-Slack-Signature']}\t{body}")
    path = directory / "requests.tsv"
    path.write_text("\n".join(lines) + "\n")
    return path


def taskset(core: int | None) -> list[str]:
    return ["taskset", "-c", str(core)] if core is not None and shutil.which("taskset") else []


async def wait_healthy(url: str, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() - start < timeout:
            try:
                async with session.get(url) as resp:
                    if resp.status == 200:
                        return time.perf_counter() - start
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.005)
    raise RuntimeError(f"{url} not healthy within {timeout}s")


async def run_wrk(wrk: str, url: str, connections: int, duration: int, requests: Path, core: int | None) -> dict:
    cmd = [
        *taskset(core),
        wrk,
        "-t1",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "-s",
        str(ROOT / "bench" / "wrk_eo.lua"),
        url,
    ]
    proc = await asyncio.create_subprocess_exec(
        *cmd, env={**os.environ, "EO_REQUESTS": str(requests)}, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    line = next((ln for ln in out.decode().splitlines() if ln.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {err.decode()} {out.decode()}")
    stats = json.loads(line[len("WRKJSON ") :])
    stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
    return stats


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def bare_server(port: int) -> None:
    async def handler(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="")

    app = web.Application()
    app.router.add_post("/slack/events", handler)
    app.router.add_get("/healthz", handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def start(cmd: list[str], env: dict[str, str], health: str) -> tuple[asyncio.subprocess.Process, float]:
    # The log goes to a file: a pipe nobody reads would stall the server once it fills.
    log = open(Path(tempfile.gettempdir()) / f"bench_http_{health.split(':')[-1].split('/')[0]}.log", "wb")  # noqa: SIM115
    proc = await asyncio.create_subprocess_exec(*cmd, env=env, cwd=ROOT, stderr=log)
    try:
        return proc, await wait_healthy(health)
    except Exception:
        proc.kill()
        raise


async def check_answer(url: str, requests: Path) -> None:
    ts, sig, body = requests.read_text().splitlines()[0].split("\t")
    headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, "Content-Type": "application/x-www-form-urlencoded"}
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers=headers) as resp:
            payload = await resp.json()
    assert resp.status == 200 and payload.get("response_type") == "ephemeral", payload


async def warm_up(url: str, requests: Path) -> int:
    """Send every request of the pool once; returns how many were answered with 200."""
    ok = 0
    async with aiohttp.ClientSession() as session:
        for line in requests.read_text().splitlines():
            ts, sig, body = line.split("\t")
            headers = {
                "X-Slack-Request-Timestamp": ts,
                "X-Slack-Signature": sig,
                "Content-Type": "application/x-www-form-urlencoded",
            }
            async with session.post(url, data=body, headers=headers) as resp:
                await resp.read()
                ok += resp.status == 200
    return ok


async def main(duration: int, pin: bool, uncached: bool, warm: bool = True) -> int:
    wrk = ensure_wrk()
    server_core, wrk_core = (0, 1) if pin and (os.cpu_count() or 1) >= 2 else (None, None)
    with tempfile.TemporaryDirectory() as tmp:
        requests = request_file(Path(tmp))
        async with FakeSlack() as fake:
            bot_port, bare_port = free_port(), free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EO_"))}
            env.update(
                SLACK_BOT_TOKEN=fake.team.bot_token,
                SLACK_SIGNING_SECRET=SECRET,
                SLACK_API_URL=fake.api_url,
                PORT=str(bot_port),
                HOST="127.0.0.1",
                LOG_LEVEL="WARNING",
                DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/bench.db",
                **({"EO_ANSWER_CACHE_SIZE": "0"} if uncached else {}),
            )
            bot, startup = await start(
                [*taskset(server_core), sys.executable, "-m", "bot", "run", "--http"], env, f"http://127.0.0.1:{bot_port}/healthz"
            )
            bare, _ = await start(
                [*taskset(server_core), sys.executable, str(Path(__file__)), "--bare", str(bare_port)],
                env,
                f"http://127.0.0.1:{bare_port}/healthz",
            )
            try:
                bot_url = f"http://127.0.0.1:{bot_port}/slack/events"
                await check_answer(bot_url, requests)
                if warm:
                    await warm_up(bot_url, requests)
                results = {}
                for connections in (64, 1):
                    for name, url in (("bot", bot_url), ("bare", f"http://127.0.0.1:{bare_port}/slack/events")):
                        results[(name, connections)] = await run_wrk(wrk, url, connections, duration, requests, wrk_core)
                rss = peak_rss_mb(bot.pid)
            finally:
                for proc in (bot, bare):
                    proc.terminate()
                    await proc.wait()
    return report(results, rss, startup, duration, pin and server_core is not None, uncached, len(questions()), warm)


def report(results: dict, rss: float, startup: float, duration: int, pinned: bool, uncached: bool, pool: int, warm: bool) -> int:
    print(
        f"eo-bot HTTP benchmark: wrk -t1, {duration}s per run, signed /eo requests over {pool} distinct texts, "
        f"answer cache {'OFF (every request searches)' if uncached else 'on'}"
        f"{', after one warm-up pass over them' if warm else ', no warm-up'}"
        f"{', server on core 0 and wrk on core 1' if pinned else ''}"
    )
    print(f"{'target':<6} {'conns':>5} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'sock err':>8}")
    for (name, conns), s in results.items():
        print(
            f"{name:<6} {conns:>5} {s['rps']:>10.0f} {s['p50_us'] / 1000:>8.2f} {s['p99_us'] / 1000:>8.2f} "
            f"{s['non2xx']:>8} {s['socket_errors']:>8}"
        )
    ratio = results[("bot", 64)]["rps"] / results[("bare", 64)]["rps"]
    p99_64 = results[("bot", 64)]["p99_us"] / 1000
    p50_1 = results[("bot", 1)]["p50_us"] / 1000
    clean = all(s["non2xx"] == 0 for s in results.values())
    checks = [
        ("64 connections p99 ack latency", f"{p99_64:.2f} ms", p99_64 < TARGETS["p99_64_ms"], "< 30 ms"),
        ("64 connections throughput vs bare", f"{ratio:.2f}", ratio >= TARGETS["ratio"], ">= 0.20"),
        ("1 connection p50 ack latency", f"{p50_1:.2f} ms", p50_1 < TARGETS["p50_1_ms"], "< 2 ms"),
        ("bot peak memory (VmHWM)", f"{rss:.1f} MB", rss < TARGETS["rss_mb"], "< 250 MB (with the sentence encoder)"),
        ("start-up to healthy /healthz", f"{startup:.2f} s", startup < TARGETS["startup_s"], "< 1.5 s"),
        ("every bot response was 2xx", str(clean), clean, "True"),
    ]
    for label, value, ok, target in checks:
        print(f"{'PASS' if ok else 'MISS'}  {label}: {value} (target {target})")
    return 0 if all(ok for *_, ok, _ in checks) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--no-pin", action="store_true", help="do not pin server and wrk to separate cores")
    parser.add_argument("--uncached", action="store_true", help="run the bot with its answer cache off")
    parser.add_argument("--no-warm-up", action="store_true", help="measure from a cold start (no warm-up pass)")
    parser.add_argument("--bare", type=int, metavar="PORT", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.bare:
        asyncio.run(bare_server(options.bare))
    else:
        sys.exit(asyncio.run(main(options.duration, not options.no_pin, options.uncached, not options.no_warm_up)))
