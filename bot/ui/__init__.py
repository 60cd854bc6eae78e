"""UI: Block Kit builders, pure functions from data to blocks (answers, declines, help, the App Home, announcements,
modals), with every piece of text escaped; the feedback buttons' sealed values (``feedback.py``).

May import ``bot.engine`` (the Answer it renders), ``bot.announce`` (the announcement data), ``bot.feedback`` (the
sealing of feedback button values), ``bot.content`` and ``bot.core``; never Slack's SDK, aiohttp or the database.
"""
