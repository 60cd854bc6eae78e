"""``run_playground(settings)``: serve the playground on 127.0.0.1 until Ctrl-C (what ``eo-bot run`` does
when no Slack tokens are set)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from bot.content.loader import ContentError, load_content
from bot.core.logging_setup import configure_logging
from bot.core.settings import Settings

from .bot_process import BotConfig, BotStartError
from .server import Playground
from .timeline import build_clock_control

log = logging.getLogger("bot.playground")


def banner(url: str) -> str:
    return (
        f"eo-bot playground: open {url} in your browser.\n"
        "It listens on 127.0.0.1 (loopback) only: it is for one person, on this machine. No Slack workspace "
        "or tokens needed.\nThe real bot runs behind it; set SLACK_BOT_TOKEN etc. to connect to Slack instead. "
        "Press Ctrl-C to stop."
    )


def bot_config(settings: Settings, api_url: str = "") -> BotConfig:
    env = (("EO_CONTENT_DIR", str(settings.content_dir)), ("LOG_LEVEL", settings.log_level))
    return BotConfig(bot_token="", api_url=api_url, database_url=settings.database_url, extra_env=env)


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    content = load_content(settings.content_dir)
    playground = Playground(bot_config(settings), build_clock_control(settings, content))
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await playground.start(settings.port, start_bot=False)
        await playground.restart_bot(None)
        print(banner(playground.url), flush=True)
        log.info("playground ready", extra={"fields": {"url": playground.url, "listening": "127.0.0.1 only"}})
        await stop.wait()
    finally:
        log.info("playground stopping")
        await playground.stop()


def run_playground(settings: Settings) -> int:
    """Blocking; returns the process exit code (0 after Ctrl-C, 2 when it cannot start)."""
    configure_logging(settings.log_level, secrets=[])
    try:
        asyncio.run(serve(settings))
    except KeyboardInterrupt:
        pass
    except ContentError as exc:
        return _fail(f"content problem: {exc}")
    except BotStartError as exc:
        return _fail(f"the bot did not start behind the playground: {exc}")
    except OSError as exc:
        return _fail(
            f"cannot listen on 127.0.0.1:{settings.port} ({exc.strerror or exc}); set PORT to a free port, e.g. PORT=3001"
        )
    return 0


def _fail(message: str) -> int:
    print(f"eo-bot: {message}", file=sys.stderr)
    return 2
