"""``python -m bot.playground``: the playground, whatever Slack tokens are set."""

from bot.core.settings import SettingsError, load_settings

from . import run_playground

try:
    _settings = load_settings()
except SettingsError as exc:
    raise SystemExit(f"eo-bot: {exc}") from None
raise SystemExit(run_playground(_settings))
