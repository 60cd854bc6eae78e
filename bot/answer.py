"""Answering: question + current time -> Answer.

The engine cleans the question (Slack markup, typos, aliases), splits questions that ask two
things, retrieves the best entry per part with BM25F (bot.index) and answers only when the
entry covers most of what the question asks about; otherwise it declines and says what it can
answer. Deadline questions get the day count, the computed date and the status relative to now.
"""

from __future__ import annotations

import datetime as dt
import logging
import itertools
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from bot.content import Content
from bot.content_models import Deadline, Entry, Fact, Source
from bot.deadlines import deadline_statuses, long_date, status_for
from bot.index import ORDER_DOC, STOPWORDS, Hit, Index, Query, clean, stem, words
from bot.smalltalk import Talk, classify, loose

log = logging.getLogger(__name__)

# Decline unless the best entry covers this share of the question's (idf-weighted) concepts.
MIN_COVERAGE = 0.5
SURE_COVERAGE = 0.6
MIN_ANCHOR = 3.5
MIN_SCORE = 0.5
MAX_DETAILS = 3
MAX_SUPPORT = 4  # supporting lines under the headline, deadlines not counted
REPEAT_SHARE = 0.7  # a line whose terms are mostly already shown is left out

SUGGESTIONS = [
    "Is the review mandatory for AI companies?",
    "When are the CISA directives due?",
    "Who decides which models are covered frontier models?",
]

