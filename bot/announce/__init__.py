"""Announcements: subscriptions, schedule planning, the APScheduler-driven scheduler and the exactly-once delivery
ledger, posting through the ``poster.Poster`` protocol (the Slack adapter is ``bot.slack.poster``); which channels get
each update of ``content/updates.yaml`` (``updates``).

May import ``bot.storage``, ``bot.content``, ``bot.core`` and APScheduler; never Slack or aiohttp.
"""
