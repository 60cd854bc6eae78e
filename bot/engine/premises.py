"""Question shapes answered by a fixed kind of entry: what the order does not do, where a person
stood on it, and a day count the question asserts that the reports contradict.

Each returns a ``Shaped`` (entries plus an optional lead) or None; nothing here names an entry
of the content except through its kind, its keywords or its deadlines.
"""

from __future__ import annotations

import re

from bot.content.models import Content
from bot.engine.index import Hit, Index, Query
from bot.engine.intents import STATUS, generic
from bot.engine.patterns import ci
from bot.engine.retrieve import Part, Retriever, Shaped

_ORDER = r"(?:the\s+)?(?:order|eo|executive order|it|this|policy)"
# "what doesn't the order do", "what isn't in the EO", "what does it not cover".
NEGATION = ci(
    rf"^\W*what(?:'s| is)?\s+(?:won'?t|(?:does|do|will|would|is|are)\s*n[o']t|(?:does|do|will|would)\s+{_ORDER}\s+not)"
    rf"(?:\s+{_ORDER})?\s+(?:do|cover|include|say|require|mandate|change|address|in\s+{_ORDER})\b",
)
NOT_ENTRY_KEYWORDS = frozenset(["not", "myth", "misconception"])
# "was Sacks for or against it", "did Warner support or oppose it", "where did X stand on it".
STANCE = ci(
    r"\bfor or against\b|\bagainst or for\b|\b(?:support|back|favou?r)(?:s|ed)? or (?:oppose|opposed|against|fight|fought)\b"
    r"|\b(?:oppose|opposed) or (?:support|supported|back|backed)\b|\b(?:pro|in favou?r) or (?:anti|against)\b"
    r"|\bwhere (?:did|does|do) .{1,30}? stand\b|\bwhose side\b"
    # "did he love it or trash it?", "like it or hate it", "thumbs up or down"
    r"|\b(?:love|like|praise|welcome|back|rate)[sd]? (?:it|this|the order|the eo)? ?or (?:hate|trash|slam|pan|rip|bash|criticiz|criticis|dislike)\w*"
    r"|\bthumbs up or (?:thumbs )?down\b|\bfan or (?:a )?(?:critic|hater)\b",
)
STANCE_KINDS = ("history", "reaction")
# "did the order give companies 90 days?": a yes/no question asserting a day count.
# "is it 90 days?", and a challenge of an answer: "you sure? pretty sure it was 90 days", "I read 90 days"
ASSERTED_DAYS = ci(
    r"^\W*(?:did|does|do|is|was|were|are|will|would|has|have|had|you sure|really|i (?:read|heard|thought)|pretty sure|"
    r"wasn.t it|isn.t it)\b.*?\b(\d{1,3})[- ]?days?\b"
)
# "my boss says the government gets 90 days - is that right?": a day count someone else claims
REPORTED_DAYS = ci(
    r"\b(?:says?|said|told (?:me|us)|claims?|claimed|insists?|heard|read|thinks?)\b.*?\b(\d{1,3})[- ]?days?\b"
    r"(?=.*\b(?:right|true|correct|accurate|legit|so|confirm)(?:\s+(?:number|figure|count|one))?\W*$)"
)
# "why 60 day review": a day count attached to the review is a claim about its length
PRESUMED_DAYS = ci(
    r"\b(\d{1,3})[- ]?days?\s+(?:pre-?release\s+|government\s+|federal\s+)?(?:review|vetting|testing|evaluation|assessment)s?\b"
)
PAIRED_SHARE = 0.75
DAYS_SIMILARITY, DAYS_NEAREST = 0.55, 3  # without a lexical match, a claimed count is checked against close entries
DAY_KEYWORD = re.compile(r"^(\d{1,3}) days?$")
EARLIER_KINDS = ("history",)


