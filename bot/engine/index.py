"""Tokenizer and field-weighted BM25 (BM25F) retrieval over the curated content.

Text goes through one pipeline for documents and questions alike: Slack markup is stripped,
words are lower-cased, curated aliases add their canonical terms, stop words drop out and a
light suffix stemmer folds plurals and verb forms. Questions additionally get typo correction
against the index vocabulary. The per-term, per-document BM25F weights are computed once at
build time, so a search is a few dictionary look-ups.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

from bot.content.models import Alias, Content, Entry
from bot.engine.spelling import SpellingCorrector
from bot.engine.statements import entry_deadlines
from bot.engine.stemming import stem

ORDER_DOC = "order"

STOPWORDS = frozenset(
    """a about above after again all also am an and any anything are aren arent as at be been before being
    between both but by can cant could couldn did didn do does doesn doing don done dont during each either
    else etc even ever every for from further get gets getting give given gives go goes going got had has have
    having he her here hers him his how however i id if im in into is isn it its itself ive just know let
    like ll long many may me might mine more most much must my need needs no nor not now of off on once only
    or other our ours out over own please pls re really s same say says said see she should so some
    something still such t tell than thank thanks that thats the their theirs them then there these they
    thing things think this those though through thru to too u under until up upon us very ve want was we
    were what whats whatever when where which while who whom whos whose why will with would yes yet you your
    yours hey hi hello bot eo order executive exactly actually basically currently mean means explain
    know knows happen happens happened matter matters here anyone someone whens hows wheres whys whichs
    call called calls build builds built supposed show shows role part deal info stuff work works working
    write writes wrote make makes made needed bring brings take takes use uses using used people person folks guys
    wasnt isnt doesnt didnt arent werent wont cant shouldnt wouldnt couldnt hasnt havent hadnt wasn weren hasn haven hadn
    shouldn wouldn couldn mustn needn big biggest major
    main exact precise itself quote quotes quoted anyway still yet just past happening look looking lol ok okay btw fyi quick question always never originally ago fit fits full complete entire whole
    ahead contain contains contained include includes play plays playing
    """.split()
)

# Words people wrap a question in ("my boss wants a one-pager by friday") that say nothing about
# the order. Unknown to the index, they would otherwise count as unmatched topic words and make a
# long question look like it is about something else.
FILLER = frozenset(
    """boss bosses manager managers team teams board colleague colleagues coworker coworkers client clients customer
    customers friday weekend tomorrow tonight honestly frankly seriously literally trying try tried figure figuring
    wondering wonder curious ask asking asked answer answers wants wanted onepager memo slide slides deck briefing
    items item angle line regional midsize firm shop small large q1 q2 q3 q4 quarter fy prep heads coverage article
    articles read reading saw heard hear mentioned mention mentions told somebody cto ciso gc counsel sure great cool
    kinda sorta real stuff anybody everybody guess hoping hope confused understand understanding clarify clarification
    guy gal dude tea spill lowdown scoop deets vibe vibes""".split()
)
STOPWORDS = STOPWORDS | FILLER
_FILLER_PHRASES = re.compile(
    r"\b(i (?:read|heard|saw) (?:somewhere|online|on (?:twitter|x|linkedin|the news))|someone (?:told|said to) me|right now|at the moment|these days|this time|for now|as of now|in general|i guess|you know|kind of|sort of|"
    r"one[- ]pager|heads[- ]up|(?:plan|plans|planning|intend|intends|expect|expects|going) to|so far|according to (?:the )?(?:reports?|reporting|coverage|news|articles?|press)|by (?:monday|tuesday|wednesday|thursday|friday|eod|end of (?:day|week))|first time|how come|right(?=\W*$)|for (?:our|my|the|a) (?:\w+ ){0,2}(?:committee|board|team|meeting|execs|leadership|memo|deck|briefing|newsletter|standup|stand-up|call)|(?:organi[sz]ations?|companies|firms|groups|entities|places|people|folks|teams|shops|outfits|ones|businesses) like (?:ours|us|mine|me|our \w+|my \w+))\b",  # "..., right?": a tag, not a topic
    re.I,
)

_FILLER_LOW = re.compile(_FILLER_PHRASES.pattern)  # on lower-cased text: words() lower-cases anyway, and re.I is slow
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


# Chat shorthand and irregular verb forms the suffix stemmer cannot fold, mapped to plain words.
# Applied to questions and content alike, so both sides meet on the same terms.
INFORMAL: dict[str, tuple[str, ...]] = {
    w: tuple(r.split())
    for w, r in {
        "b4": "before",
        "bfore": "before",
        "u": "you",
        "ur": "your",
        "r": "are",
        "y": "why",
        "rn": "now",
        "gov": "government",
        "govt": "government",
        "gvt": "government",
        "feds": "federal government",
        "admin": "administration",
        "dept": "department",
        "depts": "departments",
        "ppl": "people",
        "abt": "about",
        "bc": "because",
        "cuz": "because",
        "coz": "because",
        "tho": "though",
        "w": "with",
        "wat": "what",
        "wut": "what",
        "wht": "what",
        "whn": "when",
        "pls": "please",
        "plz": "please",
        "cos": "companies",
        "govts": "governments",
        "regs": "regulations",
        "reqs": "requirements",
        "req": "requirement",
        "approx": "about",
        "thru": "through",
        "nvm": "",
        "brought": "bring",
        "thought": "think",
        "took": "take",
        "taken": "take",
        "gave": "give",
        "given": "give",
        "chose": "choose",
        "chosen": "choose",
        "wrote": "write",
        "written": "write",
        "drew": "draw",
        "drawn": "draw",
        "sought": "seek",
        "led": "lead",
        "held": "hold",
        "kept": "keep",
        "met": "meet",
        "sent": "send",
        "spoke": "speak",
        "spoken": "speak",
        "came": "come",
        "became": "become",
        "began": "begin",
        "begun": "begin",
        "fought": "fight",
        "felt": "feel",
        "knew": "know",
        "known": "know",
        "saw": "see",
        "seen": "see",
        "told": "tell",
        "lost": "lose",
        "broke": "break",
        "broken": "break",
        "withdrew": "withdraw",
        "withdrawn": "withdraw",
        "threw": "throw",
        "thrown": "throw",
        "struck": "strike",
        "bought": "buy",
        "caught": "catch",
        "taught": "teach",
        "found": "find",
        "meant": "mean",
        "paid": "pay",
        "went": "go",
        "gone": "go",
        "going": "go",
        "ran": "run",
        "natsec": "national security",
        "jan": "january",
        "feb": "february",
        "mar": "march",
        "apr": "april",
        "jun": "june",
        "jul": "july",
        "aug": "august",
        "sep": "september",
        "sept": "september",
        "oct": "october",
        "nov": "november",
        "dec": "december",
        "outta": "out of",
        "gonna": "going to",
        "wanna": "want to",
        "gotta": "have to",
        "hafta": "have to",
        "lemme": "let me",
        "gimme": "give me",
        "dunno": "do not know",
        "ya": "you",
        "yall": "you all",
        "whatcha": "what are you",
        "bout": "about",
        "tryna": "trying to",
        "shoulda": "should have",
        "coulda": "could have",
        "woulda": "would have",
        "rode": "ride",
        "undid": "undo",
        "overrode": "override",
        "overridden": "override",
    }.items()
}


# "the May signing", "in May", "May 21": the month, not the modal verb (a stop word), so it can be matched.
_MAY_MONTH = re.compile(
    r"\b(in|on|the|since|early|late|mid|last|of|by|until|before|after|from|through|during|between) may\b(?!\s+(?:be|have|not)\b)"
    r"|\bmay(?=\s*\d{1,2}(?:st|nd|rd|th)?\b|'s\b)"
)
MAY_MONTH = "maymonth"


def _may_month(match: re.Match[str]) -> str:
    return f"{match.group(1)} {MAY_MONTH}" if match.group(1) else MAY_MONTH


# British spellings folded to the American ones the reports use: "organisation", "summarise", "defence", "behaviour".
_ISE_STEMS = (
    "organ summar prior author recogn critic minim maxim standard character categor final util real apolog "
    "legal formal central memor optim modern weapon scrutin capital emphas special general penal subsid "
    "stabil mobil normal visual harmon jeopard rational operational"
).split()
BRITISH: dict[str, str] = {
    f"{stem}is{end}": f"{stem}iz{end}" for stem in _ISE_STEMS for end in ("e", "es", "ed", "ing", "ation", "ations", "er", "ers")
}
BRITISH.update(
    {
        w: w.replace("our", "or")
        for w in (
            "behaviour behaviours favour favours favoured favourable labour honour colour neighbour endeavour rumour rumours "
            "harbour humour vigour"
        ).split()
    }
)
BRITISH.update(
    dict(
        pair.split(":")
        for pair in (
            "defence:defense licence:license licences:licenses offence:offense offences:offenses programme:program "
            "programmes:programs centre:center centres:centers analyse:analyze analysed:analyzed analyses:analyzes "
            "analysing:analyzing catalogue:catalog judgement:judgment enrol:enroll enrolment:enrollment fulfil:fulfill "
            "cancelling:canceling travelling:traveling modelling:modeling labelled:labeled counselling:counseling "
            "whilst:while amongst:among learnt:learned"
        ).split()
    )
)
INFORMAL.update({w: (r,) for w, r in BRITISH.items() if w not in INFORMAL})


_ALPHA_RUN = re.compile(r"(?<![\w'])[A-Za-z]{4,24}(?![\w'])")


def words(text: str) -> list[str]:
    """Lower-case word tokens; ``30-day`` gives ``30`` and ``day``; ``CISA's`` gives ``cisa``; shorthand expanded."""
    out: list[str] = []
    low = text.lower()
    if "may" in low:
        low = _MAY_MONTH.sub(_may_month, low)
    for token in _WORD.findall(low):
        token = token.split("'")[0]
        out.extend(INFORMAL.get(token, (token,)))
    return out


