"""``eo-bot run``: check settings, load content, connect (Socket Mode or HTTP), serve until stopped.

Operator mistakes end start-up with one line on stderr naming what to fix, and exit code 2.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import re
import signal
import sys
from typing import Any, Literal

import aiohttp

from bot.content.bundle import Bundle, load_bundle
from bot.content.loader import ContentError
from bot.core.clock import SystemClock
from bot.core.logging_setup import configure_logging
from bot.core.settings import WHERE_TO_GET, Settings, SettingsError, load_settings, reveal
from bot.slack.app import create_app
from bot.slack.fast_path import SlashCommandFastPath
from bot.slack.reload import ContentReloader
from bot.slack.reload_triggers import ReloadTriggers
from bot.slack.request_gate import RequestGate
from bot.slack.server import HttpServer, SocketModeRefused, SocketModeServer
from bot.slack.services import Services, StartupError
from bot.storage.content_records import ContentRecords
from handlers import register_listeners
from handlers.commands import ack_body

log = logging.getLogger("bot.runner")

Mode = Literal["socket", "http", "none"]


def _problem(name: str, what: str) -> SettingsError:
    return SettingsError(f"Setting {name} {what} (get it from {WHERE_TO_GET[name]})")


def choose_mode(settings: Settings, force_http: bool = False) -> Mode:
    """Socket Mode when SLACK_APP_TOKEN is set (unless --http), else HTTP; check what that mode needs."""
    bot, app_token, secret = (
        reveal(settings.slack_bot_token),
        reveal(settings.slack_app_token),
        reveal(settings.slack_signing_secret),
    )
    if not (bot or app_token or secret):
        return "none"
    if not bot:
        raise _problem("SLACK_BOT_TOKEN", "is missing")
    if not re.fullmatch(r"xoxb-[A-Za-z0-9-]+", bot):
        raise _problem("SLACK_BOT_TOKEN", "is malformed: it must start with xoxb-")
    if app_token and not force_http:
        if not re.fullmatch(r"xapp-[A-Za-z0-9-]+", app_token):
            raise _problem("SLACK_APP_TOKEN", "is malformed: it must start with xapp-")
        return "socket"
    if not secret:
        raise _problem("SLACK_SIGNING_SECRET", "is missing (HTTP mode verifies every request with it)")
    if not re.fullmatch(r"[A-Za-z0-9]{16,128}", secret):
        raise _problem("SLACK_SIGNING_SECRET", "is malformed: it must be the hexadecimal secret, without spaces")
    return "http"


async def serve(settings: Settings, bundle: Bundle, mode: Mode, stop: asyncio.Event | None = None) -> None:
    services = Services.build(settings, bundle.content, updates=bundle.updates)
    try:
        await services.start()
    except aiohttp.ClientError as exc:
        await services.close()
        raise StartupError(f"Could not reach Slack at SLACK_API_URL={settings.slack_api_url} ({type(exc).__name__})") from None
    except Exception:
        await services.close()
        raise
    try:
        await services.start_announcements()
    except Exception as exc:
        await services.close()
        raise StartupError(_database_problem(exc, settings)) from None
    app = create_app(settings, services, register_listeners)
    if mode == "socket":
        server: HttpServer | SocketModeServer = SocketModeServer(app, reveal(settings.slack_app_token))
    else:
        secret = reveal(settings.slack_signing_secret)
        gate = RequestGate(secret, lambda: services.identity.team_id if services.identity else None)
        server = HttpServer(app, SlashCommandFastPath(secret, services, ack_body), gate, database_ok=_database_ok(services))
    try:
        port = await server.start(settings.host, settings.port)
    except (SocketModeRefused, OSError) as exc:
        await server.stop()
        await services.close()
        raise StartupError(_start_problem(exc, settings)) from None
    triggers = await _start_reload_triggers(services, settings)
    _settle_memory()
    log.info("eo-bot ready", extra={"fields": {"mode": mode, "port": port}})
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.add_signal_handler(signal.SIGHUP, lambda: triggers.trigger("SIGHUP"))
    try:
        await stop.wait()
    finally:
        log.info("eo-bot stopping")
        loop.remove_signal_handler(signal.SIGHUP)
        await triggers.stop()
        await server.stop()
        await services.close()


async def _start_reload_triggers(services: Services, settings: Settings) -> ReloadTriggers:
    """Content reloads on SIGHUP, on ``eo-bot content reload`` (through the database) and, with EO_CONTENT_WATCH,
    when the content files change."""
    assert services.storage is not None  # serve() opened it
    reloader = ContentReloader(services, on_swapped=_free_replaced)
    watch = settings.content_dir if settings.content_watch else None
    triggers = ReloadTriggers(reloader, ContentRecords(services.storage), SystemClock(), poll=settings.reload_poll, watch=watch)
    try:
        await triggers.start()
    except Exception as exc:  # the database answered at start-up a moment ago; SIGHUP still works without it
        log.warning("reload requests from `eo-bot content reload` are not watched: %s", type(exc).__name__)
    return triggers


def database_password(settings: Settings) -> str:
    """The password inside DATABASE_URL (redacted from logs and messages)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(settings.database_url).password or "" if settings.database_url else ""
    except Exception:
        return ""


