"""People the reports name but never quote: "what did Hegseth say?" gets an honest "the reports don't quote him",
with what they do say about him, instead of another person's reaction or a guess.

The people are the content's person aliases (``aliases.yaml``: a first and last name whose surname is one of the
alias terms). A person counts as quoted when a fact names them as its speaker, a reaction entry's title names
them, or a fact has them saying something ("Hawley saying", "quoted Sen. Josh Hawley")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.content.models import Content
from bot.engine.patterns import Matcher, ci

PERSON = re.compile(r"[A-Z][\w.'-]+(?: [A-Z][\w.'ñ-]+)+")
# "what did Sam Altman say?", "walmart's statement on the EO": someone asked about whom the reports never mention.
_ABOUT = (
    r"(?:say|said|says|think|thinks|thought|react\w*|respond\w*|response|comment\w*|statements?|quotes?|take|views?|"
    r"position|stance|tweet\w*|post(?:ed|s)?|weigh\w*|feel|opinion)"
)
SPEAKER_NAME = re.compile(
    rf"(?:\b(?:did|does|has|have|from|by|had)\s+)((?:[A-Z][\w'-]+\s+){{1,2}}[A-Z][\w'-]+)\s+(?:\w+\s+){{0,2}}?{_ABOUT}\b"
    rf"|\b((?:[A-Z][\w'-]+\s+){{1,2}}[A-Z][\w'-]+)(?:'s)?\s+(?:\w+\s+){{0,2}}?{_ABOUT}\b"
    # "what about Walmart's statement?": one capitalised word, not opening the sentence
    rf"|(?<=\w\s)([A-Z][\w-]+)'s\s+(?:official\s+|public\s+|own\s+|first\s+)?(?:statement|reaction|response|take|position|stance|comment|quote)s?\b"
)
_HEDGE = re.compile(r"\b(?:i|we) (?:think|thought|believe|feel|guess|heard|read)\b")
REACTION_WINDOW = 4  # words after a name in which a reaction word makes it the person's own reaction
SAY = r"(?:said|says|saying|told|tells|wrote|writes|posted|called|praised|criticized|criticised|warned|argued|welcomed|cautioned|noted)"


@dataclass(frozen=True)
class Person:
    name: str
    terms: frozenset[str]  # lower-cased words that name them in a question ("hegseth", "pete hegseth")
    mentions: tuple[tuple[str, str], ...]  # (entry id, fact text) naming them, in content order


class People:
    def __init__(self, content: Content) -> None:
        texts = [(e.id, t) for e in content.entries.values() for t in (e.summary, *(f.text for f in e.details))]
        speakers = " ".join(f.speaker or "" for e in content.entries.values() for f in e.details)
        titles = " ".join(e.title for e in content.entries.values() if e.kind == "reaction")
        self.everyone: list[Person] = []  # every person the aliases name (first and last name), quoted or not
        self.unquoted: list[Person] = []  # … of whom the reports quote no words
        for alias in content.aliases:
            surname = alias.canonical.split()[-1]
            if not PERSON.fullmatch(alias.canonical) or surname not in alias.terms or len(alias.canonical.split()) < 2:
                continue
            mentions = tuple((doc, t) for doc, t in texts if surname in t)
            terms = frozenset(t.lower() for t in (*alias.terms, alias.canonical))
            person = Person(alias.canonical, terms, mentions)
            if surname.lower() not in content.entries:  # "Claude Mythos" has an entry of its own: a model, not a person
                self.everyone.append(person)
            name = re.escape(surname.lower())
            said = ci(rf"\b{name}\W+(?:\w+\W+){{0,3}}?{SAY}\b|\b(?:quoted|according to)\W+(?:\w+\W+){{0,3}}?{name}\b")
            if not mentions or surname in speakers or surname in titles or any(said.search(t) for _, t in mentions):
                continue
            self.unquoted.append(person)

    @staticmethod
    def unknown_speaker(text: str, is_known: Callable[[str], bool]) -> str | None:
        """The name of someone the question asks about (what they said, their statement) whose every word
        ``is_known`` rejects: a person or company the reports never mention."""
        for match in SPEAKER_NAME.finditer(text):
            name = next(g for g in match.groups() if g).removesuffix("'s")
            words = name.split()
            while len(words) > 1 and is_known(words[0].lower()):  # "Did Jensen Huang": the name after the verb
                words.pop(0)
            if (len(words) >= 2 or match.group(3)) and not any(is_known(w.lower()) for w in words):
                return " ".join(words)
        return None

    def named(self, text: str, among: list[Person] | None = None) -> list[Person]:
        """The people (of ``among``; by default the unquoted) the text names by any of their names."""
        low = f" {re.sub(r'[^a-z0-9]+', ' ', text.lower())} "
        return [p for p in (self.unquoted if among is None else among) if any(f" {t} " in low for t in p.terms)]

    @staticmethod
    def reacting(text: str, person: Person, reaction: Matcher) -> bool:
        """The question asks for the person's own reaction: a reaction word within a few words after their name
        ("Hegseth react", "Blumenthal's view") or "from"/"by" them ("any comment from Musk"); not "an article said
        Powell was outgoing"."""
        low = _HEDGE.sub(" ", re.sub(r"[^a-z0-9']+", " ", text.lower()))  # "hegseth was there I think": the asker's
        for term in sorted(person.terms, key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(term)}\b", low):
                after = " ".join(low[match.end() :].split()[:REACTION_WINDOW])
                before = low[: match.start()].split()[-2:]
                if reaction.search(after) or (before and before[-1] in ("from", "by", "of")):
                    return True
        return False


_WORD = re.compile(r"[A-Za-z][\w-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")


def entry_texts(content: Content) -> dict[str, str]:
    """Each entry's words, and what each gap says is unknown, as one text (gaps keyed by their dense ``gap:`` id)."""
    texts = {
        e.id: " ".join((e.title, e.summary, *(f.text for f in e.details), *e.keywords, *(a for a in e.agencies)))
        for e in content.entries.values()
    }
    texts.update({f"gap:{g.id}": g.unknown for g in content.gaps.values()})
    return texts


def proper_words(texts: dict[str, str]) -> frozenset[str]:
    """Lower-cased words the content writes only capitalised, at least once mid-sentence and on their own: names of
    people, companies and agencies ("meta", "hegseth", "nsa"), not words of longer names ("register")."""
    capital: set[str] = set()
    lower: set[str] = set()
    for text in texts.values():
        found = list(_WORD.finditer(text))
        for i, match in enumerate(found):
            word = match.group()
            if word.islower():  # "xAI", "OpenAI" count as written capitalised
                lower.add(word.lower())
                continue
            if _SENTENCE_START.search(text[: match.start()]):
                continue
            # standing alone at least once: "Meta", "Hawley"; not "Register", only ever in "Federal Register"
            before = found[i - 1].group() if i and text[found[i - 1].end() : match.start()] == " " else ""
            after = found[i + 1].group() if i + 1 < len(found) and text[match.end() : found[i + 1].start()] == " " else ""
            if not (before[:1].isupper() or after[:1].isupper()):
                capital.add(word.lower())
    return frozenset(w for w in capital - lower if len(w) > 2)
