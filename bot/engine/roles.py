"""Questions shaped around a role or a premise, answered before plain retrieval.

- "who leads/runs/is in charge of X": X is resolved first, then who the reports say is responsible for it;
- "what are X supposed to do", "what's expected of X": the actor X mapped to the provisions that ask something of it;
- "is there a deadline for X": X's deadline, or plainly that the reports give none for X;
- "how do A and B differ": both people's reactions;
- "could the NSA block a release": the order creates no licensing or preclearance;
- "Mythos is the OpenAI model, right?": the premise corrected from the reports.

Each returns the entries to compose (and, where the shape needs it, a headline to lead with), or None so the
question goes on to ordinary retrieval.
"""

from __future__ import annotations

import re

from bot.content.deadlines import long_date
from bot.content.models import Content
from bot.engine.index import Hit, Index, words
from bot.engine.intents import DUE
from bot.engine.patterns import Matcher, ci
from bot.engine.retrieve import Part, Retriever, Shaped

_LEAD_VERB = (
    r"(?:le+ds?|lead|leading|on the hook for|(?:is |are )?tasked with|runs?|running|heads?|heading|oversees?|overseeing|manag(?:es?|ing)|directs?|directing|"
    r"(?:is |are )?in charge of|(?:is |are )?responsible for|(?:is |are )?charge of|coordinat(?:es?|ing))"
)
LEADER = ci(rf"\bwho(?:'s|s| is| are| will| would)?\s+(?:be\s+)?{_LEAD_VERB}\s+(.+)")
_ACTOR = r"([a-z][\w' .-]{0,40}?)"
_WHAT = r"(?:what|waht|wat|wht|whta)"  # typed fast: "waht does treasury have to deliver"
OBLIGATION = ci(
    rf"\b{_WHAT} (?:are|is|do|does|must|should|will|would)\s+{_ACTOR}\s+(?:supposed|expected|required|meant|obliged|obligated|asked|"
    rf"going|have|has|need|needs|got)\s+to (?:do|deliver|produce|submit|provide|hand over|create|issue)\b|\b{_WHAT} (?:must|should|will) {_ACTOR} do\b"
    rf"|\b{_WHAT}(?:'s|s| is| are)\s+(?:expected|required|asked|demanded)\s+(?:of|from)\s+{_ACTOR}\s*(?:[?.!]|$|\b(?:under|in|by)\b)"
    rf"|\b{_WHAT}(?:'s|s| is| are)\s+(?:the\s+)?{_ACTOR}(?:'s|s'|s)\s+(?:job|role|task|duty|duties|responsibilit\w*)\b"
    rf"|\b{_WHAT} (?:obligations|duties|requirements) (?:do|does) {_ACTOR} have\b|\b{_ACTOR}(?:'s|s')? (?:obligations|duties)\b",
)
DEADLINE_FOR = ci(
    r"\b(?:is (?:there|ther|thr|their)|are there|any|was there|do(?:es)? (?:it|the order) (?:set|give|have))\s+(?:a |an |any )?(?:deadlines?|due dates?|"
    r"time ?limits?|time ?frames?|cut-?offs?)\s+(?:for|on|of)\s+(.+)"
    r"|\bdo(?:es)?\s+([a-z][\w' .-]{0,40}?)\s+have\s+(?:a |an |any )?(?:deadlines?|due dates?|time ?limits?)\b",
)
COMPARE = ci(r"\b(differ\w*|difference|compare[sd]?|comparison|contrast\w*|versus|vs\.?|(?:dis)?agree\w*|same view|both)\b")
BLOCK = ci(
    r"\b(?:can|could|will|would|may|does|do|is|are)\b.{0,40}?\b(?:block\w*|stop\w*|prevent\w*|veto\w*|halt\w*|forbid\w*|"
    r"prohibit\w*|bar|ban|hold up|delay\w*)\b.{0,40}?\b(?:releas\w*|launch\w*|deploy\w*|ship\w*|publish\w*)",
)
# Models and programmes the reports attribute to a company: a question that pins them on another company is corrected.
OWNERS = {"mythos": "Anthropic", "claude": "Anthropic", "glasswing": "Anthropic", "chatgpt": "OpenAI"}
_COMPANY = ci(r"\b(openai|open ai|anthropic|google|meta|microsoft|xai|amazon|nvidia|apple|deepmind|mistral)\b")
_OWNED = ci(r"\b(model|company|lab|firm|product|made|make[sr]?|built|build|from|owns?|owned|belongs?|developed|'s)\b|'s\b")
# Actors named by their kind, mapped to what the order asks of them (agencies named by name are resolved by search).
ACTORS: list[tuple[Matcher, tuple[str, ...]]] = [
    (
        ci(
            r"\b(labs?|developers?|compan(?:y|ies)|firms?|startups?|model makers?|ai makers?|frontier labs?|tech(?: companies| firms| industry)?|industry|builders?)\b"
        ),
        ("voluntary-review", "covered-frontier-models"),
    ),
    (
        ci(
            r"\b(banks?|financial|critical infrastructure|infrastructure operators?|operators?|utilit(?:y|ies)|hospitals?|private sector)\b"
        ),
        ("clearinghouse",),
    ),
]
# "When did the order get signed?", "what day was it signed": the date, not only the weekday the reports give.
SIGNED_WHEN = ci(
    r"\b(?:when|what (?:date|day)|which (?:date|day))\b.{0,40}?\bsign(?:ed|ing)?\b"
    # "the signing date?", "what was the signing day?"; not "… on signing day" (a time, not a question about it)
    r"|\bsign(?:ed|ing) (?:date|when|on what)\b|\bthe sign(?:ed|ing) day\W*$"
)
# "he signed it on a monday right?": a weekday claimed for the signing
SIGNED_ON_DAY = ci(
    r"\bsign(?:ed|s)?\b(?: (?:it|this|the order|the eo))?\s+on (?:a )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# "how many orgs got access on signing day?": a count, not a date
_COUNT_ASKED = ci(r"\bhow (?:many|much)\b")
SIGNING_TITLE = ci(r"^signed\b")
_DOING = re.compile(r"^[a-z]+ing(?:\s+(?:up|out|together))?\s+", re.I)
# A signing question about something else (the draft, the cancelled ceremony) is left to retrieval.
_OTHER_SIGNING = ci(r"\b(draft\w*|cancel\w*|call\w* off|postpon\w*|may|90|earlier|ceremony|version)\b")
PROVISION_ENTRY = "provision"
REACTION_ENTRY = "reaction"
BLOCK_ENTRY = "no-licensing"


class Roles:
    def __init__(self, content: Content, index: Index, retriever: Retriever) -> None:
        self.content = content
        self.index = index
        self.retriever = retriever
        self.retriever_short = {  # "National Security Agency" -> "NSA", from the aliases
            a.canonical: short
            for a in content.aliases
            if (short := next((t for t in a.terms if t.isupper() and t.isalpha() and 2 <= len(t) <= 5), None))
        }

    def shaped(self, text: str) -> Shaped | None:
        return (
            self.signed(text)
            or self.premise(text)
            or self.leader(text)
            or self.obligation(text)
            or self.deadline_for(text)
            or self.compare(text)
            or self.block(text)
        )

    # ----- helpers -------------------------------------------------------------------------
    def _part(self, doc_id: str, text: str, when: bool = False, who: bool = False, narrow: bool = False) -> Part:
        return Part(Hit(doc_id, 1.0, 1.0, ()), self.index.parse(text), when, who, narrow)

    def _kind(self, doc_id: str) -> str:
        return self.retriever.kind(doc_id)

    def _resolve(self, phrase: str, provision: bool = False) -> str | None:
        """The entry a phrase ("the review", "OPM") names; with ``provision``, the provision that concerns it."""
        phrase = phrase.strip(" ?.!")
        if not phrase:
            return None
        parts: list[Part] = []
        if _DOING.match(phrase):  # "writing the benchmark": the thing done names the entry
            parts, _ = self.retriever.parts(_DOING.sub("", phrase, count=1))
        if not parts:
            parts, _ = self.retriever.parts(phrase)
        found = parts[0].hit.doc_id if parts else None
        if found and (not provision or self._kind(found) == PROVISION_ENTRY):
            return found
        if not provision:
            return None
        hits = self.index.search(self.index.parse(phrase), limit=12)
        return next((h.doc_id for h in hits if self._kind(h.doc_id) == PROVISION_ENTRY and h.coverage >= 0.5), None)

    def _named(self, phrase: str) -> str | None:
        """The entry that covers most of the phrase ("the review"): stray words (a channel name) weigh less than coverage."""
        hits = [h for h in self.index.search(self.index.parse(phrase), limit=12) if h.coverage >= 0.5]
        best = max(hits, key=lambda h: (h.coverage, h.score), default=None)
        return best.doc_id if best else self._resolve(phrase)

    def _actor(self, phrase: str) -> tuple[str, ...]:
        own = self._resolve(phrase, provision=True) if any(w.isupper() for w in phrase.split()) else None
        if own:  # an agency by name: its own provision
            return (own,)
        for pattern, ids in ACTORS:
            if pattern.search(phrase):
                return ids
        own = self._resolve(phrase, provision=True)
        return (own,) if own else ()

    # ----- shapes --------------------------------------------------------------------------
    def leader(self, text: str) -> Shaped | None:
        m = LEADER.search(text)
        if not m or DUE.search(_group(text, m)):  # "who is on the hook for the deadlines": the deadline listing
            return None
        doc = self._resolve(_group(text, m))
        entry = self.content.entries.get(doc or "")
        if entry is None:
            return None
        parts = [self._part(entry.id, text, who=True, narrow=True)]
        if len(entry.agencies) == 1 and not self._names(entry.summary, entry.agencies[0]):
            # "who leads the review": the review's own summary names no one; the related provision that does comes next
            partner = next(
                (
                    r
                    for r in entry.related
                    if self._kind(r) == PROVISION_ENTRY and set(self.content.entries[r].agencies) & set(entry.agencies)
                ),
                None,
            )
            if partner:  # the one that names who is in charge leads
                parts.insert(0, self._part(partner, text, who=True, narrow=True))
        return Shaped(parts)

    def _names(self, summary: str, agency: str) -> bool:
        short = self.retriever_short.get(agency)
        return agency.lower() in summary.lower() or bool(short and short in summary)

    def obligation(self, text: str) -> Shaped | None:
        m = OBLIGATION.search(text)
        if not m:
            return None
        phrase = _group(text, m)
        rest = text[m.end() :].strip(" ?.!")  # "...about their own networks": what the actor does it about
        ids = (self._actor(f"{phrase} {rest}") if rest else ()) or self._actor(phrase)
        if not ids:
            return None
        named = not any(pattern.search(phrase) for pattern, _ in ACTORS)  # an agency by name: only what it must do
        return Shaped([self._part(i, text, narrow=named) for i in ids])

    def deadline_for(self, text: str) -> Shaped | None:
        m = DEADLINE_FOR.search(text)
        if not m:
            return None
        phrase = _group(text, m).strip(" ?.!")
        doc = self._resolve(phrase, provision=True) or self._resolve(phrase)
        if doc is None:
            return None
        if self.retriever.deadlines_of.get(doc):
            return Shaped([self._part(doc, text, when=True)])
        named = " ".join(re.findall(r"[\w'-]+", phrase)) or "that"
        lead = f"The reports give no deadline for {named}."
        return Shaped([self._part(doc, text)], lead)

    def compare(self, text: str) -> Shaped | None:
        if not COMPARE.search(text):
            return None
        query = self.index.parse(text)
        people = [d for d in self.index.doc_ids if self.retriever.names_person(d, query)]
        if len(people) < 2:
            return None
        return Shaped([self._part(d, text) for d in people[:3]])

    def block(self, text: str) -> Shaped | None:
        if not BLOCK.search(text) or BLOCK_ENTRY not in self.content.entries:
            return None
        return Shaped([self._part(BLOCK_ENTRY, text)])

    def signed(self, text: str) -> Shaped | None:
        """ "What day did Trump sign it?": the signing entry, led by the (inferred) date. "He signed it on a Monday,
        right?": the weekday checked first."""
        claimed = SIGNED_ON_DAY.search(text)
        asks_when = SIGNED_WHEN.search(text) and not _COUNT_ASKED.search(text)
        if not (claimed or asks_when) or _OTHER_SIGNING.search(text):
            return None
        doc = next((e.id for e in self.content.entries.values() if SIGNING_TITLE.search(e.title)), None)
        if doc is None:
            return None
        lead = signing_lead(self.content, "when signed", doc)
        if claimed:
            day = long_date(self.content.order.signing_date).split(",")[0]
            verdict = "Yes" if claimed.group(1).lower() == day.lower() else f"No, not a {claimed.group(1).capitalize()}"
            lead = f"{verdict}: {lead[:1].lower()}{lead[1:]}"
        return Shaped([self._part(doc, text, when=True)], lead)

    def premise(self, text: str) -> Shaped | None:
        low = text.lower()
        owned = [(name, owner) for name, owner in OWNERS.items() if name in words(low)]
        if not owned or not _OWNED.search(low):
            return None
        named = {c.replace(" ", "").lower() for c in _COMPANY.findall(low)}
        name, owner = owned[0]
        others = [c for c in named if c != owner.lower()]
        if not others or owner.lower() in named:
            return None
        doc = self._resolve(name)
        if doc is None:
            return None
        shown = {"openai": "OpenAI", "xai": "xAI", "deepmind": "DeepMind"}.get(others[0], others[0].capitalize())
        lead = f"No: {name.capitalize()} is {owner}'s, not {shown}'s."
        return Shaped([self._part(doc, text)], lead)


def signing_lead(content: Content, text: str, doc_id: str) -> str:
    """ "When was it signed?" answered by the signing entry: the (inferred) signing date leads the headline."""
    entry = content.entries.get(doc_id)
    if entry is None or not SIGNED_WHEN.search(text) or not SIGNING_TITLE.search(entry.title):
        return ""
    order = content.order
    basis = "inferred from the reports" if order.signing_date_basis == "inferred" else "as reported"
    return f"The order was signed on {long_date(order.signing_date)} ({basis})."


def _group(text: str, match: re.Match[str]) -> str:
    """The first group that matched, as typed (patterns match the lower-cased text)."""
    n = next(i for i, g in enumerate(match.groups(), start=1) if g)
    return text[match.start(n) : match.end(n)]


def outlets_line(content: Content) -> str:
    """The outlets and documents the reports credit, for "which outlets reported this?" (from the content's sources)."""
    found: dict[str, None] = {}
    entries = [*content.entries.values()]
    for entry in entries:
        for source in [
            *entry.sources,
            *(s for f in entry.details for s in f.sources),
            *(s for d in entry.discrepancies for v in d.versions for s in v.sources),
        ]:
            if source.attribution:
                found[source.attribution] = None
    return f"The reports credit these outlets and documents: {', '.join(found)}." if found else ""
