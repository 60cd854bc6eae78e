"""Announcements: subscriptions, schedule planning, the APScheduler-driven scheduler and the exactly-once delivery
ledger, posting through the ``poster.Poster`` protocol (the Slack adapter is ``bot.slack.poster``); which channels get
each update of ``content/updates.yaml`` (``updates``); ``digest`` groups what falls due together in a channel into one
message, ``pacing`` keeps each channel to one message per second across processes.

May import ``bot.storage``, ``bot.content``, ``bot.core`` and APScheduler; never Slack or aiohttp.
"""
