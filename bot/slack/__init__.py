"""Slack: the only place in ``bot/`` that imports slack_bolt / slack_sdk. The service container and Web API client,
the app factory, the HTTP and Socket Mode servers, event de-duplication, the ``/eo`` fast path, the Slack poster
(adapter for ``bot.announce``) and the wiring of the announcements to it; the content being served as one snapshot,
and reloading it while the bot runs (SIGHUP, ``eo-bot content reload`` through the database, file changes).

May import every lower package (``bot.command_table``, ``bot.conversations``, ``bot.ui``, ``bot.announce``,
``bot.engine``, ``bot.storage``, ``bot.content``, ``bot.core``); never ``handlers`` (the runner passes them in).
"""
