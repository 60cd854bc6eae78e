"""Retrieval: the entries a question's parts rest on, ranked by BM25F times the question's intent.

An entry answers only when it covers most of what the question asks about; otherwise the part
is reported as missed and the question may be declined.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from bot.content.models import Content
from bot.engine.dense import GAP_PREFIX, DenseHit, DenseIndex
from bot.engine.index import ORDER_DOC, Hit, Index, Query, words
from bot.engine.intents import (
    ABOUT_ORDER,
    ACRONYM,
    APPLIES,
    CALLED_OFF_TERMS,
    DATE,
    DISAGREE,
    DISAGREE_WORDS,
    EARLIER_TERMS,
    PRONOUN,
    QUOTE,
    QUOTED,
    WHEN,
    WHO,
    WHY,
    asks_for_words,
    clauses,
    generic,
    intents,
)
from bot.engine.patterns import Matcher, ci
from bot.engine.people import entry_texts
from bot.engine.statements import entry_deadlines, units
from bot.engine.stemming import stem

# Decline unless the best entry covers this share of the question's (idf-weighted) concepts.
MIN_COVERAGE = 0.5
SURE_COVERAGE = 0.6
MIN_ANCHOR = 3.5
MIN_SCORE = 0.5
# Multipliers on the retrieval rank when the question asks for a kind of entry (reactions, the title).
REACTION_BOOST = 1.3
PERSON_REACTION_BOOST = 2.5  # a reaction entry whose title names the person asked about
EARLIER_BOOST = 1.6
DUE_BOOST = 1.5
WHAT_IF_BOOST = 1.3
# "Could it be made mandatory?": an entry about mandatory rules beyond the order's own provisions is the answer.
MANDATE_BOOST = 1.5
MANDATE_TERMS = frozenset({"mandatori", "mandatory", "compulsori", "binding", "legisl", "legislation"})
TITLE_BOOST = 2.0
ORDER_TEXT_BOOST = 1.5
DATED_BOOST = 0.6
CALENDAR_BOOST = 0.2  # on top: a month or a year dates an event more precisely than a weekday
CALENDAR_DATE = ci(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b")
QUOTE_BOOST = 0.6
AGENCY_BOOST = 2.0  # "what does Commerce do": entries whose agencies (or report versions) name Commerce
DISAGREE_BOOST = 1.5  # "do the reports agree on X": entries that keep the reports' versions of X
WHY_BOOST = 1.12  # "why ...": entries that give a cause or rationale
CAUSE_OF = ("background", "history")  # entries describing events, whose cause a "why" question asks for
STATES_CAUSE = re.compile(r"\b(?:because|due to|over concerns?|in response to|prompted by)\b", re.IGNORECASE)
CAUSE_KEYWORDS = frozenset(["why", "why now", "trigger", "cause", "rationale", "reason", "purpose"])
# Entries about the bot's own sources answer only questions about the sources.
SOURCES_ENTRY = "about-sources"
META_ENTRIES = frozenset([SOURCES_ENTRY])

# "Which senators...", "what lawmakers have...": a listing over the members of a group.
WHICH_PLURAL = ci(r"^\W*which (?!agencies|departments|deadlines|dates|sections|provisions|models|does|was|has|is)[a-z]+[^s\W]s\b")
SIBLING_SHARE = 0.9
# Words that, in a question about the sources, describe reporting: "which news organizations covered this".
REPORTING = ci(
    r"(?:cover(?:s|ed|ing|age)?|report(?:s|ed|ing)?|wr(?:ote|ite|ites|itten)|publish\w*|ran|run|break|broke|"
    r"organi[sz]ations?|news|media|press|journalists?|reporters?|papers?|outlets?|sites?|stor(?:y|ies)|this|it)"
)
MAX_SIBLINGS = 2

OVERVIEW_QUERY = "overview of the order"
CAUSE_QUERY = "what prompted the order"  # a why-question naming nothing but the order
SPOKEN = ci(r"\b(?:quotes?|quoted|exact words|verbatim|word for word|phrases?|soundbite)\b")  # words someone said
VOLUNTARY_QUERY = "is participation in the review voluntary"


@dataclass
class Part:
    """One answered part of a question: the entry (or the order) and the intents asked for."""

    hit: Hit
    query: Query
    when: bool
    who: bool
    narrow: bool = False  # asked for one thing (who must do what): only lines about what was asked are shown
    quote: bool = False  # asked for the words themselves, perhaps in a clause of its own ("…? verbatim pls")


# Hybrid retrieval (BM25F + dense max-sim, fused by reciprocal rank) and its calibrated acceptance: an entry answers
# when the question is semantically close to one of its passages, or close enough and lexically covered.
FUSION = "blend"  # chosen by measurement (bench/bench_answers.py prints the alternatives)
RRF_K = 10.0
BLEND_DENSE = 0.7
_LOWER = re.compile(r"(?<![\w-])[a-z][a-z-]+\b")  # a word written in lower case
RESTATED_SIMILARITY, RESTATED_MARGIN = 0.88, 0.1  # this close to one entry, and this far ahead of the rest: it answers
DENSE_ACCEPT = 0.6  # the dense similarity above which the best entry answers whatever the lexical coverage
DENSE_SUPPORT = 0.2  # above this, an entry that also covers most of the question's words answers
PERSON_NAME = re.compile(r"(?!The |White )[A-Z][\w.'-]+(?: [A-Z][\w.'ñ-]+)+")
NAMED_SUPPORT = 0.45
# A clear winner: moderately close semantically and lexically, and this far ahead of the next entry's fused score.
VOTED_SIMILARITY = 0.55  # the first fused entry this close, with VOTES passages voting for it, answers
VOTES = 4
WINNER_SIMILARITY = 0.43
WINNER_COVERAGE = 0.25
WINNER_LEAD = 1.5
# "was she for or against it?", "why did he flip?", "what got him on board?": a question about a person's stance.
STANCE = ci(
    r"\b(?:for or against|for it or against|against (?:it|this|that|the)|oppos\w*|flip\w*|chang\w* (?:his|her|their) mind|"
    r"on board|c[oa]me around|won over|turn(?:ed)? around|stance|position on|u-?turn)\b"
)  # above this, the entry of a person the question names answers
FUSED_CANDIDATES = 8
TOPIC_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|plus|as well as)\s+", re.I)
MAX_TOPICS = 4
SPLIT_ACCEPT = 0.5  # each listed topic must match its own entry at least this well (one of them confidently)


def fuse(lexical: dict[str, Hit], dense: list[DenseHit], method: str | None = None) -> dict[str, float]:
    """One score per entry from the two rankings: a weighted blend of the dense similarity and the max-normalised
    BM25F score (the default, chosen by measurement in bench/bench_answers.py), or reciprocal-rank fusion."""
    method = method or FUSION
    fused: dict[str, float] = {}
    if method == "blend":
        top = max((h.score for h in lexical.values()), default=0.0) or 1.0
        for near in dense:
            fused[near.doc_id] = BLEND_DENSE * near.score
        for doc, hit in lexical.items():
            fused[doc] = fused.get(doc, 0.0) + (1 - BLEND_DENSE) * hit.score / top
        return fused
    for rank, doc in enumerate(sorted(lexical, key=lambda d: -lexical[d].score)):
        fused[doc] = 1.0 / (RRF_K + rank + 1)
    for rank, near in enumerate(dense):
        fused[near.doc_id] = fused.get(near.doc_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    return fused


@dataclass
class Shaped:
    """Entries to compose for a question whose shape decides the answer (a premise, a role), and an optional headline
    to put first."""

    parts: list[Part]
    lead: str = ""


class Retriever:
    def __init__(self, content: Content, index: Index, dense: DenseIndex | None = None) -> None:
        self.content = content
        self.index = index
        self.dense = dense
        names = {a for e in content.entries.values() for a in e.agencies}
        self.agency_names = [index.terms_of(n) for n in sorted(names)]
        self.agency_terms = {
            e.id: index.terms_of(" ; ".join([*e.agencies, *(v.text for d in e.discrepancies for v in d.versions)]))
            for e in content.entries.values()
        }
        # Per-entry facts fixed by the content, computed once instead of per question.
        self.deadlines_of = {e.id: entry_deadlines(content, e) for e in content.entries.values()}
        self.causes = frozenset(e.id for e in content.entries.values() if CAUSE_KEYWORDS & {k.lower() for k in e.keywords})
        # entries that say why their own event happened ("canceled … because he was concerned…"), beside the rationales
        self.explained = self.causes | {e.id for e in content.entries.values() if STATES_CAUSE.search(e.summary)}
        self.discrepancy_terms = {
            e.id: [index.terms_of(f"{d.topic} {' '.join(v.text for v in d.versions)}") for d in e.discrepancies]
            for e in content.entries.values()
        }
        self._marked: dict[tuple[str, str], list[frozenset[str]]] = {}
        names = {f.speaker.split(",")[0] for e in content.entries.values() for f in e.details if f.speaker}
        names |= {a.canonical for a in content.aliases if len(a.canonical.split()) >= 2 and a.canonical.split()[-1] in a.terms}
        self.name_terms = frozenset(t for n in names for t in index.terms_of(n))  # "sacks", "warner": terms naming people
        speakers = {f.speaker.split(",")[0] for e in content.entries.values() for f in e.details if f.speaker}
        # People (first and last name) who speak in the reports, not the outlets and organisations that also do.
        people = {n for n in speakers if PERSON_NAME.fullmatch(n)}
        # not by a first name two people share ("Mark" Warner, "Mark" Zuckerberg, whose alias gives "mark")
        everyone = people | {a.canonical for a in content.aliases if PERSON_NAME.fullmatch(a.canonical)}
        firsts = Counter(stem(n.split()[0].lower()) for n in everyone)
        shared = frozenset(name for name, count in firsts.items() if count > 1)
        self.speaker_terms = frozenset(t for n in people for t in index.terms_of(n)) - shared
        # Names of organisations a single reaction entry is titled with ("Cato" of the Cato Institute's analyst): they
        # vouch for that entry as a speaker's name does ("the cato guy, his take?")
        titled = Counter(t for d in index.doc_ids if d in content.entries for t in index.title_terms[d])
        lowered = frozenset(t for text in entry_texts(content).values() for t in index.terms_of(" ".join(_LOWER.findall(text))))
        named = frozenset(t for a in content.aliases for t in index.terms_of(a.canonical)) - lowered  # never a common word
        self.entity_terms = frozenset(
            t
            for d in index.doc_ids
            if d in content.entries and content.entries[d].kind == "reaction"
            for t in index.title_terms[d]
            if titled[t] == 1 and t in named and t not in self.name_terms
        )

    def kind(self, doc_id: str) -> str:
        entry = self.content.entries.get(doc_id)
        return entry.kind if entry else "order"

    def parts(self, text: str) -> tuple[list[Part], list[str]]:
        """Answerable parts of the question, and the clauses nothing in the index covers."""
        parts: list[Part] = []
        missed: list[str] = []
        for clause in self._split_topics(clauses(text)):
            query = self.index.parse(DISAGREE_WORDS.sub(" ", clause) if DISAGREE.search(clause) else clause)
            when, who, quote = bool(WHEN.search(clause)), bool(WHO.search(clause)), bool(QUOTE.search(clause))
            topical = [c for c in query.concepts if not generic(c.alternatives)]
            if parts and PRONOUN.search(clause):  # "... and who runs it?": "it" is the previous part's topic
                terms = self.index.doc_terms[parts[-1].hit.doc_id]
                topical = [c for c in topical if c.known and not c.covered_by(terms)]
            if parts and (not topical or asks_for_words(clause)):  # "... and by when?", "…? verbatim pls" modify the last part
                last = parts[-1]
                last.when, last.who, last.quote = last.when or when, last.who or who, last.quote or quote
                continue
            hit = self.best(query, clause)
            if hit is None:
                if query.concepts:
                    missed.append(clause)
                continue
            same = next((p for p in parts if p.hit.doc_id == hit.doc_id), None)
            if same:
                same.when, same.who, same.quote = same.when or when, same.who or who, same.quote or quote
            else:
                parts.append(Part(hit, query, when, who, quote=quote))
                companion = self.stance_companion(query, clause, hit.doc_id)
                if companion is not None and all(p.hit.doc_id != companion.doc_id for p in parts):
                    parts.append(Part(companion, query, when, who))
        return parts, missed

    def stance_companion(self, query: Query, clause: str, doc_id: str) -> Hit | None:
        """ "Was Sacks for or against it?": a person's stance can change, so with the entry found, their other entry
        (both titled with their name: "Sacks: 'a game changer'" and "Sacks' role: opposed the 90-day draft")."""
        if not STANCE.search(clause) or self.dense is None:
            return None
        people = self.named_people(query)
        titled = [d for d in self.index.doc_ids if d in self.content.entries and people & self.index.title_terms[d]]
        if not people or doc_id not in titled:
            return None
        near = {h.doc_id: h.score for h in self.dense_hits(clause)}
        others = [d for d in titled if d != doc_id and near.get(d, 0.0) >= NAMED_SUPPORT]
        if not others:
            return None
        best = max(others, key=lambda d: near[d])
        return Hit(best, 0.0, 1.0, (), near[best])

    def _split_topics(self, found: list[str]) -> list[str]:
        """ "tell me about the review, the clearinghouse and the benchmark": a clause listing several topics becomes one
        clause per topic, when each topic on its own is a confident match for a different entry (dense retrieval)."""
        if self.dense is None:
            return found
        out: list[str] = []
        for clause in found:
            pieces = [p.strip() for p in TOPIC_LIST.split(clause) if p.strip()]
            if len(pieces) < 2 or len(pieces) > MAX_TOPICS:
                out.append(clause)
                continue
            tops = [next(iter(self.dense_hits(p)), None) for p in pieces]
            sure = [t for t in tops if t is not None and t.score >= SPLIT_ACCEPT]
            if (
                len(sure) == len(pieces)
                and len({t.doc_id for t in sure}) == len(pieces)
                and max(t.score for t in sure) >= DENSE_ACCEPT
            ):
                out += pieces
            else:
                out.append(clause)
        return out

    def fallback_parts(self, text: str) -> list[Part]:
        """Questions no single entry covers that still have a sure answer: the order itself, or who must take part."""
        query = self.index.parse(text)
        topical = [c for c in query.concepts if not generic(c.alternatives)]
        if not topical and ABOUT_ORDER.search(text):  # "what is this?", "tell me about the EO"
            return self.parts(OVERVIEW_QUERY)[0]
        if WHY.search(text) and not any(c.known for c in topical):  # "why now?", "what got them worried?"
            return self.parts(CAUSE_QUERY)[0]
        if APPLIES.search(text) and not self.names_unknown_acronym(text):
            # "is this required for banks?": voluntary, plus what the reports say about banks; but "is a CMMC level
            # required?" names a regime the reports never mention
            parts = self.parts(VOLUNTARY_QUERY)[0]
            return parts + self._audience(query, parts) if parts else []
        return []

    def names_unknown_acronym(self, text: str) -> bool:
        """ "is a CMMC level required?", "an ATO or FedRAMP sign-off": the question names a regime the reports never use."""
        acronyms = {w.lower() for w in ACRONYM.findall(text)}
        return any(not c.known and c.surface in acronyms for c in self.index.parse(text).concepts)

    def cause(self, text: str, parts: list[Part]) -> list[Part]:
        """ "Why the shift...?", "why did he change his mind?": when the entry found describes what happened (background or
        history) but gives no cause, add the entry that does."""
        if (
            not WHY.search(text)
            or not parts
            or self.kind(parts[0].hit.doc_id) not in CAUSE_OF
            or parts[0].hit.doc_id in self.explained
        ):
            return parts
        query = parts[0].query
        causes = [h for h in self.index.search(query, limit=len(self.index.doc_ids)) if self._is_cause(h.doc_id)]
        kind = self.kind(parts[0].hit.doc_id)  # a history event is explained by its history, a shift by its background
        causes = [h for h in causes if self.kind(h.doc_id) == kind] or causes
        return parts + [Part(causes[0], query, False, False)] if causes else parts

    def siblings(self, text: str, parts: list[Part]) -> list[Part]:
        """ "Which senators weighed in?": a "which <plural>" question lists every entry that covers it about as well as
        the best one (one senator in a reaction entry, two more in another)."""
        if len(parts) != 1 or not WHICH_PLURAL.search(text):
            return parts
        first = parts[0]
        hits = self.index.search(first.query, limit=4)
        close = [
            h
            for h in hits
            if h.doc_id != first.hit.doc_id
            and h.doc_id not in META_ENTRIES
            and h.coverage >= max(first.hit.coverage, SURE_COVERAGE)
            and h.score >= SIBLING_SHARE * first.hit.score
        ]
        return parts + [Part(h, first.query, first.when, first.who) for h in close[:MAX_SIBLINGS]]

    def _is_cause(self, doc_id: str) -> bool:
        return doc_id in self.causes

    def _audience(self, query: Query, parts: list[Part]) -> list[Part]:
        """Entries about whoever the applicability question names (banks, labs...), beyond the voluntary part."""
        asked = frozenset(self.index.parse(VOLUNTARY_QUERY).terms)
        applies = {w for m in APPLIES.finditer(query.text) for w in words(m.group(0))}
        named = [
            c
            for c in query.concepts
            if c.known and not c.covered_by(asked) and not applies & set(words(c.surface)) and not generic(c.alternatives)
        ]
        if not named:
            return []
        sub = Query(query.text, tuple(named))
        hits = [h for h in self.index.search(sub, limit=4) if h.coverage >= SURE_COVERAGE]
        top = hits[0].score if hits else 0.0
        close = [h for h in hits if h.score >= 0.7 * top]
        close.sort(key=lambda h: self.kind(h.doc_id) != "provision")  # what the order does for them comes first
        return [Part(h, sub, False, False) for h in close[:2]]

    def best(self, query: Query, clause: str) -> Hit | None:
        """The entry that answers the clause, or None when none covers enough of it."""
        asked = intents(clause)
        if "sources" in asked and self._only_about_sources(query):
            return Hit(SOURCES_ENTRY, 1.0, 1.0, ())  # "where do your answers come from?"
        if not query.concepts:
            return None
        if self.dense is not None:
            return self._hybrid(query, clause, asked)
        return self._lexical(query, asked)

    def dense_hits(self, clause: str, curated: bool = False) -> list[DenseHit]:
        """Entries by sentence similarity (what the reports do not say, content/gaps.yaml, left out); ``curated``:
        by their curated passages only (no paraphrases)."""
        if self.dense is None:
            return []
        hits = self.dense.search(clause, curated=curated)
        return [h for h in hits if not h.doc_id.startswith(GAP_PREFIX)]

    def _hybrid(self, query: Query, clause: str, asked: frozenset[str]) -> Hit | None:
        """BM25F and dense rankings fused by reciprocal rank, times the question's intent prior; calibrated acceptance."""
        allowed = ("sources" in asked) or None
        lexical = {
            h.doc_id: h
            for h in self.index.search(query, limit=len(self.index.doc_ids))
            if allowed or h.doc_id not in META_ENTRIES
        }
        dense = [h for h in self.dense_hits(clause) if allowed or h.doc_id not in META_ENTRIES]
        if not dense:
            return self._lexical(query, asked)
        fused = fuse(lexical, dense)
        similarity = {h.doc_id: h.score for h in dense}
        votes = {h.doc_id: h.support for h in dense}

        # Sentence vectors cannot vouch for a name they never saw ("an ATO or FedRAMP sign-off"): such a question
        # needs its words covered as well.
        dense_alone = DENSE_ACCEPT if not self.names_unknown_acronym(clause) else math.inf

        people = self.named_people(query) or (frozenset() if self.names_anyone(query) else self.named_entities(query))

        def accepted(doc: str) -> bool:
            sim = similarity.get(doc, 0.0)
            hit = lexical.get(doc)
            if sim >= dense_alone or (sim >= DENSE_SUPPORT and hit is not None and hit.coverage >= MIN_COVERAGE):
                return True
            # "Warner - thumbs up or down?": a person the question names, whose entry it is, vouches for the entry;
            # "could it be made mandatory later?": so does the intent, for an entry about mandatory rules
            return sim >= NAMED_SUPPORT and (
                bool(people & self.index.title_terms.get(doc, frozenset())) or ("mandate" in asked and self._about_mandates(doc))
            )

        def hit_of(doc: str) -> Hit:
            found = lexical.get(doc)
            if found is None:
                return Hit(doc, 0.0, 0.0, (), similarity.get(doc, 0.0))
            return found._replace(similarity=similarity.get(doc, 0.0))

        ranked = sorted(fused, key=lambda d: -fused[d])[:FUSED_CANDIDATES]
        candidates = [d for d in ranked if accepted(d)]
        if not candidates and dense_alone != math.inf and self._clear_winner(ranked, fused, similarity, lexical):
            candidates = ranked[:1]
        if not candidates and ranked and similarity.get(ranked[0], 0.0) >= VOTED_SIMILARITY and votes.get(ranked[0], 0) >= VOTES:
            candidates = ranked[:1]  # several of its passages close to the question: "which senators spoke about a law?"
        if "reaction" in asked or ("quote" in asked and SPOKEN.search(clause)):  # "what did X think", "X's quote"
            named = [d for d in candidates if self.names_person(d, query)]
            candidates = named or candidates
        if "what_if" in asked:  # "what happens if a lab says no": an open question beats the provision it leaves open
            candidates = [d for d in candidates if self.kind(d) == "open-question"] or candidates
        if not candidates:
            return None
        # A near-restatement of one entry's example or statement stands, whatever the intent priors favour
        # ("who helped revive the order after Trump rejected the earlier version?" is not about the earlier draft)
        closest = max(candidates, key=lambda d: similarity.get(d, 0.0))
        runner_up = max((similarity.get(d, 0.0) for d in candidates if d != closest), default=0.0)
        if similarity.get(closest, 0.0) >= RESTATED_SIMILARITY and similarity[closest] - runner_up >= RESTATED_MARGIN:
            return hit_of(closest)
        return hit_of(max(candidates, key=lambda d: fused[d] * self._prior(d, query, asked)))

    @staticmethod
    def _clear_winner(ranked: list[str], fused: dict[str, float], similarity: dict[str, float], lexical: dict[str, Hit]) -> bool:
        """No entry passes the acceptance rule, but the first is moderately close on both signals and far ahead of the
        second ("who brought it back once the first version died"): it answers."""
        if not ranked:
            return False
        top, hit = ranked[0], lexical.get(ranked[0])
        second = fused[ranked[1]] if len(ranked) > 1 else 0.0
        return (
            similarity.get(top, 0.0) >= WINNER_SIMILARITY
            and hit is not None
            and hit.coverage >= WINNER_COVERAGE
            and fused[top] >= WINNER_LEAD * second
        )

    def _lexical(self, query: Query, asked: frozenset[str]) -> Hit | None:
        """BM25F alone (no sentence encoder): the entry covering most of the question's concepts."""
        hits = [h for h in self.index.search(query, limit=12) if "sources" in asked or h.doc_id not in META_ENTRIES]
        if not hits:
            return None

        full = max(h.coverage for h in hits)

        def rank(hit: Hit) -> float:
            prior = self._prior(hit.doc_id, query, asked)
            if "why" in asked and hit.coverage < full and hit.doc_id in self.explained:
                prior /= WHY_BOOST  # a rationale for something else does not say why the event asked about happened
            return hit.score * (0.5 + hit.coverage) * prior

        if "reaction" in asked:  # "what did X think": X's own reaction entry, when there is one
            named = [h for h in hits if self.names_person(h.doc_id, query)]
            if named:  # the person is the anchor; the rest of the question names what they reacted to
                return max(named, key=rank)
        covering = [h for h in hits if h.coverage >= MIN_COVERAGE and h.score >= MIN_SCORE]
        if not covering:
            return None
        if "what_if" in asked:
            covering = [h for h in covering if self.kind(h.doc_id) == "open-question"] or covering
        best = max(covering, key=rank)  # an entry that covers the question beats a higher-scoring one that does not
        if query.unknown and best.coverage < SURE_COVERAGE:
            # Words the reports never use: answer only if what did match is a strong, specific anchor.
            anchor = sum(c.weight for c in query.concepts if c.surface in best.matched)
            if anchor < MIN_ANCHOR:
                return None
        return best

    def _only_about_sources(self, query: Query) -> bool:
        """Every concept is about the sources; in a sources question "covered" means reported, not covered models."""
        terms = self.index.doc_terms.get(SOURCES_ENTRY)
        return terms is not None and all(
            generic(c.alternatives) or c.covered_by(terms) or REPORTING.fullmatch(c.surface) for c in query.concepts
        )

    def named_people(self, query: Query) -> frozenset[str]:
        """Terms of the people the question names (by the names the reports give them)."""
        return frozenset(
            t
            for c in query.concepts
            if c.known and not generic(c.alternatives)
            for alt in c.alternatives
            for t in alt & self.speaker_terms
        )

    def names_anyone(self, query: Query) -> bool:
        return any(c.known and alt & self.name_terms for c in query.concepts for alt in c.alternatives)

    def named_entities(self, query: Query) -> frozenset[str]:
        """Terms of the organisations the question names that title one reaction entry each."""
        return frozenset(t for c in query.concepts if c.known for alt in c.alternatives for t in alt & self.entity_terms)

    def names_person(self, doc_id: str, query: Query) -> bool:
        entry = self.content.entries.get(doc_id)
        if entry is None or entry.kind != "reaction":
            return False
        title = self.index.title_terms[doc_id]
        return any(
            c.covered_by(title)
            and not generic(c.alternatives)
            and c.weight >= 1.5
            and any(alt & self.name_terms for alt in c.alternatives)
            for c in query.concepts
        )

    def _prior(self, doc_id: str, query: Query, asked: frozenset[str]) -> float:
        """Multiplier on an entry's rank from the question's intent (who reacted, what came before...)."""
        if doc_id == ORDER_DOC:
            return TITLE_BOOST if "title" in asked else 1.0
        entry = self.content.entries[doc_id]
        prior = 1.0
        if "reaction" in asked and entry.kind == "reaction":
            prior *= PERSON_REACTION_BOOST if self.names_person(doc_id, query) else REACTION_BOOST
        if "earlier" in asked and self.index.title_terms[doc_id] & EARLIER_TERMS:
            prior *= EARLIER_BOOST
        if "this_time" in asked and self.index.title_terms[doc_id] & CALLED_OFF_TERMS:
            prior /= EARLIER_BOOST  # "a ceremony this time, like the one planned in May?": not the May event
        if "due" in asked and self.deadlines_of[doc_id]:
            prior *= DUE_BOOST
        if "what_if" in asked and entry.kind == "open-question":
            prior *= WHAT_IF_BOOST
        if "mandate" in asked and self._about_mandates(doc_id):
            prior *= MANDATE_BOOST
        if "order_says" in asked and entry.kind == "provision":
            prior *= ORDER_TEXT_BOOST
        if "dated" in asked and "due" not in asked:
            prior *= 1 + DATED_BOOST * self._unit_share(doc_id, query, DATE)
            # "when did Anthropic announce Mythos?": a statement dated by month or year beats one dated "on Tuesday"
            prior *= 1 + CALENDAR_BOOST * self._unit_share(doc_id, query, CALENDAR_DATE)
        if "quote" in asked:
            prior *= 1 + QUOTE_BOOST * self._unit_share(doc_id, query, QUOTED)
        if "agency_role" in asked and self._names_agency(doc_id, query):
            prior *= AGENCY_BOOST
        if "disagree" in asked and entry.discrepancies:
            prior *= 1 + DISAGREE_BOOST * self._discrepancy_share(doc_id, query)
        if "why" in asked and doc_id in self.explained:
            prior *= WHY_BOOST
        return prior

    def _about_mandates(self, doc_id: str) -> bool:
        """An entry (not one of the order's own provisions) whose title is about mandatory rules."""
        entry = self.content.entries.get(doc_id)
        return entry is not None and entry.kind != "provision" and bool(self.index.title_terms[doc_id] & MANDATE_TERMS)

    def _names_agency(self, doc_id: str, query: Query) -> bool:
        """The entry's agencies (or a report's version of who does what) name an agency the question names."""
        agencies = [c for c in query.concepts if any(n <= alt for alt in c.alternatives for n in self.agency_names)]
        terms = self.agency_terms.get(doc_id, frozenset())
        return any(c.covered_by(terms) for c in agencies)

    def _discrepancy_share(self, doc_id: str, query: Query) -> float:
        """Share of the question's concepts covered by one of the entry's disagreements (topic and versions)."""
        total = sum(c.weight for c in query.concepts) or 1.0
        best = 0.0
        for terms in self.discrepancy_terms[doc_id]:
            best = max(best, sum(c.weight for c in query.concepts if c.covered_by(terms)) / total)
        return best

    def _unit_share(self, doc_id: str, query: Query, marker: Matcher) -> float:
        """Share of the question's concepts that one marked statement of the entry covers (a dated one, a quote)."""
        total = sum(c.weight for c in query.concepts) or 1.0
        best = 0.0
        for terms in self._marked_units(doc_id, marker):
            best = max(best, sum(c.weight for c in query.concepts if c.covered_by(terms)) / total)
        return best

    def _marked_units(self, doc_id: str, marker: Matcher) -> list[frozenset[str]]:
        """Terms of the entry's statements that the marker finds (a date, a quote): fixed content, computed once."""
        key = (marker.pattern, doc_id)
        found = self._marked.get(key)
        if found is None:
            found = self._marked[key] = [self.index.terms_of(u) for u in units(self.content, doc_id) if marker.search(u)]
        return found