@dataclass(frozen=True)
class Concept:
    """One idea in a question: a word, or an alias phrase, with its alternative term sets."""

    surface: str
    alternatives: tuple[frozenset[str], ...]
    weight: float
    known: bool

    def covered_by(self, doc_terms: frozenset[str]) -> bool:
        return any(alt and alt <= doc_terms for alt in self.alternatives)


@dataclass(frozen=True)
class Query:
    text: str
    concepts: tuple[Concept, ...]
    corrections: dict[str, str] = field(default_factory=dict)

    @cached_property
    def terms(self) -> frozenset[str]:
        return frozenset(t for c in self.concepts for alt in c.alternatives for t in alt)

    @property
    def unknown(self) -> list[str]:
        return [c.surface for c in self.concepts if not c.known]


class Hit(NamedTuple):
    """One search result (a named tuple: thousands are built per second)."""

    doc_id: str
    score: float
    coverage: float
    matched: tuple[str, ...]
    similarity: float = 0.0  # the dense (sentence-vector) similarity, where the hybrid retriever found it


PARTICLES = frozenset({"back", "down", "up", "off", "out"})
MAX_GAP = 2


class AliasTable:
    """Curated alias phrases, matched on stemmed word sequences."""

    def __init__(self, aliases: list[Alias]) -> None:
        self.phrases: dict[tuple[str, ...], list[str]] = {}
        for alias in aliases:
            canonical = [stem(w) for w in words(alias.canonical) if w not in STOPWORDS]
            for term in [alias.canonical, *alias.terms]:
                key = tuple(stem(w) for w in words(term))
                if key:
                    self.phrases.setdefault(key, []).extend(canonical)
        self.longest = max((len(k) for k in self.phrases), default=0)
        # Phrase lengths by first word, longest first: most words start no phrase and cost one look-up.
        sizes: dict[str, set[int]] = {}
        for key in self.phrases:
            sizes.setdefault(key[0], set()).add(len(key))
        self.sizes = {first: sorted(n, reverse=True) for first, n in sizes.items()}
        # Phrasal verbs split by their object ("brought the order back", "water it down"): verb -> particles.
        self.separable: dict[str, set[str]] = {}
        for key in self.phrases:
            if len(key) == 2 and key[1] in PARTICLES:
                self.separable.setdefault(key[0], set()).add(key[1])
        # Single-word alias terms are valid spelling targets; parts of phrases ("look" in "look at") are not.
        self.surface_words = {t.lower() for a in aliases for t in a.terms if len(words(t)) == 1 and words(t)[0] == t.lower()}
        self.surface_words |= {w for a in aliases for w in words(a.canonical)}

    def matches(self, stems: list[str], particles: set[int] | None = None) -> list[tuple[int, int, list[str]]]:
        """(start, end, canonical terms) for every alias phrase found, longest first.

        A phrasal verb split by its object matches as its verb alone; the particle's position goes into ``particles``.
        """
        found = []
        n = len(stems)
        for start in range(n):
            for size in self.sizes.get(stems[start], ()):
                if size > n - start:
                    continue
                canonical = self.phrases.get(tuple(stems[start : start + size]))
                if canonical:
                    found.append((start, start + size, canonical))
                    break
            else:
                split = self._split(stems, start)
                if split is not None:
                    found.append((start, start + 1, self.phrases[(stems[start], stems[split])]))
                    if particles is not None:
                        particles.add(split)
        return found

    def _split(self, stems: list[str], start: int) -> int | None:
        """The particle's position when a phrasal verb has one or two words between verb and particle."""
        verbs = self.separable.get(stems[start])
        if not verbs:
            return None
        for end in range(start + 2, min(start + 2 + MAX_GAP, len(stems))):
            if stems[end] in verbs:
                return end
        return None


