"""eo-bot: answers questions about the executive order "Promoting Advanced Artificial Intelligence Innovation and
Security" and announces its agency deadlines in Slack.

Packages, each importing only those below it (checked by import-linter, see pyproject.toml):

    cli, runner                  the command line and the bot's start-up (wire everything together)
    slack | playground           Slack (Bolt, the Web API, servers) | the browser playground and its fake Slack
    command_table, conversations the /eo table (parsing, help, handlers' logic) and the record of thread turns
    ui                           Block Kit builders
    announce                     subscriptions, schedule, scheduler, delivery ledger
    engine | storage             the answer engine | the database
    content                      the curated index
    core                         settings, clock, background tasks, logging

``handlers/`` (beside this package) holds one module per Slack surface; it imports ``bot`` and is imported only by
``bot.runner``.
"""

__version__ = "0.1.0"
