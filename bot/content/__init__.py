"""Content: the curated index in ``content/`` as validated data (models, loader) and deadline dates and status.

May import ``bot.core``, the standard library, pydantic and PyYAML.
"""