def analyze(text: str, aliases: AliasTable) -> list[str]:
    """Document text -> index terms (stems plus alias canonical terms)."""
    tokens = words(text)
    stems = [stem(w) for w in tokens]
    terms = [s for w, s in zip(tokens, stems) if w not in STOPWORDS]
    for _, _, canonical in aliases.matches(stems):
        terms.extend(canonical)
    return terms


EXAMPLE_WEIGHT = 1.0  # the entries' example questions (content), weighted like their details
FIELD_WEIGHTS = {
    "title": 3.0,
    "keywords": 2.5,
    "agencies": 1.5,
    "summary": 1.5,
    "details": 1.0,
    "deadlines": 1.0,
    "examples": EXAMPLE_WEIGHT,
}
K1 = 1.2
PARSE_MEMO = 16
COVERING_MEMO = 8192
UNKNOWN_WEIGHT = 0.7
B = 0.75


def entry_fields(content: Content, entry: Entry) -> dict[str, str]:
    """The searchable text of one entry, by field (deadline text folded into its provision)."""
    deadlines = entry_deadlines(content, entry)
    details = [f.text + (f" ({f.speaker})" if f.speaker else "") for f in entry.details]
    for disc in entry.discrepancies:
        details.append(disc.topic)
        details.extend(v.text for v in disc.versions)
    return {
        "title": entry.title + (f" section {entry.section}" if entry.section else ""),
        "keywords": " ; ".join([*entry.keywords, *(k for d in deadlines for k in d.keywords)]),
        "agencies": ("agencies: " + " ; ".join(entry.agencies)) if entry.agencies else "",
        "summary": entry.summary,
        "details": " ".join(details),
        "deadlines": " ".join(
            f"deadline due {d.title}. {d.what} {' '.join(d.who)} {d.days_after_signing} days {d.note.text if d.note else ''}"
            for d in deadlines
        ),
        "examples": " ; ".join([*entry.examples, *(q for d in deadlines for q in d.examples)]),
    }