# Common false premises, corrected first whatever else the question asks. Each is answered by the entries a fixed
# query finds (so no entry id is named here).
_CLAIMED = ci(
    r"(?:^|[.:;!?]\s+)\W*(?:(?:so|wait|ok|okay|and|but)\W+)?(?:is|are|was|were|does|do|did|has|have|can|could|will|would|"
    r"must|should)\b"
    r"|\b(?:right|correct|true|yes|no|confirm|accurate)\W*$|\b(?:so now|now that|since|given that|i heard|i read)\b"
)
# "did Congress pass the new AI law?": it is an executive order, not a law Congress passed
_CONGRESS_PASSED = ci(
    r"\b(?:congress|the senate|the house|lawmakers)\s+(?:just\s+|finally\s+|actually\s+)?pass(?:ed)?\s+"
    r"(?:a|an|the|this|that|some)\b(?!.{0,40}\b(?:bill|legislation|yet|so far|since)\b)"
    r"|\b(?:law|act|order)\s+(?:that\s+)?(?:was\s+)?passed by congress\b"
    r"|\b(?:law|act|bill|legislation)\s+(?:that\s+)?congress\s+(?:just\s+|has\s+|recently\s+)?passed\b"
    r"|\bdid congress (?:just |actually )?pass (?:it|this|that)\b"
)
CONGRESS_LEAD = "No: it is an executive order signed by President Trump, not a law passed by Congress."
CONGRESS_QUERY = "who would have to write mandatory rules"
# "so now companies need a government license?": the order rules out mandatory licensing
_LICENCE = ci(r"\blicen[cs](?:e|es|ed|ing|ure)\b|\blicen[cs]ing authority\b")
_ABOUT_NO_LICENCE = ci(
    r"\bno[- ]licen|\bnot\b.{0,15}\blicen|\bwithout (?:a )?licen|"
    r"\b(?:ban|bans|bar|bars|prohibit\w*|forbid\w*|rule[sd]? out)\b.{0,25}\blicen|\bconstru(?:ed|ction)\b|\bsection\b|\bwording\b|\bverbatim\b|"
    r"\b(?:exact|actual) (?:line|text|words)\b|\bquote\b|\bwho\b|\bwhy\b"
    r"|\b(?:we|i|they|you|that|which|our [\w-]+)\s+licen[cs]e[sd]?\b"  # "the tools our hospital licenses": a verb
)
LICENCE_LEAD = "No: the order creates no licence requirement."
LICENCE_QUERY = "does the order require a license"
# "does the government check every single app now?": only the most advanced models, and only if their makers volunteer
_EVERY_MODEL = ci(
    r"\b(?:every|all|each|any and all)\s+(?:single\s+|new\s+|the\s+|of the\s+)*(?:ai\s+|a\.i\.\s+)?"
    r"(?:models?|apps?|systems?|llms?|releases?|chatbots?|tools?|products?|ai)\b"
)
_CHECKED = ci(
    r"\b(?:check\w*|review\w*|cover\w*|appl(?:y|ies)|vet\w*|look\w* at|inspect\w*|test\w*|scan\w*|subject|in scope)\b"
    r"|\bor (?:just|only)\b"  # "is this every LLM release or only certain models?"
)
_DAYS_NAMED = re.compile(r"\b\d{1,3}[- ]?days?\b", re.I)
EVERY_LEAD = "No: not every model. The review is for the most advanced AI models, and only when their developers take part."
EVERY_QUERY = "the White House is not conducting oversight of all new models"


# "it was signed by Biden, yes?", "did Obama sign it?": President Trump signed it
_SIGNER = ci(
    r"\bsigned (?:it |this |that |the (?:order|eo) )?by (?:president |former president |ex-president |then-president |"
    r"vice president |vp |senator |sen\. )?([a-z]+)\b"
    r"|\bdid (?:president |former president |vice president |senator )?([a-z]+) (?:actually |really |personally |even )?sign\b"
    r"(?!\s+(?:up|on|onto)\b)"  # "did xAI sign up for the review?" asks whether a company joined
    r"|\b(?:was it|is it|it was) (?:president |former president |vice president )?([a-z]+) who signed\b"
)
_NOT_A_SIGNER = frozenset(
    {"trump", "donald", "he", "she", "they", "who", "it", "someone", "anyone", "somebody", "anybody", "the"}
)
SIGNER_QUERY = "who signed the order"


