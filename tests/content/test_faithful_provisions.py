"""Issue 11, part 1, for the provisions, the deadlines and the order's summary: each audit finding is fixed, both in
the content and in the answer to a question that touches it (questions phrased here, not taken from an eval set)."""

from __future__ import annotations

import datetime as dt
import re

from bot.content.models import Content, Discrepancy
from bot.engine.answer import Answerer

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)
R000, R001, R002, R003, R004 = (
    "000_6266a5e4ff0ae12d.txt",
    "001_a8e141072fa5e75f.txt",
    "002_ccf0df14af54dae5.txt",
    "003_05fa798cd50b105a.txt",
    "004_43a0e5ac9bbf7905.txt",
)


def reports_of(disc: Discrepancy) -> list[set[str]]:
    """For each version of a disagreement, the reports it cites."""
    return [{s.report for s in v.sources} for v in disc.versions]


def discrepancy(discrepancies: list[Discrepancy], topic: str) -> Discrepancy:
    found = [d for d in discrepancies if re.search(topic, d.topic, re.I)]
    assert len(found) == 1, [d.topic for d in discrepancies]
    return found[0]


def user_text(content: Content) -> list[str]:
    """Everything a user can be shown from the provisions, the deadlines and the order."""
    texts = [content.order.summary, content.order.signing_date_note]
    for entry in content.provisions():
        texts += [entry.title, entry.summary, *(f.text for f in entry.details)]
        texts += [d.topic for d in entry.discrepancies] + [v.text for d in entry.discrepancies for v in d.versions]
    for d in content.deadlines.values():
        texts += [d.title, d.what, *d.who, *([d.note.text] if d.note else [])]
        texts += [v.text for disc in d.discrepancies for v in disc.versions]
    return texts


# ---------------------------------------------------------------- unsupported


def test_criteria_are_not_implied_to_become_public_after_60_days(answerer: Answerer, real_content: Content) -> None:
    summary = real_content.entries["implementation-details"].summary
    assert "Until then" not in summary and "classified" in summary
    for question in (
        "when the sixty days run out, do the criteria for covered models get published?",  # an honest "don't say"
        "once agencies finish the implementation details, what stays secret?",
    ):
        a = answerer.answer(question, NOW)
        assert "classified" in a.text, a.text
        assert not re.search(r"until then|public after|becomes? public", a.text, re.I), a.text


def test_no_directives_are_named_for_national_security_and_dod_systems(answerer: Answerer, real_content: Content) -> None:
    deadline = real_content.deadlines["nss-dod-directives-due"]
    provision = real_content.entries["nss-dod-directives"]
    for text in (deadline.title, deadline.what, provision.title, provision.summary):
        assert not re.search(r"\bdirectives? (for|to) national security", text, re.I), text
    assert "same 30-day clock" in deadline.what and "do not say what is due" in deadline.what
    assert deadline.note and "A second deadline" not in (deadline.note.sources[0].evidence or "")
    a = answerer.answer("which directives must be issued for Pentagon information systems, and when?", NOW)
    assert "nss-dod-directives" in a.provisions
    assert "Directives for national security systems" not in a.text
    assert "30-day clock" in a.text and re.search(r"do(es)? not say what", a.text), a.text


# ---------------------------------------------------------------- overstated


def test_who_gets_early_access_is_londonos_question_not_a_fact(answerer: Answerer, real_content: Content) -> None:
    # Londoño's question stays with his reaction (reactions.yaml); the provision no longer states it as what officials will do.
    entry = real_content.entries["covered-frontier-models"]
    assert not any("partners receive early access" in t for t in [entry.summary, *(f.text for f in entry.details)])
    a = answerer.answer("does the NSA director get to choose which partners receive early access?", NOW)
    assert a.answered
    assert "will determine which systems qualify for review and which partners receive early access" not in a.text
    for line in a.text.splitlines():
        if "partners receive early access" in line:
            assert re.search(r"Londoño|raised questions", line), line


def test_the_no_licensing_quote_is_not_called_complete(answerer: Answerer, real_content: Content) -> None:
    entry = real_content.entries["no-licensing"]
    assert not any(re.search(r"in full|full text|complete", t, re.I) for t in [entry.summary, *(f.text for f in entry.details)])
    a = answerer.answer("give me the no-licensing language verbatim, the entire clause", NOW)
    assert "no-licensing" in a.provisions
    assert "reads in full" not in a.text and "According to AP News" in a.text


