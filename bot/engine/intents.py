"""Question intent detection: what kind of answer a question asks for, independent of its topic.

Patterns here say *how* something is asked (when, who, a reaction, a quote, a listing of the
deadlines, who must take part...); bot.engine.retrieve uses them to rank entries and bot.engine.answer to route
the question. Nothing here knows the content.
"""

from __future__ import annotations

import re

from bot.engine.patterns import ci
from bot.engine.stemming import stem

SECTION = ci(r"\b(?:section|sec\.?|§)\s*(\d+)")
WHEN = ci(
    r"\b(when|due|deadlines?|by when|how long|how many days|how soon|what date|timeline|time ?frame|days?|overdue|passed|"
    r"expired?|lapsed|(?:time|weeks?) (?:left|remaining)|status|still upcoming)\b",
)
WHO = ci(r"\b(who|whom|whose|which (agenc|department|office)\w*|responsible|in charge|on the hook)\b")
REACTION = ci(
    r"\b(think|thinks|thought|(?:say|said|says)(?! no\b)|react\w*|views?|opinions?|take(?! part| effect| place)|feel|comment\w*|respon\w*|critic\w*|prais\w*|welcom\w*|weigh(?:s|ed|ing)? in|chim(?:e|ed|es|ing) in|sp(?:eak|oke|eaks|eaking) out|(?:not|n't|un) ?happy|displeased|for or against|on board with|against (?:it|this|the order)|in favou?r of (?:it|this|the order)|stance|stand on|position on|side with|sided|"
    r"post(?:ed|s)?(?! office)|tweet\w*|call(?:ed|s)? (?:it|the|that|this)\b(?! off))\b",
)
TITLE = ci(r"\b(name|named|title|titled|called(?! off))\b")
# "before this", "previously", "prior policy": the question is about what came before the order.
EARLIER = ci(
    r"\bbefore (this|that|it|the (order|eo))\b|\b(previous(ly)?|prior|earlier|used to|in the past|until now|formerly|past (policy|approach|stance))\b"
    r"|\b(original(ly)?|first (signing|ceremony|event)|(was|were) (supposed|meant|planned|scheduled) to)\b",
)
DUE = ci(r"\b(due|deadlines?|timelines?|overdue|past yet|passed|expire[sd]?|days? (?:left|remaining))\b|^\W*by when\b")
# "Has it passed?", "how many days left?": the answer leads with where the deadlines stand today.
STATUS = ci(
    r"\b(overdue|passed|past due|expired?|lapsed|left|remaining|yet|still|already|status|on track|missed|run out|ran out|over|elapsed|late|on time|(?:behind|on) schedule)\b"
)
# "What's next?", "upcoming deadlines": what is due next relative to today.
NEXT = ci(
    r"\b(what'?s next|(?:due|coming|happening) next|next (?:deadline|due date)s?|what comes next|next steps?|what happens next|"
    r"upcoming|coming up|soonest|next (?:\w+ ){0,2}(?:due|deadlines?|dates?|up))\b",
)
# A listing of deadlines: a time word and a deadline word, or a "what's next".
# "and the 60 day one?", "what about the 30-day ones": a follow-up naming deadlines by their day count.
N_DAY_ONE = ci(r"\b(?:the|that|those|these)\s+(\d+)[- ]?days?\s+(?:one|ones|deadlines?)\b")
DEADLINE_TOPIC = ci(r"deadline|due|dates?\b|timeline|schedule|clock")
# "Key dates", "a timeline of how it came together", "what goes in my calendar": the dated events and the deadlines.
TIMELINE = ci(
    r"\b(timelines?|time ?line|chronolog\w*|(?:key|important|main|major|big|relevant) dates|dates? (?:to|i should|we should) "
    r"(?:know|remember|watch|note)|calendar|(?:sequence|order) of events|what happened when|came together|unfold\w*)\b",
)
# Words a timeline question may use besides the events it names.
TIMELINE_TERMS = frozenset(
    stem(w)
    for w in "timeline chronology chronological key important main major big relevant dates date "
    "calendar put sequence events event happened came come together unfolded how order signing".split()
)
# A question in which the order itself is the topic: "what is this", "tell me about the EO".
ABOUT_ORDER = ci(r"\b(order|eo|executive|this|it|policy|document|thing|tea|gist|lowdown|scoop|deets|story)\b")
# "Is it mandatory for banks?", "does this apply to us?": who must take part.
APPLIES = ci(
    r"\b(mandatory|required|requirement|compulsory|obligat\w*|oblig(?:ed|es)|forced|have to|has to|must (?:we|i|they|us|you)|need to "
    r"(?:submit|share|participate|comply|join|do)|apply to|applies to|applicable|relevant (?:to|for)|pertains? to|affect\w*|comply|compliance|participat\w*)\b",
)
# "Does this apply to us?", "is it relevant for banks": who the order concerns, answered before plain retrieval.
APPLIES_TO = ci(
    r"\b(appl(?:y|ies|icable)|relevant|pertain\w*)\s+(?:to|for)\b|\baffect(?:s|ed|ing)? (?:us|me|our|banks?|labs?|compan)"
)
# An acronym as typed ("CMMC", "DFARS"): a named regime or body.
ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")
# The asker's own organisation or sector: "do WE have to", "mandatory for a bank".
ASKER = ci(r"\b(we|us|our|my|banks?|hospitals?|utilit(?:y|ies)|labs?|startups?|compan(?:y|ies)|firms?|developers?)\b")
# "When did X happen": an entry that dates the event beats one that only mentions it.
DAY_COUNT = ci(r"\b(\d+)[- ]?days?\b")  # "90 days", "a 30-day clock"
WHEN_DATE = ci(r"\b(when|what (?:date|day|month|year))\b")
DATE = ci(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|20\d\d)\b",
)
# "What does the order itself say about X": the order's own text, not commentators' reactions.
ORDER_SAYS = ci(r"\b(order|eo|it|text|itself|document|fact sheet)\s+(?:itself\s+|actually\s+)?(say|says|said|state[sd]?)\b")
QUOTE = ci(
    r"\b(quotes?|quoted|verbatim|exact words|wording|word for word|language|in (?:its|their|his|her) own words|"
    r"(?:\w+['’]s|his|her|their) (?:own |exact |actual )?words|"
    r"phrases?|catchphrase|(?:what|which) (?:words?|term|expression)|how did .{1,40}? (?:describe|call|put|characteri[sz]e))\b"
)
# "…? need the exact quote for a meme": a sentence of its own asking for someone's words, which focus() drops as context
QUOTE_REQUEST = ci(
    r"\b(?:the|an?|exact|actual|full|direct)\s+(?:quotes?|quotation|wording)\b|\b(?:exact|actual) words\b|\bverbatim\b|\bword for word\b"
)
QUOTED = re.compile(r"[“\"][^”\"]{8,}[”\"]")  # a quotation of a few words at least ("a game changer")
MONTHS = {
    m: n
    for n, m in enumerate(
        "january february march april may june july august september october november december".split(), start=1
    )
}
MONTH = ci(r"\b(" + "|".join(MONTHS) + r")\b")
HOW_MUCH = ci(r"\bhow (?:much|many)\s+([a-z][a-z' -]*)")
# "what happens if...", "what if...": consequences the reports may leave open.
WHAT_IF = ci(r"\bwhat (?:(?:happens|would happen|will happen)\b(?!\s+(?:in|during|within|inside|at|on)\b)|if\b)")
# "could they make it mandatory later?", "who would have to make the review compulsory?": what it would take to go
# beyond the order (binding rules), not what the order does now.
MANDATE = ci(
    r"\b(?:make|makes|making|turn|turns|turning|become|becomes|convert|change|changes|force)\b.{0,40}?"
    r"\b(?:mandatory|compulsory|required|binding|obligatory|licens\w*|law)\b"
    r"|\b(?:mandatory|compulsory|binding|licens\w*)\b.{0,40}?\b(?:later|down the (?:line|road)|in the future|next year|"
    r"someday|eventually|one day)\b"
    r"|\b(?:want\w*|wish\w*|push\w*|prefer\w*)\b.{0,40}?(?:\bto be\b.{0,25}?|\b(?:it|this|that|them|reviews?)\s+)"
    r"\b(?:mandatory|compulsory|required|binding|obligatory)\b"
    # "if we wanted a binding review regime, who'd have to create it?": who could make rules, not who must take part
    r"|\b(?:wanted|want|wants|needed|for)\s+(?:an?\s+)?(?:(?:real|actual|proper)[,\s]+)?(?:binding|mandatory|compulsory)\b"
    r"|\b(?:create|write|pass|enact|set up|establish|impose)\s+(?:an?\s+|the\s+)?(?:real\s+|actual\s+)?(?:binding|mandatory|compulsory)\b"
)
# "..., 2 sentences", "in one line please": how to answer, not what about.
FORMAT = ci(
    r"[,;:-]?\s*\b(?:in\s+|max\s+|at most\s+)?(?:\d+|one|two|three|a few|few)\s+(?:short\s+)?(?:sentences?|lines?|words?|bullets?|bullet points?|paragraphs?)\b(?:\s+(?:please|pls|max))?"
)
PRONOUN = ci(r"\b(it|its|they|them|that|this|those|these|one)\b")
SPLIT = ci(
    r"[?;]+|\s+(?:and|also|plus)\s+(?=(?:who|when|what|whats|how|why|where|which|is|are|does|did|do|can|will)\b)",
)
# "What role does Commerce play?", "what does Treasury do", "is DHS involved": an agency's part in the order.
AGENCY_ROLE = ci(
    r"\b(role|roles|what (?:does|do|will|would|is|are) .{1,40}? (?:do|doing)|involved|involvement|(?<!take )(?<!taking )part|play|plays|job|duties|"
    r"responsibilit\w*|tasked|tasking|charged with|up to|on the hook|owe|owes|deliverables?|"
    r"(?:require|requires|expect|expects|ask|asks|want|wants|need|needs) (?:of|from) (?:us|them|it|the \w+))\b",
)
# "Do the reports agree on X?", "where do the accounts differ": the versions the reports give.
DISAGREE = ci(
    r"\b(reports?|sources?|outlets?|accounts?|articles?|coverage)\b.{0,40}\b(agree\w*|disagree\w*|differ\w*|conflict\w*|"
    r"contradict\w*|consisten\w*|inconsisten\w*|var(?:y|ies))\b|\b(agree\w*|disagree\w*|differ\w*|conflict\w*|contradict\w*|"
    r"consisten\w*|inconsisten\w*|discrepanc\w*)\b.{0,40}\b(reports?|sources?|outlets?|accounts?|articles?)\b",
)
DISAGREE_WORDS = ci(
    r"\b(agree\w*|disagree\w*|differ\w*|conflict\w*|contradict\w*|consisten\w*|inconsisten\w*|var(?:y|ies)|discrepanc\w*)\b"
)
WHY = ci(
    r"\bwhy\b|\bhow come\b|\bwhat (?:caused|prompted|triggered|drove|led to|explains|made|sparked|spurred|motivated)\b"
    r"|\breasons? (?:for|behind)\b"
    # "what got the government worried enough to do this?", "what pushed them to act?"
    r"|\bwhat (?:got|pushed|moved)\b.{0,40}?\b(?:worried|scared|concerned|alarmed|nervous|to (?:act|do|move|sign))\b"
    # "what model kicked all this off?", "what set it off"
    r"|\bwhat\b(?:\s+\w+)?\s+(?:kick(?:ed|s)?|set|touch(?:ed|es)?|start(?:ed|s)?)\s+(?:all\s+)?(?:this|it|that|the whole thing)?\s*off\b"
)
# Questions about the bot's own sources ("where do you get this?"), not about "open source" models.
ABOUT_SOURCES = ci(
    r"(?<!open )(?<!open-)\b(sources?|citations?|cite[sd]?|news reports?|implicator|outlets?|publications?|newspapers?|news (?:organi[sz]ations?|sites?))\b"
    r"|\b(your|the|these|those|which|what|five) (reports?|articles?)\b|\bwho (?:reported|wrote|covered)\b|\breported on (?:this|it|the (?:order|eo))\b"
    r"|\bwhere (?:do|does|did) (?:you|your \w+|this|that|it|the \w+) (?:get|come)|\bhow do you know\b",
)
NUMBER = ci(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b")
# a sentence ends after . ! ? : ; but not after an abbreviation ("Sacks on the draft vs. the final one?", "Sen. Warner")
_SENTENCE = re.compile(
    r"(?<=[.!?:;])(?<!\bvs\.)(?<!\bv\.)(?<!\bSen\.)(?<!\bsen\.)(?<!\bRep\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
    r"(?<!\bSt\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bU\.S\.)(?<!\bD\.C\.)(?<!\bno\.)(?<!\bNo\.)\s+"
)
_DASH = re.compile(r"\s+[-–—]+\s+")  # "I run a lab - do we have to...": a dash after a self-description ends the context
_SELF_REFERENCE = ci(r"\b(?:like (?:ours|us|mine|me)|for (?:us|me)|to (?:us|me)|(?:our|my) way)\b")
POINTING_WORDS = 10  # a question this short with "they"/"it"/"that" leans on the sentence before it
# "What reason did they give?", "What was the gist?": a pronoun, or a noun as vague, leans on the sentence before
_BACK_PRONOUN = ci(
    r"\b(?:it|its|they|them|their|that|this|he|she|him|his|her|gist|upshot|takeaway|bottom line|tl;?dr|point|context)\b"
)
INTRO_WORDS = 4  # a self-introduction before a dash is short: "House aide", "bank CISO here"
_ASKER_ROLE = ci(r"\b(?:here|staffer|reporter|journalist|lawyer|attorney|ciso|cio|cto|intern|founder|aide|consultant|student)\b")
_TOPIC_HEAD = ci(r"^(?:the|a|an|this|that)\b")
_SELF_DESCRIPTION = ci(r"^\W*(?:i|we|my|our|i'm|we're|im)\b")
# "I need the actual quote — do you have it?": a sentence saying what is wanted asks, even without a question mark
_REQUEST = ci(r"^\W*(?:i|we)(?:'d| would)? (?:need|want|like|am looking for|'m looking for|are looking for|'re looking for)\b")


def asks_for_words(sentence: str) -> bool:
    """ "…? verbatim pls", "exact wording": a short note asking for the words themselves belongs to the question."""
    return len(sentence.split()) <= 4 and bool(QUOTE.search(sentence))


_QUESTION_START = ci(
    r"^(?:(?:and|also|plus|so|but|or|then)\s+)?"  # "… ? and what about the hiring piece": still a question
    r"(who|whom|whose|what|whats|when|where|which|why|how|is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b"
)

TIME_TERMS = frozenset(stem(w) for w in "time days day weeks week months month long years year".split())
# Words that may sit in a "list the deadlines" question: months, "next", "after signing", "exact".
LISTING_TERMS = frozenset(
    stem(w) for w in [*MONTHS, "next", "sign", "signing", "step", "steps", "upcoming", "coming", "come", "exact", "specific"]
)
OPEN_TERMS = frozenset(stem(w) for w in "open questions".split())
EARLIER_TERMS = frozenset(stem(w) for w in "earlier previous prior before planned original".split())
# "was there a ceremony this time?", "what did the CEOs say at the signing?": the signing that happened, not the
# earlier event that was called off
THIS_TIME = ci(
    r"\bthis time\b|\bthe second time\b|\bwhen (?:it was|he|trump) (?:finally |actually )?signed\b|"
    r"\bat the (?:actual |real |june |final )?signing\b|\bfinally signed\b|\bin june\b"
)
CALLED_OFF_TERMS = frozenset(stem(w) for w in "cancel draft earlier planned original".split())
# Words that only say "tell me about deadlines" without naming a topic.
DEADLINE_WORDS = frozenset(
    stem(w)
    for w in "deadline deadlines due dates date day days list all every upcoming next coming soon timeline schedule "
    "clocks clock responsible hook charge calendar overdue passed pass left remaining remain expire expired lapsed "
    "status track missed already yet still".split()
)

_KINDS = {
    "reaction": REACTION,
    "title": TITLE,
    "earlier": EARLIER,
    "this_time": THIS_TIME,
    "due": DUE,
    "what_if": WHAT_IF,
    "mandate": MANDATE,
    "dated": WHEN_DATE,
    "order_says": ORDER_SAYS,
    "quote": QUOTE,
    "agency_role": AGENCY_ROLE,
    "disagree": DISAGREE,
    "why": WHY,
    "sources": ABOUT_SOURCES,
}


# "what do the reports say about the clearinghouse?": what the sources report, not someone's reaction
REPORTS_SAY = ci(
    r"\b(?:reports?|articles?|coverage|sources|clippings?|stories|story|news|press)\s+(?:actually\s+|even\s+)?(?:say|says|said)\b"
)


def intents(clause: str) -> frozenset[str]:
    """What kind of entry the clause asks for (a reaction, a date, a quote...), independent of its topic."""
    found = {name for name, pattern in _KINDS.items() if pattern.search(clause)}
    if "order_says" in found:  # "what does the order say": the order's text, not what people said about it
        found.discard("reaction")
    if "reaction" in found and REPORTS_SAY.search(clause) and not REACTION.search(REPORTS_SAY.sub(" ", clause)):
        found.discard("reaction")
    return frozenset(found)


def generic(alternatives: tuple[frozenset[str], ...]) -> bool:
    """A concept that only says "deadline", "status", "next"... and names no topic."""
    return all(alt <= DEADLINE_WORDS for alt in alternatives)


# "Why did he change his mind after he cancelled it in May?": the trailing clause dates the question, the main one asks.
_WHY_CONTEXT = ci(
    r"^(\W*why\b.{8,}?)\s*,?\s+\b(?:after|before|since|once|when|now that)\s+(?:he|she|they|it|we|you|i)\s+\w+(?:ed|d)\b.*$"
)


def _introduces(sentence: str) -> bool:
    """ "I run a lab - …", "House aide - …", "reporter on deadline — …": the part before the dash says who asks."""
    if _SELF_DESCRIPTION.match(sentence):
        return True
    head = _DASH.split(sentence, 1)[0].strip()
    # "Dean Ball — what's his beef?", "the Cato analyst - …": a topic before the dash, not the asker
    return len(head.split()) <= INTRO_WORDS and bool(_ASKER_ROLE.search(head)) and not _TOPIC_HEAD.match(head)


# "… . accurate?", "true or false?": a tag asking whether the sentence before it is so.
_VERIFY = ci(
    r"^\W*(?:(?:is|was) (?:that|this|it) )?(?:(?:really|actually|even|truly) )?(?:accurate|true|correct|right|legit|real|so|a fact|fact or fiction)\W*$"
    r"|^\W*(?:true or false|fact[- ]check(?: this| that)?|(?:can|could) (?:you|u) (?:confirm|verify)(?: this| that)?)\W*$"
)
# "reporters will ask 'is this a licensing regime?' - what's the answer": a quoted question or claim the asker needs
# answered or checked; the words around it only say so.
_QUOTED = re.compile(r"(?:^|(?<=\s))['\"‘“]([^'\"‘’“”]{8,300}?)['\"’”](?![a-z])")
_ABOUT_QUOTE = ci(
    r"\b(?:what'?s the (?:answer|reply|response)|how (?:do|should|would) (?:we|i) (?:answer|respond|reply)|"
    r"what (?:do|should) (?:we|i) (?:say|tell)|accurate|true|correct|legit|fact[- ]?check|confirm|verify)\b"
)


def quoted_ask(text: str) -> str | None:
    """The question a message quotes for answering or checking, as a question ("is it true that <claim>?")."""
    match = _QUOTED.search(text)
    if not match or not _ABOUT_QUOTE.search(text[: match.start()] + " " + text[match.end() :]):
        return None
    quote = match.group(1).strip()
    return quote if quote.endswith("?") else f"is it true that {quote.rstrip('.!')}?"


def checked_claim(text: str) -> str | None:
    """A claim or question the message asks to have checked or answered ("'…' - what's the answer", "… . accurate?"),
    as a question; None when it asks nothing of the kind."""
    quoted = quoted_ask(text)
    if quoted:
        return quoted
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    tagged = [n for n, s in enumerate(sentences) if n and _VERIFY.match(s)]
    return f"is it true that {sentences[tagged[0] - 1].rstrip('.!')}?" if tagged else None


def focus(text: str) -> str:
    """In a message of several sentences, the sentences that ask something; the rest is context."""
    claim = checked_claim(text)
    if claim:
        return claim
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    if _DASH.search(text):
        sentences = [p for s in sentences for p in (_DASH.split(s, 1) if _introduces(s) else [s]) if p.strip()]
    if len(sentences) < 2:
        context = _WHY_CONTEXT.match(text) if len(sentences) == 1 else None
        return text[: context.end(1)] if context else text
    asks = [s for s in sentences if s.endswith("?") or _QUESTION_START.match(s) or _REQUEST.match(s) or asks_for_words(s)]
    if asks and _SELF_REFERENCE.search(" ".join(asks)) and any(_SELF_DESCRIPTION.match(s) for s in sentences if s not in asks):
        return text  # "I work for a county - anything for organisations like ours?": the context says who "ours" is
    if not asks:
        return text
    # "The White House denied reviewing every model. Why, did they say?": a short question pointing back
    # with a pronoun keeps the sentence before it, which says what "they" did
    kept = [
        s
        for n, s in enumerate(sentences)
        if s in asks or (n + 1 < len(sentences) and sentences[n + 1] in asks and _points_back(sentences[n + 1]) and s not in asks)
    ]
    return " ".join(kept)


def _points_back(sentence: str) -> bool:
    return len(sentence.split()) <= POINTING_WORDS and bool(_BACK_PRONOUN.search(sentence))


# "explain X like I'm a board member, not an engineer", "in plain English", "ELI5": who the answer is for.
AUDIENCE = ci(
    r"[,;:-]?\s*\b(?:like|as if) (?:i'?m|i am|you'?re (?:talking|explaining) to) (?:a |an |my )?[\w-]+(?: [\w-]+){0,2}"
    r"(?:,?\s*not (?:a |an )?[\w-]+)?|\bin (?:plain|simple|normal|everyday|layman'?s?|non-?technical) (?:english|words|terms|language)\b"
    r"|\beli5\b|\bfor (?:a |an )?(?:non-?experts?|lay ?(?:person|people|man)|newbies?|beginners?|non-?engineers?)\b"
)


def without_format(text: str) -> str:
    """The question without a request about the answer's length or audience ("whats X, 2 sentences" -> "whats X")."""
    stripped = AUDIENCE.sub(" ", FORMAT.sub(" ", text)).strip()
    return stripped if any(ch.isalnum() for ch in stripped) else text


def clauses(text: str) -> list[str]:
    """The clauses of a question that asks two things at once."""
    return [c.strip() for c in SPLIT.split(text) if c and c.strip()] or [text]
