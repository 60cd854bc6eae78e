"""eo-bot: answers questions about the executive order "Promoting Advanced Artificial
Intelligence Innovation and Security" and announces its agency deadlines in Slack."""

__version__ = "0.1.0"
