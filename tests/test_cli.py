"""Command line: ask (text, JSON, JSON lines), deadlines, provision/section, content check, eval, errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.content.loader import DEFAULT_CONTENT_DIR

NOW = "2026-06-20T12:00:00+00:00"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_answer_provisions_and_sources(capsys):
    code, out, _ = run(capsys, "ask", "--now", NOW, "when do the CISA directives come due")
    assert code == 0
    assert "July 2, 2026" in out and "12 days left" in out
    assert "Based on: cisa-bods" in out
    assert "Sources: " in out


def test_ask_json(capsys):
    code, out, _ = run(capsys, "ask", "--json", "--now", NOW, "what's the stock price of apple")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"answered", "text", "provisions", "sources", "score", "rule", "citations"}
    assert data["answered"] is False and data["provisions"] == [] and data["citations"] == []


def test_ask_sources_prints_each_line_with_report_words(capsys):
    code, out, _ = run(capsys, "ask", "--sources", "--now", NOW, "when are the CISA directives due?")
    assert code == 0
    listing = out.split("Sources, line by line:", 1)[1]
    assert "1. " in listing and "Implicator clipping (004), citing the order's text: \"" in listing
    assert "according to Section 2 of the order" in listing  # the report's own words, quoted


def test_content_evidence_passes_on_the_shipped_content(capsys):
    code, out, _ = run(capsys, "content", "evidence")
    assert code == 0 and "OK: every statement rests on its report's words" in out


def test_content_evidence_names_the_problem(capsys, tmp_path):
    import shutil

    from bot.core.settings import DEFAULT_CONTENT_DIR

    copy = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, copy)
    path = copy / "deadlines.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("according to Section 2 of the order", "per Section 9 of the order", 1)
    )
    code, out, _ = run(capsys, "--content", str(copy), "content", "evidence")
    assert code == 1 and "evidence not in the report" in out and "cisa-directives-due" in out


def test_ask_json_lines_from_stdin_in_a_subprocess():
    questions = "who leads the clearinghouse\n\nwho won the cup final\n"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "--now", NOW],
        input=questions,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["answered"] for r in rows] == [True, False]
    assert "clearinghouse" in rows[0]["provisions"]


def test_ask_into_a_pipe_closed_early_ends_quietly():
    """ "eo-bot ask … | head -1": the reader leaves after one line; no traceback on stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--now", NOW, "what does the order do"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and proc.returncode == 141


def test_ask_without_question_or_json_is_a_usage_error(capsys):
    code, _, err = run(capsys, "ask")
    assert code == 1 and "needs a question" in err


def test_bad_now_is_a_clear_argparse_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ask", "--now", "yesterday", "hi"])
    assert exc.value.code == 2
    assert "not an ISO date/time" in capsys.readouterr().err


def test_deadlines_text_and_json(capsys):
    code, out, _ = run(capsys, "deadlines", "--today", "2026-07-02")
    assert code == 0 and "due today" in out and "Thursday, July 2, 2026" in out and "who: CISA" in out
    code, out, _ = run(capsys, "deadlines", "--json", "--today", "2026-07-10")
    rows = json.loads(out)
    assert rows == sorted(rows, key=lambda r: r["due"])
    first = rows[0]
    assert (first["due"], first["state"], first["label"]) == ("2026-07-02", "passed", "passed 8 days ago")


def test_provision_and_section(capsys):
    code, out, _ = run(capsys, "provision", "classified-benchmark")
    assert code == 0
    assert "Reports differ on" in out and "Deadlines:" in out and "August 1, 2026" in out and "Sources:" in out
    code, out, _ = run(capsys, "section", "3")
    assert code == 0 and "no-licensing" in out


def test_unknown_provision_and_section_list_valid_ones(capsys):
    code, _, err = run(capsys, "provision", "nope")
    assert code == 1 and "clearinghouse" in err and "Valid ids" in err
    code, _, err = run(capsys, "section", "99")
    assert code == 1 and "Section 99" in err and "2" in err


def test_content_check_ok_and_broken(capsys, tmp_path: Path):
    code, out, _ = run(capsys, "content", "check")
    assert code == 0 and out.startswith("OK:") and "deadlines" in out
    broken = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, broken)
    (broken / "deadlines.yaml").write_text("deadlines:\n  - id: Bad Id\n")
    code, _, err = run(capsys, "--content", str(broken), "content", "check")
    assert code == 1 and "deadlines.yaml" in err


def test_eval_prints_failures_and_one_summary_line(capsys, tmp_path: Path):
    path = tmp_path / "q.yaml"
    path.write_text(
        "- {id: a, q: 'is the review voluntary', in_scope: true, must: ['voluntar']}\n"
        "- {id: b, q: 'is the review voluntary', in_scope: true, must: ['zebra']}\n"
        "- {id: c, q: 'recipe for soup', in_scope: false}\n"
    )
    code, out, _ = run(capsys, "eval", str(path))
    lines = out.strip().splitlines()
    assert code == 0
    assert lines[-1] == "in-scope: 1/2 passed, out-of-scope: 1/1 declined"
    assert sum(line.startswith("in-scope:") for line in lines) == 1
    assert any(line.startswith("FAIL b") for line in lines)


def test_eval_missing_file(capsys, tmp_path: Path):
    code, _, err = run(capsys, "eval", str(tmp_path / "none.yaml"))
    assert code == 1 and "not found" in err
