"""Storage: the database (schema, migrations, records: subscriptions, review clocks, processed events, the delivery
ledger, conversation turns, feedback records in ``feedback.py``; in ``content_records`` the running processes, content
reload requests and when each update first appeared), SQLite or PostgreSQL through SQLAlchemy's async engine.

May import ``bot.core`` and SQLAlchemy; knows nothing of Slack or of the answer engine.
"""
