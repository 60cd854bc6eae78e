"""The playground: try eo-bot in a browser without a Slack workspace.

``run_playground(settings)`` serves a local stand-in for Slack on 127.0.0.1 (the fake Slack of the test
suite plus a small page) and runs the real bot behind it as a child process. See docs in README.
"""

from .runner import run_playground

__all__ = ["run_playground"]