# "my grandson says Trump has banned AI - is that so?": the order bans nothing
_BANNED = ci(
    r"\b(?:trump|the order|the eo|it|this|government|white house|administration|president)\s+(?:has\s+|just\s+|now\s+|really\s+)*"
    r"(?:banned|bans|outlawed|outlaws|prohibited|prohibits|made illegal)\s+(?:all\s+)?"
    r"(?:ai\b|a\.i\.|artificial intelligence|chatbots?|chatgpt|ai (?:models?|tools?|apps?|chatbots?))"
    r"|\b(?:ai|a\.i\.|artificial intelligence|chatbots?|chatgpt)\s+(?:is|are|has been|have been|got|gets|will be)\s+(?:now\s+)?"
    r"(?:banned|outlawed|illegal|prohibited)\b"
)
BAN_LEAD = "No: the order bans no AI. It sets up a voluntary review of the most advanced models before they are released."
BAN_QUERY = "the voluntary review of advanced models before release"
# "since FDA is running these AI reviews, …": an agency the reports never mention, presumed to run the review
_RUNS_REVIEW = re.compile(
    r"\b(?:[Ss]ince|[Gg]iven(?: that)?|[Aa]s|[Bb]ecause|[Nn]ow that|[Ww]ith)\s+(?:the\s+)?"
    r"([A-Z][A-Za-z]{1,5}|[A-Z][a-z]+ (?:Department|Agency|Administration|Commission|Bureau))\s+"
    r"(?:is|are|will be|being|now)\s+(?:the one\s+)?(?:running|doing|conducting|handling|overseeing|in charge of|leading|"
    r"managing|responsible for)\s+(?:the|these|this|those|all|its|their)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:reviews?|vetting|testing|evaluations?|assessments?)\b"
)
# "so Commerce designates what counts as a covered model, yes?": the NSA makes that call, in every report that says
_DESIGNATOR = re.compile(
    r"\b(?:[Tt]he\s+)?([A-Z][A-Za-z]{1,12}(?: [A-Z][a-z]+)?)\s+(?:designates|decides|determines|picks|chooses|selects|"
    r"gets to (?:decide|pick|choose)|makes the (?:final )?call on)\s+(?:what|which)\s+(?:counts as\s+)?(?:an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:covered|frontier|models?)\b"
)
_THE_DESIGNATOR = frozenset({"nsa", "national security agency", "nsa director"})
DESIGNATOR_QUERY = "who makes the final call on which models count as covered frontier models"
_LEAD_WORDS = frozenset({"So", "And", "But", "Ok", "Okay", "Wait", "Well", "Now", "Yes", "No", "Right", "Hmm"})
REVIEWER_QUERIES = ("who runs the reviews", "who decides which models are reviewed")


