"""People the reports name but never quote: "what did Hegseth say?" gets an honest "the reports don't quote him",
with what they do say about him, instead of another person's reaction or a guess.

The people are the content's person aliases (``aliases.yaml``: a first and last name whose surname is one of the
alias terms). A person counts as quoted when a fact names them as its speaker, a reaction entry's title names
them, or a fact has them saying something ("Hawley saying", "quoted Sen. Josh Hawley")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.models import Content
from bot.engine.patterns import ci

PERSON = re.compile(r"[A-Z][\w.'-]+(?: [A-Z][\w.'ñ-]+)+")
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
        self.unquoted: list[Person] = []
        for alias in content.aliases:
            surname = alias.canonical.split()[-1]
            if not PERSON.fullmatch(alias.canonical) or surname not in alias.terms or len(alias.canonical.split()) < 2:
                continue
            name = re.escape(surname.lower())
            said = ci(rf"\b{name}\W+(?:\w+\W+){{0,3}}?{SAY}\b|\b(?:quoted|according to)\W+(?:\w+\W+){{0,3}}?{name}\b")
            mentions = tuple((doc, t) for doc, t in texts if surname in t)
            if not mentions or surname in speakers or surname in titles or any(said.search(t) for _, t in mentions):
                continue
            terms = frozenset(t.lower() for t in (*alias.terms, alias.canonical))
            self.unquoted.append(Person(alias.canonical, terms, mentions))

    def named(self, text: str) -> list[Person]:
        low = f" {re.sub(r'[^a-z0-9]+', ' ', text.lower())} "
        return [p for p in self.unquoted if any(f" {t} " in low for t in p.terms)]
