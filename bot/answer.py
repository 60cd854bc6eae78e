"""Answering: question + current time -> Answer.

The orchestrator: clean the question (bot.index), route small talk (bot.smalltalk) and questions
declined by shape (bot.declines), list deadlines or open questions (bot.listings), otherwise
retrieve the entry for each part of the question (bot.retrieve) and compose the answer
(bot.compose). Deadline answers give the day count, the computed date and the status relative to now.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from bot.compose import MAX_SUPPORT, Composer, Draft
from bot.content import Content
from bot.declines import NOT_COVERED, Unsaid, rule_reason
from bot.definitions import Definition, Definitions
from bot.index import Index, clean, words
from bot.intents import APPLIES, APPLIES_TO, ASKER, WHAT_IF, focus, without_format
from bot.listings import Listings
from bot.premises import Premises
from bot.retrieve import OVERVIEW_QUERY, Part, Retriever
from bot.retrieve import SOURCES_ENTRY
from bot.roles import Roles, outlets_line, signing_lead
from bot.smalltalk import Talk, classify, loose

__all__ = ["Answer", "Answerer", "MAX_SUPPORT", "SUGGESTIONS"]

log = logging.getLogger(__name__)

SUGGESTIONS = [
    "Is the review mandatory for AI companies?",
    "When are the CISA directives due?",
    "Who decides which models are covered frontier models?",
]


class Answer(BaseModel):
    answered: bool
    headline: str = Field(description="Short direct answer, plain text")
    text: str = Field(description="Full plain-text answer as a person reads it; starts with the headline")
    provisions: list[str] = Field(default_factory=list, description="Entry ids the answer rests on")
    sources: list[str] = Field(default_factory=list, description="Human-readable source labels")
    score: float = 0.0
    suggestions: list[str] = Field(default_factory=list, description="Example questions (declines, small talk)")
    kind: Literal["answer", "decline", "smalltalk"] | None = Field(
        default=None, description="answer, decline or smalltalk (greeting/help/thanks); derived from answered when not given"
    )

    @model_validator(mode="after")
    def _derive_kind(self) -> "Answer":
        if self.kind is None:
            self.kind = "answer" if self.answered else "decline"
        return self


class Answerer:
    def __init__(self, content: Content, index: Index | None = None) -> None:
        self.content = content
        self.index = index or Index(content)
        self.retriever = Retriever(content, self.index)
        self.composer = Composer(content, self.index)
        self.listings = Listings(content, self.index, self.composer)
        self.unsaid = Unsaid(content, self.index)
        self.definitions = Definitions(content)
        self.roles = Roles(content, self.index, self.retriever)
        self.outlets = outlets_line(content)
        self.premises = Premises(content, self.index, self.retriever)

    def answer(self, question: str, now: dt.datetime) -> Answer:
        try:
            return self._answer(question if isinstance(question, str) else str(question), now)
        except Exception:  # a question must never crash the bot; the log says what broke
            log.exception("answering failed")
            return self.decline("Sorry, I couldn't process that question.")

    def _answer(self, question: str, now: dt.datetime) -> Answer:
        text = clean(question)
        talk = classify(text)  # before spelling fixes: "halp" is a cry for help, not a typo of "halt"
        if talk:
            return self.smalltalk(talk)
        text = self.index.respell(text)
        if not any(w.isalnum() for w in words(text)):
            return self.decline("I didn't catch a question there.")
        reason = rule_reason(text, self.content)
        if reason:
            return self.decline(reason)
        today = now.date()
        definition = self.definitions.asked(text)
        if definition:
            return self._define(definition, today)
        shaped = self.premises.shaped(text) or self.roles.shaped(text)
        if shaped:  # "who leads the review", "what are labs supposed to do", "is there a deadline for OPM"...
            return self._lead(self._from(self.composer.compose(shaped.parts, today)), shaped.lead)
        listing = self.listings.deadlines(text, today) or self.listings.open_questions(text) or self.listings.timeline(text, today)
        if listing:
            return self._from(listing)
        parts, missed = self._retrieve(text)
        if not parts:
            talk = loose(text)  # "morning! what kind of stuff can i ask?": no topic, a conversational turn
            return self.smalltalk(talk) if talk else self.decline(NOT_COVERED)
        reason = self.unsaid.reason(text, parts[0].query, parts[0].hit.doc_id)
        if reason:
            return self.decline(reason)
        answer = self._lead(self._from(self.composer.compose(parts, today)), signing_lead(self.content, text, parts[0].hit.doc_id))
        if parts[0].hit.doc_id == SOURCES_ENTRY and self.outlets:  # "which outlets reported this?"
            answer = answer.model_copy(update={"text": f"{answer.text}\n{self.outlets}"})
        unnamed = self.unsaid.unnamed(text, parts[0].hit.doc_id)
        if unnamed and self.unsaid.roster_demand(text):  # "name every partner": nothing to list
            return self.decline(unnamed)
        if unnamed:  # "which banks?": the reports mention them without names
            answer = answer.model_copy(update={"headline": unnamed, "text": f"{unnamed}\n{answer.text}"})
        if missed:
            note = f"\n\nThe reports don't cover the rest of your question ({'; '.join(missed)})."
            answer = answer.model_copy(update={"text": answer.text + note})
        return answer

    def _retrieve(self, text: str) -> tuple[list[Part], list[str]]:
        """The parts to answer and the clauses missed; who-must-take-part questions lead with the voluntary answer."""
        applies_to = APPLIES_TO.search(text)
        asked = focus(without_format(text))
        parts, missed = ([], []) if applies_to else self.retriever.parts(asked)
        if not parts and asked != text and not applies_to:
            parts, missed = self.retriever.parts(text)
        first = self.retriever.kind(parts[0].hit.doc_id) if parts else ""
        asks_who_must = APPLIES.search(text) and not WHAT_IF.search(text) and first != "open-question"
        if parts and asks_who_must and (first != "provision" or ASKER.search(text)):
            parts = self.retriever.fallback_parts(text) or parts  # "is any of this mandatory for banks": voluntary first
        if not parts:
            return self.retriever.fallback_parts(text), []
        return self.retriever.siblings(text, self.retriever.cause(text, parts)), missed

    @staticmethod
    def _lead(answer: Answer, lead: str) -> Answer:
        """The answer with ``lead`` put before its headline (a correction, a missing deadline, the signing date)."""
        if not lead:
            return answer
        return answer.model_copy(update={"headline": f"{lead} {answer.headline}", "text": f"{lead} {answer.text}"})

    def _define(self, definition: Definition, today: dt.date) -> Answer:
        """"What does BOD stand for?": the expansion, then what the order says about it."""
        parts = next((p for q in (definition.short, definition.long, OVERVIEW_QUERY) if (p := self.retriever.parts(q)[0])), [])
        answer = self._from(self.composer.compose(parts, today))
        headline = definition.sentence()
        return answer.model_copy(update={"headline": headline, "text": f"{headline}\n{answer.text}", "score": 1.0})

    def _from(self, draft: Draft) -> Answer:
        labels = list(dict.fromkeys(self.content.source_label(s) for s in draft.sources))
        # Built without re-validation (one per question): every field comes typed from the composer.
        return Answer.model_construct(answered=True, headline=draft.headline, text=draft.text, provisions=list(draft.provisions),
                                      sources=labels, score=round(draft.score, 3), suggestions=[], kind="answer")

    def smalltalk(self, talk: Talk) -> Answer:
        """A friendly reply to a greeting, a request for help, thanks or goodbye."""
        if talk in ("thanks", "bye"):
            headline = "You're welcome!" if talk == "thanks" else "Bye for now!"
            text = f"{headline} Ask me anything else about the executive order whenever you like."
            return Answer(answered=True, headline=headline, text=text, kind="smalltalk", score=1.0)
        headline = "Hi! I'm eo-bot." if talk == "greeting" else "Here's what I can help with."
        text = (
            f"{headline} I answer questions about the U.S. executive order \"{self.content.order.title}\" from five news "
            "reports, citing my sources: what the order does, who is responsible, its deadlines and how many days are left, "
            "its sections, its background and the reactions to it. Try, for example:\n"
            + "\n".join(f"- {s}" for s in SUGGESTIONS)
        )
        return Answer(answered=True, headline=headline, text=text, suggestions=list(SUGGESTIONS), kind="smalltalk", score=1.0)

    def decline(self, reason: str) -> Answer:
        text = (
            f"{reason} I can only answer from five news reports about the executive order \"{self.content.order.title}\": "
            "what it does, its deadlines and who is responsible, its background and the reactions to it. "
            "I'd rather not guess. Try, for example:\n" + "\n".join(f"- {s}" for s in SUGGESTIONS)
        )
        return Answer(answered=False, headline=reason, text=text, suggestions=list(SUGGESTIONS))