def order_fields(content: Content) -> dict[str, str]:
    order = content.order
    return {
        "title": f"{order.title} ; {order.short_name} ; official title, name of the order",
        "keywords": "",
        "agencies": "",
        "summary": order.summary,
        "details": f"signed signing date {order.signing_date_note}",
        "deadlines": "",
        "examples": " ; ".join(order.examples),
    }


class Index:
    """BM25F over entries plus one document for the order itself."""

    def __init__(self, content: Content) -> None:
        self.aliases = AliasTable(content.aliases)
        docs = {ORDER_DOC: order_fields(content)}
        docs.update({e.id: entry_fields(content, e) for e in content.entries.values()})
        self.doc_ids = list(docs)
        analyzed = {d: {f: analyze(t, self.aliases) for f, t in fields.items()} for d, fields in docs.items()}
        self.title_terms = {d: frozenset(f["title"]) for d, f in analyzed.items()}
        self.doc_terms = {d: frozenset(t for terms in f.values() for t in terms) for d, f in analyzed.items()}
        self.vocab = frozenset().union(*self.doc_terms.values())
        self.idf = self._idf()
        self.postings = self._postings(analyzed)
        surface: Counter[str] = Counter()
        for fields in docs.values():
            surface.update(w for text in fields.values() for w in words(text) if w.isalpha() and w not in STOPWORDS)
        surface.update(w for w in self.aliases.surface_words if w.isalpha() and w not in STOPWORDS)
        self.surface_vocab = frozenset(surface)
        self.speller = SpellingCorrector(surface)
        # A word the index has never seen is informative (the question may be about something else),
        # but less so than a rare indexed term: typed words are noisier than curated text.
        self.unknown_idf = UNKNOWN_WEIGHT * math.log(1 + (len(self.doc_ids) + 0.5) / 0.5)
        self._term_cache: dict[str, frozenset[str]] = {}
        self._parsed: dict[str, Query] = {}
        self.term_docs = {t: frozenset(docs) for t, docs in self.postings.items()}
        self._concepts: dict[tuple, Concept] = {}
        self._fixes: dict[str, tuple[str, str | None]] = {}
        self._covering: dict[tuple[frozenset[str], ...], frozenset[str]] = {}

    def _idf(self) -> dict[str, float]:
        n = len(self.doc_ids)
        df = Counter(t for terms in self.doc_terms.values() for t in terms)
        return {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    def _postings(self, analyzed: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, float]]:
        avg = {f: sum(len(a[f]) for a in analyzed.values()) / len(analyzed) or 1.0 for f in FIELD_WEIGHTS}
        postings: dict[str, dict[str, float]] = {}
        for doc, fields in analyzed.items():
            pseudo: dict[str, float] = {}
            for name, terms in fields.items():
                norm = 1 - B + B * len(terms) / avg[name]
                for term, tf in Counter(terms).items():
                    pseudo[term] = pseudo.get(term, 0.0) + FIELD_WEIGHTS[name] * tf / norm
            for term, weight in pseudo.items():
                postings.setdefault(term, {})[doc] = self.idf[term] * weight / (K1 + weight)
        return postings

    def terms_of(self, text: str) -> frozenset[str]:
        """Index terms of a piece of content text (cached: content text is fixed)."""
        cached = self._term_cache.get(text)
        if cached is None:
            cached = self._term_cache[text] = frozenset(analyze(text, self.aliases))
        return cached

    def _correct(self, word: str, corrections: dict[str, str]) -> str:
        """The word, or its spelling fix (recorded in ``corrections``); memoised per word (the vocabulary is fixed)."""
        found = self._fixes.get(word)
        if found is None:
            if len(self._fixes) >= COVERING_MEMO:
                self._fixes.clear()
            fixes: dict[str, str] = {}
            found = self._fixes[word] = (self._fix(word, fixes), fixes.get(word))
        fixed, recorded = found
        if recorded is not None:
            corrections[word] = recorded
        return fixed

    def _fix(self, word: str, corrections: dict[str, str]) -> str:
        if word in STOPWORDS or not word.isalpha() or word in self.surface_vocab or stem(word) in self.vocab:
            return word
        if word.endswith("ly") and stem(word[:-2]) in self.vocab:
            return word[:-2]
        fixed = self.speller.correct(word)
        if fixed:
            corrections[word] = fixed
            return fixed
        return word

    def knows(self, word: str) -> bool:
        """A lower-cased word the content uses (or a stopword, or not a word at all)."""
        return word in STOPWORDS or not word.isalpha() or word in self.surface_vocab or stem(word) in self.vocab

    def respell(self, text: str) -> str:
        """The question with its typos fixed in place ("is the revew manditory" -> "is the review mandatory"),
        so that every later step (intent patterns as well as retrieval) reads the words the asker meant."""

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            fixed = self._correct(word.lower(), {})
            return word if fixed == word.lower() else fixed

        return _ALPHA_RUN.sub(fix, text)

    def _concept(self, surface: str, alternatives: list[frozenset[str]]) -> Concept:
        key = (surface, *alternatives)
        concept = self._concepts.get(key)
        if concept is None:
            if len(self._concepts) >= COVERING_MEMO:
                self._concepts.clear()
            concept = self._concepts[key] = self._new_concept(surface, alternatives)
        return concept

    def _new_concept(self, surface: str, alternatives: list[frozenset[str]]) -> Concept:
        known = [alt for alt in alternatives if alt and alt <= self.vocab]
        weight = max((sum(self.idf[t] for t in alt) / len(alt) for alt in known), default=self.unknown_idf)
        return Concept(surface, tuple(a for a in alternatives if a), weight, bool(known))

    def parse(self, text: str) -> Query:
        """The question's concepts (memoised for the few texts of the current question: parsing is pure)."""
        query = self._parsed.get(text)
        if query is None:
            if len(self._parsed) >= PARSE_MEMO:
                self._parsed.clear()
            query = self._parsed[text] = self._parse(text)
        return query

    def _parse(self, text: str) -> Query:
        corrections: dict[str, str] = {}
        ws = [self._correct(w, corrections) for w in words(_FILLER_LOW.sub(" ", text.lower()))]
        stems = [stem(w) for w in ws]
        particles: set[int] = set()
        phrases = {start: (end, canonical) for start, end, canonical in self.aliases.matches(stems, particles)}
        concepts: dict[tuple[frozenset[str], ...], Concept] = {}
        i = 0
        while i < len(ws):
            if i in phrases:
                end, canonical = phrases[i]
                own = frozenset(s for w, s in zip(ws[i:end], stems[i:end]) if w not in STOPWORDS)
                concept = self._concept(" ".join(ws[i:end]), [own, frozenset(canonical)])
                i = end
            elif i in particles or ws[i] in STOPWORDS or (len(ws[i]) == 1 and not ws[i].isdigit()):
                i += 1
                continue
            else:
                concept = self._concept(ws[i], [frozenset([stems[i]])])
                i += 1
            if concept.alternatives:
                concepts.setdefault(concept.alternatives, concept)
        return Query(text, tuple(concepts.values()), corrections)

    def covering(self, concept: Concept) -> frozenset[str]:
        """The documents whose terms cover the concept (memoised by its term sets)."""
        docs = self._covering.get(concept.alternatives)
        if docs is None:
            found: set[str] = set()
            for alt in concept.alternatives:
                if alt:
                    found |= frozenset.intersection(*(self.term_docs.get(t, frozenset()) for t in alt))
            if len(self._covering) >= COVERING_MEMO:
                self._covering.clear()
            docs = self._covering[concept.alternatives] = frozenset(found)
        return docs

    def coverage(self, query: Query, doc_id: str) -> tuple[float, tuple[str, ...]]:
        total = sum(c.weight for c in query.concepts)
        matched = [c for c in query.concepts if doc_id in self.covering(c)]
        return (sum(c.weight for c in matched) / total if total else 0.0), tuple(c.surface for c in matched)

    def search(self, query: Query, limit: int = 5) -> list[Hit]:
        scores: dict[str, float] = {}
        get = scores.get
        postings = self.postings
        for term in query.terms:
            weights = postings.get(term)
            if weights:
                if not scores:
                    scores.update(weights)  # the first term's weights as they are (0 + w is w)
                    continue
                for doc, weight in weights.items():
                    scores[doc] = get(doc, 0) + weight
        best = sorted(scores.items(), key=itemgetter(1), reverse=True)[:limit]  # stable, as Counter.most_common
        total = sum(c.weight for c in query.concepts)
        sets = [self.covering(c) for c in query.concepts]
        by_mask: dict[tuple[bool, ...], tuple[float, tuple[str, ...]]] = {}  # hits covering the same concepts share it
        hits = []
        for doc, score in best:
            mask = tuple([doc in docs for docs in sets])
            found = by_mask.get(mask)
            if found is None:
                matched = [c for c, hit in zip(query.concepts, mask) if hit]
                cov = sum(c.weight for c in matched) / total if total else 0.0
                found = by_mask[mask] = (cov, tuple(c.surface for c in matched))
            hits.append(Hit(doc, score, *found))
        return hits