# ---------------------------------------------------------------- misattributed


def test_clearinghouse_note_does_not_credit_003_with_treasury(answerer: Answerer, real_content: Content) -> None:
    note = real_content.deadlines["clearinghouse-due"].note
    assert note is not None and "Treasury-led" not in note.text and "Reports 001, 002 and 003" not in note.text
    r003 = [s.evidence or "" for s in note.sources if s.report == R003]
    assert r003 and "Treasury" not in r003[0]  # 003 describes the clearinghouse without naming Treasury
    a = answerer.answer("do all the reports agree that Treasury is in charge of the clearinghouse?", NOW)
    assert "clearinghouse" in a.provisions
    assert "no lead agency is named" in a.text and "Reports differ" in a.text, a.text


# ---------------------------------------------------------------- disagreements flattened


def test_clearinghouse_with_nsa_and_cisa_in_30_days_is_only_004(answerer: Answerer, real_content: Content) -> None:
    entry = real_content.entries["clearinghouse"]
    deadline = real_content.deadlines["clearinghouse-due"]
    assert "to be created with the NSA and CISA within 30 days" not in entry.summary
    assert "Implicator clipping" in entry.summary
    for disc in (discrepancy(entry.discrepancies, "clearinghouse"), discrepancy(deadline.discrepancies, "clearinghouse")):
        assert reports_of(disc) == [{R001}, {R002}, {R003}, {R004}]
        assert "NSA" in disc.versions[3].text and "NSA" not in " ".join(v.text for v in disc.versions[:3])
    assert deadline.who == ["Treasury, the NSA and CISA (per the Implicator clipping (004))"]
    a = answerer.answer("are the NSA and CISA building the vulnerability clearinghouse with Treasury?", NOW)
    assert "clearinghouse" in a.provisions
    assert "per the Implicator clipping" in a.text and "Treasury Secretary to form" in a.text, a.text


def test_benchmark_deadline_who_keeps_every_reports_version(answerer: Answerer, real_content: Content) -> None:
    deadline = real_content.deadlines["classified-benchmark-due"]
    assert len(deadline.who) == 1 and "per the Implicator clipping (004)" in deadline.who[0]
    disc = discrepancy(deadline.discrepancies, "who writes")
    assert reports_of(disc) == [{R001}, {R002}, {R003}, {R004}]
    a = answerer.answer("by the 60-day mark, who is supposed to have produced the classified benchmark?", NOW)
    assert "Reports differ on who writes the classified benchmark" in a.text, a.text
    for version in (
        "Homeland Security",
        "Director of the National Security Agency",
        "National Institute of Standards and Technology",
    ):
        assert version in a.text, version


def test_public_release_versus_other_trusted_partners_is_flagged(answerer: Answerer, real_content: Content) -> None:
    entry = real_content.entries["voluntary-review"]
    disc = discrepancy(entry.discrepancies, "30-day window comes before")
    assert reports_of(disc) == [{R000, R001, R002}, {R003}, {R004}]
    assert "trusted partners" in disc.versions[1].text and "other trusted partners" in disc.versions[2].text
    order = " ".join(real_content.order.summary.split())
    assert "up to 30 days before its public release" not in order
    assert "before public release, in four reports; before release to other trusted partners" in order
    a = answerer.answer("does the month-long government look happen before the public launch of a model?", NOW)
    assert a.answered and "Reports differ" in a.text and "trusted partners" in a.text, a.text


# ---------------------------------------------------------------- found while re-auditing


def test_sacks_push_for_no_licensing_keeps_axios_and_its_source(real_content: Content) -> None:
    facts = [f for f in real_content.entries["no-licensing"].details if "pushed for" in f.text]
    assert facts and all("Axios" in f.text and "person familiar" in f.text for f in facts)


def test_one_report_claims_in_the_order_summary_are_marked(real_content: Content) -> None:
    summary = " ".join(real_content.order.summary.split())
    assert "Per the Implicator clipping (004), it gives CISA 30 days" in summary
    assert "Treasury-led AI cybersecurity clearinghouse" not in summary


def test_no_report_number_is_named_as_report_nnn_to_users(real_content: Content) -> None:
    for text in user_text(real_content):
        assert not re.search(r"\bReports? \d{3}", text), text