class Premises:
    def __init__(self, content: Content, index: Index, retriever: Retriever) -> None:
        self.content = content
        self.index = index
        self.retriever = retriever
        self.not_entry = next(
            (e.id for e in content.entries.values() if NOT_ENTRY_KEYWORDS <= {k.lower() for k in e.keywords}), None
        )

    def shaped(self, text: str) -> Shaped | None:
        return self.negation(text) or self.stance(text) or self.wrong_days(text)

    def corrected(self, text: str) -> Shaped | None:
        """A common false premise (a law Congress passed, a licence, every model reviewed), corrected first."""
        if _CONGRESS_PASSED.search(text):
            return self._found(CONGRESS_QUERY, text, CONGRESS_LEAD)
        if not _CLAIMED.search(text):
            return None
        if _BANNED.search(text):
            return self._found(BAN_QUERY, text, BAN_LEAD)
        designator = _DESIGNATOR.search(text)
        name = " ".join(w for w in designator.group(1).split() if w not in _LEAD_WORDS) if designator else ""
        if name and name.lower() not in _THE_DESIGNATOR:
            lead = f"No: the reports say the National Security Agency decides that, not {name}."
            return self._found(DESIGNATOR_QUERY, text, lead)
        reviewer = _RUNS_REVIEW.search(text)
        if reviewer and not all(self.index.knows(w) for w in reviewer.group(1).lower().split()):
            name = reviewer.group(1)
            return self._found(REVIEWER_QUERIES, text, f"No: the reports don't say the {name} runs the reviews.")
        signer = _SIGNER.search(text)
        name = next((g for g in signer.groups() if g), "") if signer else ""
        if name and name not in _NOT_A_SIGNER:
            return self._found(SIGNER_QUERY, text, f"No: President Trump signed the order, not {name.title()}.")
        if _LICENCE.search(text) and not _ABOUT_NO_LICENCE.search(text):
            return self._found(LICENCE_QUERY, text, LICENCE_LEAD)
        if _EVERY_MODEL.search(text) and _CHECKED.search(text) and not _DAYS_NAMED.search(text):  # a day count first
            return self._found(EVERY_QUERY, text, EVERY_LEAD)
        return None

    def _found(self, queries: str | tuple[str, ...], text: str, lead: str) -> Shaped | None:
        """The entries the fixed queries find first (one each, in order), answering the question after ``lead``."""
        found = [
            p.hit.doc_id for q in ((queries,) if isinstance(queries, str) else queries) for p in self.retriever.parts(q)[0][:1]
        ]
        return self._shaped(list(dict.fromkeys(found)), text, lead) if found else None

    def _shaped(self, ids: list[str], text: str, lead: str = "") -> Shaped:
        return Shaped([Part(Hit(i, 1.0, 1.0, ()), self.index.parse(text), False, False) for i in ids], lead)

    def negation(self, text: str) -> Shaped | None:
        """ "What doesn't the order do?": the entry on what the order is not."""
        if not self.not_entry or not NEGATION.search(text):
            return None
        return self._shaped([self.not_entry], text)

    def stance(self, text: str) -> Shaped | None:
        """ "Was X for or against it?": every account of X's position, the earlier ones first."""
        if not STANCE.search(text):
            return None
        query = self.index.parse(text)
        named = [d for d in self.index.doc_ids if self.retriever.kind(d) in STANCE_KINDS and self._titled(d, query)]
        if not named:
            return None
        named.sort(key=lambda d: STANCE_KINDS.index(self.retriever.kind(d)))
        return self._shaped(named[:3], text)

    def _titled(self, doc_id: str, query: Query) -> bool:
        """The entry's title names a person the question names ("David Sacks' role", "Sacks: a game changer")."""
        title = self.index.title_terms[doc_id]
        return any(
            c.covered_by(title)
            and not generic(c.alternatives)
            and c.weight >= 1.5
            and any(alt & self.retriever.name_terms for alt in c.alternatives)
            for c in query.concepts
        )

    def days_of(self, doc_id: str) -> list[int]:
        """The day counts an entry gives: its deadlines, then "N days" keywords."""
        entry = self.content.entries.get(doc_id)
        if entry is None:
            return []
        found = [d.days_after_signing for d in self.retriever.deadlines_of.get(doc_id, [])]
        found += [int(m.group(1)) for k in entry.keywords if (m := DAY_KEYWORD.match(k.strip().lower()))]
        return list(dict.fromkeys(found))

    def wrong_days(self, text: str) -> Shaped | None:
        """A yes/no question asserting N days where the topic's entry gives another count: "No: M days" leads."""
        m = ASSERTED_DAYS.search(text) or REPORTED_DAYS.search(text)
        presumed = None if m else PRESUMED_DAYS.search(text)
        m = m or presumed
        if not m or STATUS.search(text):  # "has the 60-day clock run out?" asks where a deadline stands
            return None
        asserted = int(m.group(1))
        # "why 60 day review": the count belongs to the noun it is attached to, so that noun finds the entry
        rest = text[m.end(1) : m.end()] if presumed else (text[: m.start(1)] + text[m.end() :]).strip()
        hits = [h for h in self.index.search(self.index.parse(rest), limit=12) if h.coverage >= 0.5]
        dated = [h for h in hits if self.days_of(h.doc_id) and self.retriever.kind(h.doc_id) not in EARLIER_KINDS]
        found = [h.doc_id for h in dated]
        # a paired entry must match the other words about as well as the first found: "I heard 90 days (classified
        # benchmark deadline)" is about the benchmark, not the 30-day review the word "deadline" also matches
        pairable = {h.doc_id for h in dated if h.score >= PAIRED_SHARE * dated[0].score} if dated else set()
        if not found:  # "a wire rewrite says the govt gets 90 days to look at new models": too many words for BM25
            fused = [p.hit.doc_id for p in self.retriever.parts(text)[0][:1]]
            close = [h.doc_id for h in self.retriever.dense_hits(rest)[:DAYS_NEAREST] if h.score >= DAYS_SIMILARITY]
            found = [d for d in fused + close if self.days_of(d) and self.retriever.kind(d) not in EARLIER_KINDS][:1]
            pairable = set(found)
        # "90 days to test frontier models": 90 is the earlier draft's window, so the entry to correct it with is the
        # related one whose count the draft's entry pairs it with (the 30-day review), when the other words found it
        history = [e for e in self.content.entries.values() if e.kind in EARLIER_KINDS and asserted in self.days_of(e.id)]
        paired = [
            d
            for d in found
            if d in pairable and any(d in e.related and self.days_of(d)[0] in self.days_of(e.id) for e in history)
        ]
        doc = next(iter(paired or found), None)
        days = self.days_of(doc) if doc else []
        if not doc or asserted in days:
            return None
        lead = f"No: {' or '.join(str(d) for d in days)} days, not {asserted}."
        earlier = next(
            (
                e
                for e in self.content.entries.values()
                if e.kind in EARLIER_KINDS and {asserted, days[0]} <= set(self.days_of(e.id)) and doc in e.related
            ),
            None,
        )
        ids = [doc]
        if earlier is not None:
            lead = f"No: {days[0]} days. The {asserted}-day window was in {_lower_first(earlier.title)}."
            ids.append(earlier.id)
        return self._shaped(ids, text, lead)


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]
