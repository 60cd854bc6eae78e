"""After a content reload, single announcements and digests both render from the new content."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from bot.announce.schedule import Announcement
from bot.content.models import Content
from bot.slack.announcements import Announcements, renderers

UTC = dt.timezone.utc


def _announcement(deadline_id: str) -> Announcement:
    fire = dt.datetime(2026, 7, 2, 13, tzinfo=UTC)
    return Announcement(fire, "C1", deadline_id, "0d", "deadline", dt.date(2026, 7, 2), "America/New_York")


def test_use_content_swaps_both_renderers(real_content: Content) -> None:
    renamed = real_content.deadlines["cisa-directives-due"].model_copy(update={"title": "Renamed CISA deadline"})
    new = Content(**{**real_content.__dict__, "deadlines": {**real_content.deadlines, renamed.id: renamed}})
    delivery = SimpleNamespace(render=None, render_digest=None)
    scheduler = SimpleNamespace(content=real_content, delivery=delivery)
    announcements = Announcements(None, scheduler, SimpleNamespace(content=real_content), None, None)  # type: ignore[arg-type]
    announcements.use_content(new, [])
    one = _announcement("cisa-directives-due")
    assert "Renamed CISA deadline" in str(delivery.render(one))
    assert "Renamed CISA deadline" in str(delivery.render_digest([one, _announcement("clearinghouse-due")], ["m1", "m2"]))
    old_render, _ = renderers(real_content)
    assert "Renamed CISA deadline" not in str(old_render(one))