def _database_problem(exc: Exception, settings: Settings) -> str:
    detail = (str(exc).splitlines() or [""])[0][:200]
    password = database_password(settings)
    if password:
        detail = detail.replace(password, "***")
    where = "DATABASE_URL" if settings.database_url else "the default SQLite file ./eo-bot.db (DATABASE_URL unset)"
    return f"Could not open the database at {where}: {type(exc).__name__}: {detail}"


def _database_ok(services: Services) -> Any:
    async def check() -> bool:
        storage = services.storage
        return True if storage is None else await storage.ping()

    return check


def _start_problem(exc: Exception, settings: Settings) -> str:
    if isinstance(exc, SocketModeRefused) and exc.transient:
        return f"Slack could not be reached to open the Socket Mode connection ({exc.error}); start again later"
    if isinstance(exc, SocketModeRefused):
        return f"SLACK_APP_TOKEN was rejected by Slack ({exc.error}); get it from {WHERE_TO_GET['SLACK_APP_TOKEN']}"
    return (
        f"Could not listen on {settings.host}:{settings.port} ({getattr(exc, 'strerror', None) or exc}); set PORT to a free port"
    )


def _free_replaced() -> None:
    """After a reload: the replaced snapshot (frozen at start-up with everything else) holds reference cycles only
    the collector frees, so unfreeze, collect, and freeze what lives on."""
    gc.unfreeze()
    _settle_memory()


def _settle_memory() -> None:
    """Move start-up objects (content, index, Bolt) out of the collector's way.

    They live for the whole process; freezing them and collecting young objects less often keeps
    the garbage collector from rescanning them on every burst of requests.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(5000, 10, 10)


def _fail(message: str) -> int:
    print(f"eo-bot: {message}", file=sys.stderr)
    return 2


def run_command(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
        mode = choose_mode(settings, force_http=bool(getattr(args, "http", False)))
    except SettingsError as exc:
        return _fail(str(exc))
    if mode == "none":
        from bot.playground import run_playground  # no Slack tokens: the local stand-in for Slack

        return run_playground(settings)
    secrets = [
        reveal(settings.slack_signing_secret),
        reveal(settings.slack_bot_token),
        reveal(settings.slack_app_token),
        reveal(settings.feedback_salt),
        database_password(settings),
    ]
    configure_logging(settings.log_level, secrets=secrets)
    try:
        bundle = load_bundle(settings.content_dir, settings.seeds_dir)
    except ContentError as exc:
        return _fail(f"content problem: {exc}")
    try:
        asyncio.run(serve(settings, bundle, mode))
    except StartupError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        pass
    return 0