_INJECTION = re.compile(
    r"\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules|messages)\b"
    r"|@(channel|here|everyone)\b|\bsystem prompt\b|\b(you are now|act as|pretend to be|jailbreak)\b",
    re.I,
)
_SECTION = re.compile(r"\b(?:section|sec\.?|§)\s*(\d+)", re.I)
_WHEN = re.compile(
    r"\b(when|due|deadlines?|by when|how long|how many days|how soon|what date|timeline|time ?frame|days?|overdue|passed|"
    r"expired?|lapsed|(?:time|weeks?) (?:left|remaining)|status|still upcoming)\b",
    re.I,
)
_WHO = re.compile(r"\b(who|whom|whose|which (agenc|department|office)\w*|responsible|in charge|on the hook)\b", re.I)
_REACTION = re.compile(
    r"\b(think|thinks|thought|(?:say|said|says)(?! no\b)|react\w*|views?|opinions?|take|feel|comment\w*|respon\w*|critic\w*|prais\w*|welcom\w*)\b",
    re.I,
)
_TITLE = re.compile(r"\b(name|named|title|titled|called)\b", re.I)
# "before this", "previously", "prior policy": the question is about what came before the order.
_EARLIER = re.compile(
    r"\bbefore (this|that|it|the (order|eo))\b|\b(previous(ly)?|prior|earlier|used to|in the past|until now|formerly|past (policy|approach|stance))\b",
    re.I,
)
_DUE = re.compile(r"\b(due|deadlines?|overdue|past yet|passed|expire[sd]?|days? (?:left|remaining))\b", re.I)
# "Has it passed?", "how many days left?": the answer leads with where the deadlines stand today.
_STATUS = re.compile(r"\b(overdue|passed|past due|expired?|lapsed|left|remaining|yet|still|already|status|on track|missed|run out|ran out|over|elapsed)\b", re.I)
# A question in which the order itself is the topic: "what is this", "tell me about the EO".
_ABOUT_ORDER = re.compile(r"\b(order|eo|executive|this|it|policy|document|thing)\b", re.I)
OVERVIEW_QUERY = "overview of the order"
# "Is it mandatory for banks?", "does this apply to us?": who must take part.
_APPLIES = re.compile(
    r"\b(mandatory|required|requirement|compulsory|obligat\w*|forced|have to|has to|must (?:we|i|they|us|you)|need to "
    r"(?:submit|share|participate|comply|join|do)|apply to|applies to|applicable|relevant (?:to|for)|pertains? to|affect\w*|comply|compliance|participat\w*)\b",
    re.I,
)
# "Does this apply to us?", "is it relevant for banks": who the order concerns, answered before plain retrieval.
_APPLIES_TO = re.compile(r"\b(appl(?:y|ies|icable)|relevant|pertain\w*)\s+(?:to|for)\b|\baffect(?:s|ed|ing)? (?:us|me|our|banks?|labs?|compan)", re.I)
# The asker's own organisation or sector: "do WE have to", "mandatory for a bank".
_ASKER = re.compile(r"\b(we|us|our|my|banks?|hospitals?|utilit(?:y|ies)|labs?|startups?|compan(?:y|ies)|firms?|developers?)\b", re.I)
VOLUNTARY_QUERY = "is participation in the review voluntary"
# U.S. state laws and bills: the reports only mention that a 2025 order sought to stop states regulating AI.
_STATE_LAW = re.compile(
    r"\b(california|texas|colorado|new york|illinois|utah|virginia|washington state|(?:sb|ab|hb) ?\d+)\b(?:'s)?", re.I
)
# "Will OpenAI take part?", "has Google signed up?": the reports say nothing about any company's choice.
_COMPANIES = r"(openai|open ai|anthropic|google|meta|microsoft|xai|amazon|nvidia|apple|deepmind|mistral)"
_COMPANY_JOINS = re.compile(
    rf"\b(will|would|is|are|has|have|did|does|do)\s+(?:\w+\s+){{0,2}}?{_COMPANIES}\b.{{0,40}}?\b(participat\w*|join\w*|opt(?:ed|ing)? in|"
    r"sign(?:ed|ing)? up|take part|taking part|submit\w*|volunteer\w*|hand(?:ed|ing)? over)\b",
    re.I,
)
# "Which specific models...", "which models has the NSA reviewed so far": no report names any.
_WHICH_SPECIFIC = re.compile(
    r"\b(which|what)\s+(specific|particular|actual|exact)\s+(models?|systems?|companies|labs|firms)\b"
    r"|\b(which|what)\s+(models?|systems?|companies|labs)\b.{0,50}\b(so far|already|to date|until now)\b",
    re.I,
)
# A fine is a figure; the reports name none (they do not say what happens to a company that declines).
_FINES = re.compile(r"\b(fines?|fined|monetary penalt\w*|civil penalt\w*|dollar penalt\w*)\b", re.I)
NO_FINES = (
    "The reports name no fines or penalties: taking part in the review is voluntary, and they do not say "
    "what happens if a company declines."
)
# Named commercial models: the reports never say which specific models are covered.
_PRODUCT = re.compile(
    r"\b(gemini|chat ?gpt|gpt[- ]?\d[\w.]*|gpt|claude (?:opus|sonnet|haiku)|opus|sonnet|haiku|llama|grok|mistral|copilot|"
    r"deepseek|qwen|bard|o[134](?:[- ]mini)?)\b",
    re.I,
)
_COVERED_ASK = re.compile(r"\b(covered|cover|count|counts|qualif\w*|in scope|subject to|frontier models?|reviewed|included)\b", re.I)
NOT_WHICH_MODELS = (
    "The reports don't name any specific model as covered or reviewed: the NSA director decides which models "
    "are covered frontier models, using classified standards the agencies have 60 days to write."
)
# "When did X happen": an entry that dates the event beats one that only mentions it.
_WHEN_DATE = re.compile(r"\b(when|what (?:date|day|month|year))\b", re.I)
_DATE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|20\d\d)\b", re.I)
DATED_BOOST = 0.6
# "What does the order itself say about X": the order's own text, not commentators' reactions.
_ORDER_SAYS = re.compile(r"\b(order|eo|it|text|itself|document|fact sheet)\s+(?:itself\s+|actually\s+)?(say|says|said|state[sd]?)\b", re.I)
ORDER_TEXT_BOOST = 1.5
_QUOTE = re.compile(r"\b(quotes?|quoted|verbatim|exact words|wording|word for word|in (?:its|their|his|her) own words)\b", re.I)
_QUOTED = re.compile(r"[“\"][^”\"]{25,}[”\"]")
QUOTE_BOOST = 0.6
_NEXT = re.compile(r"\b(what'?s next|(?:due|coming|happening) next|next (?:deadline|due date)s?|what comes next|next steps?|what happens next|upcoming|coming up)\b", re.I)
_MONTHS = {m: n for n, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.I)
# Other governments' rules are outside the reports, even when the country is mentioned in passing.
_FOREIGN = re.compile(
    r"\b(china|chinese|beijing|eu|european union|europe|european|uk|britain|british|united kingdom|canada|canadian|"
    r"japan|japanese|india|indian|france|french|germany|german|korea|korean|russia|russian|australia|brussels)\b"
    r"(?:'s)?(?:\s+\w+){0,4}?\s+(laws?|rules?|acts?|regulations?|regulators?|regimes?|polic(?:y|ies)|bills?|"
    r"institutes?|agenc(?:y|ies)|approach|framework|government|requirements?|version|equivalent|standards?)\b",
    re.I,
)
# "who is the CEO of X", "X's director's name": the answer must name a person holding that role.
_ROLE = r"(ceo|chief executive|founder|co-?founder|head|director|chair(?:man|woman)?|president|boss|leader|secretary|spokes(?:person|woman|man)|owner|commander|administrator)"
_IDENTITY = re.compile(
    rf"\bwho(?:'s| is| was)\s+(?:the\s+)?(?:\w+\s+){{0,3}}?{_ROLE}\b|\b{_ROLE}(?:'s)?\s+name\b|\bname of the\s+(?:\w+\s+){{0,3}}?{_ROLE}\b",
    re.I,
)
_HOW_MUCH = re.compile(r"\bhow (?:much|many)\s+([a-z][a-z' -]*)", re.I)
# "what happens if...", "what if...": consequences the reports may leave open.
_WHAT_IF = re.compile(r"\bwhat (happens|would happen|will happen|if)\b", re.I)
_PRONOUN = re.compile(r"\b(it|its|they|them|that|this|those|these|one)\b", re.I)
# Multipliers on the retrieval rank when the question asks for a kind of entry (reactions, the title).
REACTION_BOOST = 1.3
PERSON_REACTION_BOOST = 2.5  # a reaction entry whose title names the person asked about
EARLIER_BOOST = 1.6
DUE_BOOST = 1.5
WHAT_IF_BOOST = 1.3
TITLE_BOOST = 2.0
TITLE_MATCH_BONUS = 0.0  # an entry whose title names what is asked about beats one that mentions it in passing
_SPLIT = re.compile(
    r"[?;]+|\s+(?:and|also|plus)\s+(?=(?:who|when|what|whats|how|why|where|which|is|are|does|did|do|can|will)\b)",
    re.I,
)
_TIME_TERMS = frozenset(stem(w) for w in "time days day weeks week months month long years year".split())
_NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b", re.I)
# Words that may sit in a "list the deadlines" question: months, "next", "after signing", "exact".
_LISTING_TERMS = frozenset(stem(w) for w in [*_MONTHS, "next", "sign", "signing", "step", "steps", "upcoming", "coming", "come", "exact", "specific"])
_OPEN = frozenset(stem(w) for w in "open questions".split())
_EARLIER_TERMS = frozenset(stem(w) for w in "earlier previous prior before".split())
# Words that only say "tell me about deadlines" without naming a topic.
_DEADLINE_WORDS = frozenset(
    stem(w)
    for w in "deadline deadlines due dates date day days list all every upcoming next coming soon timeline schedule "
    "clocks clock responsible hook charge calendar overdue passed pass left remaining remain expire expired lapsed "
    "status track missed already yet still".split()
)


