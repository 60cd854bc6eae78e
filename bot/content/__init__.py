"""Content: the curated index in ``content/`` as validated data (models, loader), the dated updates with their
evidence (``updates``), both loaded together (``bundle``), and deadline dates and status.

May import ``bot.core``, the standard library, pydantic and PyYAML.
"""
