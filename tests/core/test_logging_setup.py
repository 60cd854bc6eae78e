"""key=value logging with tokens and the signing secret redacted."""

from __future__ import annotations

import io
import logging

import pytest

from bot.core.logging_setup import configure_logging

SECRET = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_tokens_and_secret_never_reach_the_output(restore_root_logger) -> None:
    stream = io.StringIO()
    configure_logging("INFO", secrets=[SECRET], stream=stream)
    log = logging.getLogger("test.redact")
    log.info("token %s app %s", "xoxb-123-456-abcDEF", "xapp-1-A1-2-xyz", extra={"fields": {"secret": SECRET, "n": 2}})
    try:
        raise RuntimeError("Authorization: Bearer xoxp-999-user")
    except RuntimeError:
        log.exception("failed with signing secret %s", SECRET)
    out = stream.getvalue()
    for leaked in ("xoxb-123", "xapp-1-A1", "xoxp-999", SECRET):
        assert leaked not in out
    assert "xoxb-[redacted]" in out and "secret=[redacted]" in out and "n=2" in out
    assert out.splitlines()[0].split()[1:4] == ["level=INFO", "logger=test.redact", 'msg="token']
