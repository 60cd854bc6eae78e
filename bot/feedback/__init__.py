"""Feedback that reaches the curators: what each feedback button rates (a signed value), the clicks (one row per
person and answer, the user id only as a keyed hash), decline counts per reason, and the curators' report.

May import ``bot.storage``, ``bot.engine``, ``bot.content`` and ``bot.core``; never Slack, aiohttp or SQLAlchemy (the records are in
``bot.storage.feedback``). Handlers call it with plain values, so any Slack surface (the answer buttons, the assistant
pane's native feedback buttons) records feedback the same way.
"""
