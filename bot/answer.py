"""Answering: question + current time -> Answer. (Interface stub; the engine replaces the body.)"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from bot.content import Content


class Answer(BaseModel):
    answered: bool
    headline: str = Field(description="Short direct answer, plain text")
    text: str = Field(description="Full plain-text answer as a person reads it; starts with the headline")
    provisions: list[str] = Field(default_factory=list, description="Entry ids the answer rests on")
    sources: list[str] = Field(default_factory=list, description="Human-readable source labels")
    score: float = 0.0
    suggestions: list[str] = Field(default_factory=list, description="Example questions (declines)")


class Answerer:
    def __init__(self, content: Content) -> None:
        self.content = content

    def answer(self, question: str, now: dt.datetime) -> Answer:
        return Answer(answered=False, headline="Not implemented yet.", text="Not implemented yet.")
