"""Core: settings (the one place configuration is read), the injected clock, tracked background tasks, logging.

May import only the standard library, pydantic and pydantic-settings.
"""