_SENTENCE = re.compile(r"(?<=[.!?:;])\s+")
_QUESTION_START = re.compile(r"^(who|whom|whose|what|whats|when|where|which|why|how|is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b", re.I)


def _focus(text: str) -> str:
    """In a message of several sentences, the sentences that ask something; the rest is context."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    if len(sentences) < 2:
        return text
    asks = [s for s in sentences if s.endswith("?") or _QUESTION_START.match(s)]
    return " ".join(asks) if asks else text


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


@dataclass
class Part:
    """One answered part of a question: the entry (or the order) and the intents asked for."""

    hit: Hit
    query: Query
    when: bool
    who: bool


@dataclass
class Block:
    headline: str
    lines: list[str]
    provisions: list[str]
    sources: list[Source]


def first_sentence(text: str) -> tuple[str, str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _people_pattern(content: Content) -> re.Pattern[str]:
    """Names of people in the content: quoted speakers and aliases like "David Sacks" -> "Sacks"."""
    names = {f.speaker.split(",")[0] for e in content.entries.values() for f in e.details if f.speaker}
    for alias in content.aliases:
        last = alias.canonical.split()[-1]
        if len(alias.canonical.split()) >= 2 and any(t == last for t in alias.terms):
            names.update([alias.canonical, last])
    names -= {"The White House", "The Guardian", "Anthropic"}
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r"|Trump)\b")


class Answerer:
    def __init__(self, content: Content, index: Index | None = None) -> None:
        self.content = content
        self.index = index or Index(content)
        self.people = _people_pattern(content)

    # ----- entry point -------------------------------------------------------------------
    def answer(self, question: str, now: dt.datetime) -> Answer:
        try:
            return self._answer(question if isinstance(question, str) else str(question), now)
        except Exception:  # a question must never crash the bot; the log says what broke
            log.exception("answering failed")
            return self.decline("Sorry, I couldn't process that question.")

    def _answer(self, question: str, now: dt.datetime) -> Answer:
        text = clean(question)
        talk = classify(text)
        if talk:
            return self.smalltalk(talk)
        if not any(w.isalnum() for w in words(text)):
            return self.decline("I didn't catch a question there.")
        if _INJECTION.search(text):
            return self.decline("I only answer questions about the executive order; I can't follow instructions or post messages.")
        unknown_sections = sorted({int(n) for n in _SECTION.findall(text)} - set(self.content.sections()))
        if unknown_sections:
            known = ", ".join(str(s) for s in sorted(self.content.sections())) or "none"
            return self.decline(
                f"The reports don't describe Section {unknown_sections[0]} of the order (they only name Section {known})."
            )
        if _FOREIGN.search(text):
            return self.decline("The reports only cover this U.S. executive order, not other governments' AI rules.")
        if (_PRODUCT.search(text) and _COVERED_ASK.search(text)) or _WHICH_SPECIFIC.search(text):
            return self.decline(NOT_WHICH_MODELS)
        if _STATE_LAW.search(text):
            return self.decline("The reports don't cover state AI laws or bills; they only cover this federal executive order.")
        if _COMPANY_JOINS.search(text):
            return self.decline("The reports don't say whether any particular company will take part; participation is voluntary.")
        if _FINES.search(text):
            return self.decline(NO_FINES)
        today = now.date()
        listing = self._deadline_listing(text, today) or self._open_questions(text)
        if listing:
            return listing
        parts, missed = ([], []) if _APPLIES_TO.search(text) else self._parts(_focus(text))
        if not parts and _focus(text) != text and not _APPLIES_TO.search(text):
            parts, missed = self._parts(text)
        first = self._kind(parts[0].hit.doc_id) if parts else ""
        asks_who_must = _APPLIES.search(text) and not _WHAT_IF.search(text) and first != "open-question"
        if parts and asks_who_must and (first != "provision" or _ASKER.search(text)):
            parts = self._fallback_parts(text) or parts  # "is any of this mandatory for banks": voluntary first
        if not parts:
            parts = self._fallback_parts(text)
            missed = []
        if not parts:
            talk = loose(text)  # "morning! what kind of stuff can i ask?": no topic, a conversational turn
            return self.smalltalk(talk) if talk else self.decline("The reports I draw on don't cover that.")
        unsaid = self._unsaid(text, parts[0])
        if unsaid:
            return self.decline(unsaid)
        answer = self._compose(parts, today)
        if missed:
            note = f"\n\nThe reports don't cover the rest of your question ({'; '.join(missed)})."
            answer = answer.model_copy(update={"text": answer.text + note})
        return answer

    # ----- understanding ---------------------------------------------------------------------
    def _parts(self, text: str) -> tuple[list[Part], list[str]]:
        """Answerable parts of the question, and the clauses nothing in the index covers."""
        clauses = [c.strip() for c in _SPLIT.split(text) if c and c.strip()] or [text]
        parts: list[Part] = []
        missed: list[str] = []
        for clause in clauses:
            query = self.index.parse(clause)
            when, who = bool(_WHEN.search(clause)), bool(_WHO.search(clause))
            topical = [c for c in query.concepts if not self._generic(c.alternatives)]
            if parts and _PRONOUN.search(clause):  # "... and who runs it?": "it" is the previous part's topic
                terms = self.index.doc_terms[parts[-1].hit.doc_id]
                topical = [c for c in topical if c.known and not c.covered_by(terms)]
            if not topical and parts:  # "... and by when?" modifies the previous part
                parts[-1].when, parts[-1].who = parts[-1].when or when, parts[-1].who or who
                continue
            hit = self._best(query, clause)
            if hit is None:
                if query.concepts:
                    missed.append(clause)
                continue
            same = next((p for p in parts if p.hit.doc_id == hit.doc_id), None)
            if same:
                same.when, same.who = same.when or when, same.who or who
            else:
                parts.append(Part(hit, query, when, who))
        return parts, missed

    def _fallback_parts(self, text: str) -> list[Part]:
        """Questions no single entry covers that still have a sure answer: the order itself, or who must take part."""
        query = self.index.parse(text)
        topical = [c for c in query.concepts if not self._generic(c.alternatives)]
        if not topical and _ABOUT_ORDER.search(text):  # "what is this?", "tell me about the EO"
            return self._parts(OVERVIEW_QUERY)[0]
        if _APPLIES.search(text):  # "is this required for banks?": voluntary, plus what the reports say about banks
            parts = self._parts(VOLUNTARY_QUERY)[0]
            rest = self._audience(query, parts)
            return parts + rest if parts else []
        return []

    def _audience(self, query: Query, parts: list[Part]) -> list[Part]:
        """Entries about whoever the applicability question names (banks, labs...), beyond the voluntary part."""
        if not parts:
            return []
        asked = frozenset(self.index.parse(VOLUNTARY_QUERY).terms)
        applies = {w for m in _APPLIES.finditer(query.text) for w in words(m.group(0))}
        named = [
            c for c in query.concepts
            if c.known and not c.covered_by(asked) and not applies & set(words(c.surface)) and not self._generic(c.alternatives)
        ]
        if not named:
            return []
        sub = Query(query.text, tuple(named))
        hits = [h for h in self.index.search(sub, limit=4) if h.coverage >= SURE_COVERAGE]
        top = hits[0].score if hits else 0.0
        close = [h for h in hits if h.score >= 0.7 * top]
        close.sort(key=lambda h: self._kind(h.doc_id) != "provision")  # what the order does for them comes first
        return [Part(h, sub, False, False) for h in close[:2]]

    def _kind(self, doc_id: str) -> str:
        entry = self.content.entries.get(doc_id)
        return entry.kind if entry else "order"

    def _generic(self, alternatives: tuple[frozenset[str], ...]) -> bool:
        return all(alt <= _DEADLINE_WORDS for alt in alternatives)

    def _best(self, query: Query, clause: str) -> Hit | None:
        if not query.concepts:
            return None
        hits = self.index.search(query, limit=12)
        if not hits:
            return None
        intents = self._intents(clause)

        def rank(hit: Hit) -> float:
            titled = sum(c.weight for c in query.concepts if c.covered_by(self.index.title_terms[hit.doc_id]))
            total = sum(c.weight for c in query.concepts) or 1.0
            prior = self._prior(hit.doc_id, query, intents)
            return hit.score * (0.5 + hit.coverage) * prior * (1 + TITLE_MATCH_BONUS * titled / total)

        if "reaction" in intents:  # "what did X think": X's own reaction entry, when there is one
            named = [h for h in hits if self._names_person(h.doc_id, query)]
            if named:  # the person is the anchor; the rest of the question names what they reacted to
                return max(named, key=rank)
        best = max(hits, key=rank)
        if best.coverage < MIN_COVERAGE or best.score < MIN_SCORE:
            return None
        if query.unknown and best.coverage < SURE_COVERAGE:
            # Words the reports never use: answer only if what did match is a strong, specific anchor.
            anchor = sum(c.weight for c in query.concepts if c.surface in best.matched)
            if anchor < MIN_ANCHOR:
                return None
        return best

    @staticmethod
    def _intents(clause: str) -> frozenset[str]:
        """What kind of entry the clause asks for, independent of its topic."""
        found = {
            "reaction": _REACTION, "title": _TITLE, "earlier": _EARLIER, "due": _DUE, "what_if": _WHAT_IF,
            "dated": _WHEN_DATE, "order_says": _ORDER_SAYS, "quote": _QUOTE,
        }
        intents = {name for name, pattern in found.items() if pattern.search(clause)}
        if "order_says" in intents:  # "what does the order say": the order's text, not what people said about it
            intents.discard("reaction")
        return frozenset(intents)

    def _names_person(self, doc_id: str, query: Query) -> bool:
        entry = self.content.entries.get(doc_id)
        if entry is None or entry.kind != "reaction":
            return False
        title = self.index.title_terms[doc_id]
        return any(c.covered_by(title) and not self._generic(c.alternatives) and c.weight >= 1.5 for c in query.concepts)

    def _prior(self, doc_id: str, query: Query, intents: frozenset[str]) -> float:
        """Multiplier on an entry's rank from the question's intent (who reacted, what came before...)."""
        if doc_id == ORDER_DOC:
            return TITLE_BOOST if "title" in intents else 1.0
        entry = self.content.entries[doc_id]
        title = self.index.title_terms[doc_id]
        prior = 1.0
        if "reaction" in intents and entry.kind == "reaction":
            prior *= PERSON_REACTION_BOOST if self._names_person(doc_id, query) else REACTION_BOOST
        if "earlier" in intents and title & _EARLIER_TERMS:
            prior *= EARLIER_BOOST
        if "due" in intents and self._entry_deadlines(entry):
            prior *= DUE_BOOST
        if "what_if" in intents and entry.kind == "open-question":
            prior *= WHAT_IF_BOOST
        if "order_says" in intents and entry.kind == "provision":
            prior *= ORDER_TEXT_BOOST
        if "dated" in intents and "due" not in intents:
            prior *= 1 + DATED_BOOST * self._unit_share(doc_id, query, _DATE)
        if "quote" in intents:
            prior *= 1 + QUOTE_BOOST * self._unit_share(doc_id, query, _QUOTED)
        return prior

    def _unit_share(self, doc_id: str, query: Query, marker: re.Pattern[str]) -> float:
        """Share of the question's concepts that one marked statement of the entry covers (a dated one, a quote)."""
        total = sum(c.weight for c in query.concepts) or 1.0
        best = 0.0
        for unit in self._units(doc_id):
            if marker.search(unit):
                terms = self.index.terms_of(unit)
                best = max(best, sum(c.weight for c in query.concepts if c.covered_by(terms)) / total)
        return best

    # ----- questions the entry is near but does not answer ------------------------------------
    def _units(self, doc_id: str) -> list[str]:
        """The entry's statements one by one (summary, facts, report versions)."""
        entry = self.content.entries.get(doc_id)
        if entry is None:
            return [self.content.order.summary]
        units = [entry.summary, *(self._fact_text(f) for f in entry.details)]
        units += [v.text for d in entry.discrepancies for v in d.versions]
        return units

    def _unsaid(self, text: str, part: Part) -> str | None:
        """A reason to decline when the question asks for a name or a figure the entry does not give."""
        identity = _IDENTITY.search(text)
        if identity:
            role = next(g for g in identity.groups() if g).lower()
            others = [c for c in part.query.concepts if role not in c.surface.lower() and not self._generic(c.alternatives)]
            for unit in self._units(part.hit.doc_id):
                terms = self.index.terms_of(unit)
                if role in unit.lower() and self.people.search(unit) and all(c.covered_by(terms) for c in others):
                    return None
            return "The reports don't name that person."
        amount = _HOW_MUCH.search(text)
        if amount:
            phrase = words(amount.group(1))
            lead = next((i for i, w in enumerate(phrase) if w not in STOPWORDS), len(phrase))
            head = list(itertools.takewhile(lambda w: w not in STOPWORDS, phrase[lead:]))[:2]  # the noun counted
            if not head or stem(head[0]) in _TIME_TERMS:
                return None
            head_terms = self.index.terms_of(" ".join(head))  # no spelling fixes: "funding" is not "finding"
            for unit in self._units(part.hit.doc_id):
                if _NUMBER.search(unit) and head_terms & self.index.terms_of(unit):
                    return None
            return "The reports don't give that figure."
        return None

    def _open_questions(self, text: str) -> Answer | None:
        """"What's still unknown?": every open question the reports name."""
        query = self.index.parse(text)
        if not query.concepts or not all(c.alternatives[-1] == _OPEN or self._generic(c.alternatives) for c in query.concepts):
            return None
        entries = [e for e in self.content.entries.values() if e.kind == "open-question"]
        headline = f"The reports leave {len(entries)} questions open:"
        lines = [headline, *(f"- {e.title.removeprefix('Open question: ')} {first_sentence(e.summary)[0]}" for e in entries)]
        return self._answer_from(headline, "\n".join(lines), [e.id for e in entries], [s for e in entries for s in e.sources], 1.0)

    # ----- deadlines overview ------------------------------------------------------------
    def _deadline_listing(self, text: str, today: dt.date) -> Answer | None:
        query = self.index.parse(text)
        asks = (_WHEN.search(text) and re.search(r"deadline|due|dates?\b|timeline|schedule|clock", text, re.I)) or _NEXT.search(text)
        if not query.concepts or not asks:
            return None
        listing_words = _DEADLINE_WORDS | _LISTING_TERMS
        if not all(any(all(t.isdigit() or t in listing_words for t in alt) for alt in c.alternatives) for c in query.concepts):
            return None
        days = {int(n) for n in re.findall(r"\b(\d+)[- ]?days?\b", text, re.I)}
        days |= {int(t) for c in query.concepts for alt in c.alternatives if stem("day") in alt for t in alt if t.isdigit()}
        months = {_MONTHS[m.lower()] for m in _MONTH.findall(text)}
        statuses = [s for s in deadline_statuses(self.content, today) if not days or s.deadline.days_after_signing in days]
        if months:
            statuses = [s for s in statuses if s.due.month in months]
            if not statuses:
                dates = "; ".join(f"{s.deadline.title}: {long_date(s.due)}" for s in deadline_statuses(self.content, today))
                headline = "None of the order's deadlines falls in that month."
                return self._answer_from(headline, f"{headline} The deadlines are: {dates}.", [], [], 1.0)
        if not statuses:
            return None
        scope = f"{'/'.join(str(d) for d in sorted(days))}-day deadlines" if days else "deadlines"
        scope += f" due in {', '.join(dt.date(2000, m, 1).strftime('%B') for m in sorted(months))}" if months else ""
        headline = f"The order sets {len(statuses)} {scope}, counted from the signing date:"
        lines = [headline]
        if _STATUS.search(text) or _NEXT.search(text):  # "has it passed?", "what's next?": where they stand today
            headline = self._standing(statuses, today)
            lines.insert(0, headline)
        for s in statuses:
            lines.append(self._deadline_line(s.deadline, today))
        lines.append(self._date_note())
        sources = [src for s in statuses for src in s.deadline.sources]
        provisions = list(dict.fromkeys(s.deadline.provision for s in statuses))
        return self._answer_from(headline, "\n".join(lines), provisions, sources, 1.0)

    @staticmethod
    def _standing(statuses: list, today: dt.date) -> str:
        """One sentence on where the deadlines stand on ``today``: how many passed, what is due next."""
        passed = [s for s in statuses if s.state == "passed"]
        due_today = [s.deadline.title for s in statuses if s.state == "today"]
        upcoming = sorted((s for s in statuses if s.state == "upcoming"), key=lambda s: s.due)
        n = len(statuses)
        if len(passed) == n:
            done = "it has passed" if n == 1 else f"all {n} have passed"
            last = max(passed, key=lambda s: s.due)
            return f"As of {long_date(today)}, {done} ({last.deadline.title}: {long_date(last.due)}, {last.label})."
        bits = ["none has passed yet" if not passed else f"{len(passed)} of {n} {'has' if len(passed) == 1 else 'have'} passed"]
        if due_today:
            bits.append(f"due today: {', '.join(due_today)}")
        if upcoming:
            nxt = upcoming[0]
            same = [s.deadline.title for s in upcoming if s.due == nxt.due]
            bits.append(f"next due: {', '.join(same)} on {long_date(nxt.due)} ({nxt.label})")
        return f"As of {long_date(today)}, {'; '.join(bits)}."

    def _deadline_line(self, deadline: Deadline, today: dt.date) -> str:
        status = status_for(self.content, deadline, today)
        who = ", ".join(deadline.who)
        return (
            f"- {deadline.title}: {deadline.what} Who: {who}. Due {deadline.days_after_signing} days after signing, "
            f"on {long_date(status.due)} ({status.label})."
        )

    def _date_note(self) -> str:
        order = self.content.order
        basis = "inferred from the reports, which do not print it" if order.signing_date_basis == "inferred" else "as reported"
        return f"Dates count from the signing date, {long_date(order.signing_date)} ({basis})."

    # ----- composing ---------------------------------------------------------------------
    def _compose(self, parts: list[Part], today: dt.date) -> Answer:
        blocks = [self._block(p, today) for p in parts]
        headline = " ".join(b.headline for b in blocks)
        body = "\n\n".join("\n".join([b.headline, *b.lines]) for b in blocks)
        if any(self._shows_deadlines(p) for p in parts):
            body += "\n" + self._date_note()
        provisions = list(dict.fromkeys(p for b in blocks for p in b.provisions))
        sources = [s for b in blocks for s in b.sources]
        score = min(p.hit.coverage for p in parts)
        return self._answer_from(headline, body, provisions, sources, score)

    def _shows_deadlines(self, part: Part) -> bool:
        entry = self.content.entries.get(part.hit.doc_id)
        return bool(entry and self._entry_deadlines(entry))

    def _block(self, part: Part, today: dt.date) -> Block:
        if part.hit.doc_id == ORDER_DOC:
            return self._order_block()
        entry = self.content.entries[part.hit.doc_id]
        first, rest = first_sentence(entry.summary)
        deadlines = self._rank(self._entry_deadlines(entry), part.query, lambda d: f"{d.title} {d.what} {' '.join(d.who)}")
        headline = first
        if part.when and deadlines:
            d = deadlines[0]
            status = status_for(self.content, d, today)
            headline = f"{d.title}: due {d.days_after_signing} days after signing, on {long_date(status.due)} ({status.label})."
            rest = entry.summary
        deadline_lines = [self._deadline_line(d, today) for d in deadlines]
        shown = set(self.index.terms_of(headline)).union(*(self.index.terms_of(l) for l in deadline_lines))
        lines: list[str] = []
        facts: list[Fact] = []
        for line, fact in self._support(entry, part, rest):
            terms = self.index.terms_of(line)
            asked_quote = fact is not None and _QUOTE.search(part.query.text) and _QUOTED.search(fact.text)
            if terms and len(terms & shown) / len(terms) >= REPEAT_SHARE and not asked_quote:
                continue  # says again what the headline or a deadline line already says
            shown |= terms
            lines.append(line)
            facts += [fact] if fact else []
            if len(lines) == MAX_SUPPORT:
                break
        lines += deadline_lines
        sources = [*entry.sources, *(s for f in facts for s in f.sources), *(s for d in deadlines for s in d.sources)]
        return Block(headline, lines, [entry.id], sources)

    def _support(self, entry: Entry, part: Part, rest: str) -> list[tuple[str, Fact | None]]:
        """Candidate supporting lines, most relevant to the question first."""
        out: list[tuple[str, Fact | None]] = [(rest, None)] if rest else []
        if part.who and entry.agencies:
            out.append((f"Agencies involved: {', '.join(entry.agencies)}.", None))
        ranked: list[tuple[float, int, str, Fact | None]] = []
        for n, disc in enumerate(entry.discrepancies):
            versions = "; ".join(f"{v.text} ({self._labels(v.sources)})" for v in disc.versions)
            score = self._overlap(part.query, f"{disc.topic} {' '.join(v.text for v in disc.versions)}")
            if score > 0:  # several reports disagree: worth showing when it is what was asked
                ranked.append((score * 1.5, -n, f"Reports differ on {disc.topic}: {versions}", None))
        quote = bool(_QUOTE.search(part.query.text))  # "give me the quote": quoted statements first
        for fact in self._select_facts(entry, part.query):
            score = self._overlap(part.query, self._fact_text(fact))
            score += 100.0 if quote and _QUOTED.search(fact.text) else 0.0
            ranked.append((score, -100 - len(ranked), f"- {self._fact_text(fact)}", fact))
        ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
        return out + [(line, fact) for *_, line, fact in ranked]

    def _overlap(self, query: Query, text: str) -> float:
        return sum(self.index.idf.get(t, 0.0) for t in query.terms & self.index.terms_of(text))

    def _order_block(self) -> Block:
        order = self.content.order
        headline = f'The order is titled "{order.title}".'
        return Block(headline, [order.summary, self._date_note()], [ORDER_DOC], list(order.sources))

    def _entry_deadlines(self, entry: Entry) -> list[Deadline]:
        ids = dict.fromkeys([*entry.deadlines, *(d.id for d in self.content.deadlines.values() if d.provision == entry.id)])
        return [self.content.deadlines[i] for i in ids if i in self.content.deadlines]

    def _rank(self, items: list, query: Query, text_of) -> list:
        terms = query.terms
        scored = [(sum(self.index.idf.get(t, 0.0) for t in terms & self.index.terms_of(text_of(it))), -n, it) for n, it in enumerate(items)]
        return [it for *_, it in sorted(scored, key=lambda x: (x[0], x[1]), reverse=True)]

    def _select_facts(self, entry: Entry, query: Query) -> list[Fact]:
        terms = query.terms
        quote = bool(_QUOTE.search(query.text))
        scored = []
        for position, fact in enumerate(entry.details):
            overlap = terms & self.index.terms_of(self._fact_text(fact))
            bonus = 100.0 if quote and _QUOTED.search(fact.text) else 0.0
            scored.append((sum(self.index.idf.get(t, 0.0) for t in overlap) + bonus, -position, fact))
        matched = [s for s in scored if s[0] > 0]
        chosen = sorted(matched, key=lambda s: (s[0], s[1]), reverse=True)[:MAX_DETAILS]
        if len(chosen) < 2:
            chosen += [s for s in scored if s not in chosen][: 2 - len(chosen)]
        return [fact for *_, fact in sorted(chosen, key=lambda s: -s[1])]

    @staticmethod
    def _fact_text(fact: Fact) -> str:
        return f"{fact.speaker}: {fact.text}" if fact.speaker and fact.speaker not in fact.text else fact.text

    def _labels(self, sources: list[Source]) -> str:
        return "; ".join(dict.fromkeys(self.content.source_label(s) for s in sources))

    def _answer_from(self, headline: str, body: str, provisions: list[str], sources: list[Source], score: float) -> Answer:
        labels = list(dict.fromkeys(self.content.source_label(s) for s in sources))
        return Answer(answered=True, headline=headline, text=body, provisions=provisions, sources=labels, score=round(score, 3))

    # ----- small talk --------------------------------------------------------------------
    def smalltalk(self, talk: Talk) -> Answer:
        """A friendly reply to a greeting, a request for help, thanks or goodbye."""
        if talk in ("thanks", "bye"):
            headline = "You're welcome!" if talk == "thanks" else "Bye for now!"
            text = f"{headline} Ask me anything else about the executive order whenever you like."
            return Answer(answered=True, headline=headline, text=text, kind="smalltalk", score=1.0)
        title = self.content.order.title
        headline = "Hi! I'm eo-bot." if talk == "greeting" else "Here's what I can help with."
        text = (
            f"{headline} I answer questions about the U.S. executive order \"{title}\" from five news reports, "
            "citing my sources: what the order does, who is responsible, its deadlines and how many days are left, "
            "its sections, its background and the reactions to it. Try, for example:\n"
            + "\n".join(f"- {s}" for s in SUGGESTIONS)
        )
        return Answer(answered=True, headline=headline, text=text, suggestions=list(SUGGESTIONS), kind="smalltalk", score=1.0)

    # ----- declining ---------------------------------------------------------------------
    def decline(self, reason: str) -> Answer:
        title = self.content.order.title
        text = (
            f"{reason} I can only answer from five news reports about the executive order \"{title}\": "
            "what it does, its deadlines and who is responsible, its background and the reactions to it. "
            "I'd rather not guess. Try, for example:\n" + "\n".join(f"- {s}" for s in SUGGESTIONS)
        )
        return Answer(answered=False, headline=reason, text=text, suggestions=list(SUGGESTIONS))
