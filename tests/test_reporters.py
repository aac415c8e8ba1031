"""Tests for creditcheck.reporters: every output format, and the safety of user text.

Findings are built directly from the models with a small fact fixture, so these
tests need neither the fact base nor the engine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from creditcheck.models import Fact, Finding, Match, Result, Source, Span, Variant, Verdict
from creditcheck.reporters import OutputFormat, Reporter, Summary, get_reporter, sanitize
from creditcheck.reporters.github import escape_data, escape_property
from creditcheck.reporters.pretty import PrettyReporter, detect_color
from creditcheck.reporters.sarif import SarifReporter

SRC_DIR = Path(__file__).resolve().parents[1] / "src"
SCHEMA_PATH = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

# -- fixtures -----------------------------------------------------------------

SOURCE = Source(
    title="Open Sesame: Social Credit in China",
    author="Manya Koetse",
    publisher="What's on Weibo",
    date="2018",
    url="https://www.whatsonweibo.com/open-sesame/",
    passage="Sesame Credit has a five-tier system, going from 350-950.",
)
FACT = Fact(
    id="sesame-score-range",
    topic="sesame-credit",
    statement="Sesame Credit scores range from 350 to 950.",
    entities=("sesame-credit",),
    confirms=("Sesame Credit scores go from 350 to 950", "Zhima Credit uses a 350-950 scale"),
    refutes=(Variant("Sesame Credit scores range from 300 to 850", "300-850 is Tencent Credit's range"),),
    misleading=(Variant("Sesame Credit is the government's score", "It is a commercial score"),),
    source=SOURCE,
)
OTHER_FACT = Fact(
    id="tencent-score-range",
    topic="tencent-credit",
    statement="Tencent Credit scores range from 300 to 850.",
    entities=("tencent-credit",),
    confirms=("Tencent Credit uses 300-850", "Tencent scores go from 300 to 850"),
    refutes=(Variant("Tencent Credit scores range from 350 to 950", "That is Sesame Credit's range"),),
    source=Source("Tencent Credit", "A. Writer", "Example News", "2019-05", "https://example.org/tencent", "300 to 850."),
)

WHY_FALSE = "300-850 is Tencent Credit's range; Sesame Credit runs from 350 to 950"


def result(verdict: Verdict = Verdict.FALSE, claim: str = "Sesame Credit scores range from 300 to 850.",
           *, fact: Fact | None = FACT, explanation: str = WHY_FALSE, score: float = 91.25) -> Result:
    match = runner_up = None
    if fact is not None:
        match = Match(fact, "Sesame Credit scores range from 300 to 850", verdict, explanation, score)
        runner_up = Match(OTHER_FACT, "Tencent Credit uses 300-850", Verdict.TRUE, "", 42.5)
    return Result(claim, verdict, score, explanation, match, runner_up)


def finding(path: str = "docs/draft.md", line: int = 3, column: int = 5, text: str | None = None,
            verdict: Verdict = Verdict.FALSE, *, fact: Fact | None = FACT, explanation: str = WHY_FALSE) -> Finding:
    """A finding for a one-line sentence; Span.end_column is exclusive (column after the sentence)."""
    text = text if text is not None else "Sesame Credit scores range from 300 to 850."
    res = result(verdict, text, fact=fact, explanation=explanation)
    return Finding(path, Span(line, column, line, column + len(text)), text, res)


def mixed_findings() -> list[Finding]:
    return [
        finding("docs/draft.md", 3, 5),
        finding("docs/draft.md", 7, 1, "Sesame Credit is the government's score.", Verdict.MISLEADING,
                explanation="It is a commercial, opt-in score by Ant Group"),
        finding("notes/other.md", 2, 10, "Tencent Credit uses 300-850.", Verdict.TRUE, fact=OTHER_FACT,
                explanation="Matches the fact"),
        finding("notes/other.md", 9, 1, "Baihang issues 40 licences a day.", Verdict.UNVERIFIED, fact=None,
                explanation="No fact in the fact base decides this sentence."),
    ]


SUMMARY = Summary(
    files=2, sentences=12, findings=4, errors=0,
    by_verdict={"false": 1, "misleading": 1, "true": 1, "unverified": 1},
    fail_on=("false", "misleading"), failed=True,
)
EMPTY_SUMMARY = Summary(1, 3, 0, 0, {}, ("false",), False)

# Hostile text: rich markup, an SGR colour, an OSC 8 hyperlink ended by BEL, a
# carriage return, an 8-bit CSI and a bidi override.
MARKUP = "[bold]x[/bold] and [red]y[/red]"
EVIL = "Sesame \x1b[31mEVIL\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \rover \x9b2J \u202eesrever"
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]")  # anything but "\n"


def render_findings(fmt: str, findings: list[Finding], summary: Summary = SUMMARY, **options) -> str:
    return get_reporter(fmt, **options).render_findings(findings, summary)


# -- the package ----------------------------------------------------------------


def test_importing_reporters_does_not_import_rich():
    code = (
        "import sys, creditcheck.reporters as r\n"
        "from creditcheck.reporters.sarif import SarifReporter\n"
        "r.get_reporter('json'); r.get_reporter('jsonl'); r.get_reporter('pretty')\n"
        "assert 'rich' not in sys.modules, sorted(m for m in sys.modules if m.startswith('rich'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC_DIR)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_get_reporter_returns_a_reporter_for_every_format(fmt):
    reporter = get_reporter(fmt)
    assert isinstance(reporter, Reporter)
    assert type(get_reporter(fmt.value)) is type(reporter)  # plain strings work too
    assert str(fmt) == fmt.value


def test_get_reporter_rejects_unknown_format():
    with pytest.raises(ValueError):
        get_reporter("xml")


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_location_only_formats_refuse_a_single_claim(fmt):
    reporter = get_reporter(fmt)
    assert reporter.supports_result is False
    with pytest.raises(NotImplementedError):
        reporter.render_result(result())


def test_summary_to_dict_and_describe():
    data = SUMMARY.to_dict()
    assert data == {
        "files": 2, "sentences": 12, "findings": 4, "errors": 0,
        "by_verdict": {"false": 1, "misleading": 1, "true": 1, "unverified": 1},
        "fail_on": ["false", "misleading"], "failed": True,
    }
    json.dumps(data)  # plain JSON types only
    assert SUMMARY.describe() == (
        "2 files, 12 sentences, 4 findings (1 false, 1 misleading, 1 true, 1 unverified), 0 errors; "
        "failed (fail on: false, misleading)"
    )
    assert Summary(1, 1, 1, 1, {"false": 1}, (), False).describe() == "1 file, 1 sentence, 1 finding (1 false), 1 error"


# -- sanitize -------------------------------------------------------------------


def test_sanitize_makes_controls_visible_and_leaves_text_alone():
    assert sanitize("a\x1b[31mb") == "a\\x1b[31mb"
    assert sanitize("bell\x07 nul\x00 del\x7f csi\x9b") == "bell\\x07 nul\\x00 del\\x7f csi\\x9b"
    assert sanitize("line\nbreak\r") == "line\\x0abreak\\x0d"
    assert sanitize("line\nbreak", keep="\n") == "line\nbreak"
    assert sanitize("abc\u202edef\u2066") == "abc\\u202edef\\u2066"
    assert sanitize("bad \udc80 byte") == "bad \\udc80 byte"
    plain = "芝麻信用 scores “range” from 350–950 — [bold] ✓"
    assert sanitize(plain) == plain


# -- json -----------------------------------------------------------------------

FINDING_KEYS = {
    "claim": str, "verdict": str, "fact": (dict, type(None)), "score": (int, float),
    "explanation": str, "source": (dict, type(None)), "path": str, "line": int,
    "column": int, "end_line": int, "end_column": int, "text": str,
}


def test_json_findings_document_matches_the_contract():
    findings = mixed_findings()
    out = render_findings("json", findings)
    assert out.endswith("}\n")
    doc = json.loads(out)
    assert set(doc) == {"version", "findings", "summary"}
    assert doc["version"] == 1
    assert doc["summary"] == SUMMARY.to_dict()
    assert doc["findings"] == [f.to_dict() for f in findings]
    for item in doc["findings"]:
        assert set(item) == set(FINDING_KEYS)
        for key, types in FINDING_KEYS.items():
            assert isinstance(item[key], types), key
        assert item["verdict"] in {v.value for v in Verdict}
        if item["fact"] is not None:
            assert set(item["fact"]) == {"id", "statement"}
            assert set(item["source"]) == {"title", "author", "publisher", "date", "url", "passage"}
    unverified = doc["findings"][3]
    assert unverified["fact"] is None and unverified["source"] is None
    first = doc["findings"][0]
    assert (first["path"], first["line"], first["column"]) == ("docs/draft.md", 3, 5)
    assert first["fact"]["id"] == "sesame-score-range"


def test_json_single_claim_is_exactly_result_to_dict():
    res = result(claim="芝麻信用 scores range from 300 to 850.")
    out = get_reporter(OutputFormat.JSON).render_result(res, explain=True)
    assert json.loads(out) == res.to_dict()
    assert "芝麻信用" in out  # ensure_ascii=False: readable UTF-8
    assert out.startswith('{\n  "claim": ')  # indent=2


def test_json_escapes_every_control_character_but_round_trips():
    text = "line\u2028sep\x85nel \x1b[31mred\x9b"
    res = result(claim=text)
    out = get_reporter("json").render_result(res)
    assert not RAW_CONTROL.search(out) and "\u2028" not in out
    assert json.loads(out)["claim"] == text


def test_json_with_no_findings():
    doc = json.loads(render_findings("json", [], EMPTY_SUMMARY))
    assert doc["findings"] == [] and doc["summary"]["findings"] == 0


# -- jsonl ----------------------------------------------------------------------


def test_jsonl_has_one_compact_object_per_finding_and_no_summary():
    findings = mixed_findings()
    out = render_findings("jsonl", findings)
    lines = out.splitlines()
    assert len(lines) == len(findings) and out.endswith("\n")
    for line, f in zip(lines, findings):
        assert json.loads(line) == f.to_dict()
        assert line.startswith('{"claim":')  # compact separators
    assert "summary" not in out


def test_jsonl_stays_one_line_per_finding_with_line_breaks_in_text():
    findings = [finding(text="two\nlines\r\u2028and\x85more\u2029"), finding(line=4)]
    out = render_findings("jsonl", findings)
    assert len(out.splitlines()) == 2  # str.splitlines also splits on U+2028, NEL...
    assert json.loads(out.splitlines()[0])["text"] == "two\nlines\r\u2028and\x85more\u2029"


def test_jsonl_without_findings_is_empty_and_claim_is_one_line():
    assert render_findings("jsonl", [], EMPTY_SUMMARY) == ""
    out = get_reporter("jsonl").render_result(result())
    assert out.count("\n") == 1 and json.loads(out) == result().to_dict()


# -- sarif ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def sarif(findings: list[Finding], **options) -> dict:
    return json.loads(SarifReporter(**options).render_findings(findings, SUMMARY))


def test_sarif_validates_against_the_official_schema(sarif_validator, tmp_path):
    findings = [
        *mixed_findings(),
        finding("docs/sub dir/草稿, v2.md", 1, 1),
        finding(str(tmp_path / "abs" / "draft.md"), 2, 2),
        finding("docs/unknown-position.md", 0, 0),  # the reader could not place it
        finding(f"docs/{EVIL}.md", 5, 1, EVIL),
    ]
    log = sarif(findings, root=tmp_path)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, "\n".join(e.message for e in errors)
    empty = sarif([])
    assert not list(sarif_validator.iter_errors(empty))
    assert empty["runs"][0]["results"] == [] and empty["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_tool_rules_and_levels():
    log = sarif(mixed_findings())
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "creditcheck"
    assert isinstance(driver["version"], str) and driver["version"]
    if "informationUri" in driver:
        assert driver["informationUri"].startswith(("http://", "https://"))
    rules = driver["rules"]
    assert [r["id"] for r in rules] == ["sesame-score-range", "tencent-score-range", "unverified"]
    sesame = rules[0]
    assert sesame["shortDescription"]["text"] == FACT.statement
    assert sesame["helpUri"] == SOURCE.url
    assert sesame["properties"]["passage"] == SOURCE.passage
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["sesame-score-range", "sesame-score-range", "tencent-score-range", "unverified"]
    assert [r["level"] for r in results] == ["error", "warning", "note", "note"]
    assert [r["properties"]["verdict"] for r in results] == ["false", "misleading", "true", "unverified"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert results[0]["message"]["text"] == f"False: {WHY_FALSE}"


def test_sarif_points_at_the_right_line_and_column():
    text = "Sesame Credit scores range from 300 to 850."
    log = sarif([finding("docs\\draft.md" if os.sep == "\\" else "./docs/draft.md", 3, 5, text)])
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "docs/draft.md", "uriBaseId": "%SRCROOT%"}
    region = loc["region"]
    # 1-based columns; SARIF endColumn is the column *after* the last character,
    # which is also how Span.end_column is read, so the width is the sentence's length.
    assert (region["startLine"], region["startColumn"], region["endLine"]) == (3, 5, 3)
    assert region["endColumn"] - region["startColumn"] == len(text)
    assert region["snippet"]["text"] == text


def test_sarif_uris_are_relative_percent_encoded_and_forward_slashed(tmp_path):
    log = sarif([finding("docs/sub dir/草稿.md"), finding(str(tmp_path / "a" / "b.md"))], root=tmp_path)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]]
    assert uris[0] == {"uri": "docs/sub%20dir/%E8%8D%89%E7%A8%BF.md", "uriBaseId": "%SRCROOT%"}
    assert uris[1] == {"uri": "a/b.md", "uriBaseId": "%SRCROOT%"}


def test_sarif_fingerprints_are_stable_and_ignore_line_moves():
    def fp(f: Finding) -> str:
        return sarif([f])["runs"][0]["results"][0]["partialFingerprints"]["creditcheck/v1"]

    base = fp(finding(line=3))
    assert base == fp(finding(line=3)) == fp(finding(line=40, column=2))
    assert base != fp(finding(text="Another sentence entirely."))
    assert base != fp(finding(path="docs/other.md"))
    assert base != fp(finding(fact=OTHER_FACT))


def test_sarif_drops_positions_it_cannot_express():
    loc = sarif([finding("a.md", 0, 0)])["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in loc


# -- github ---------------------------------------------------------------------


def parse_workflow_command(line: str) -> tuple[str, dict[str, str], str]:
    """Parse ``::cmd k=v,k=v::data`` the way the Actions runner does, unescaping values."""
    match = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert match, line
    command, props, data = match.groups()

    def unescape(value: str) -> str:
        for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
            value = value.replace(escaped, char)
        return value

    properties = dict(unescape_pair.split("=", 1) for unescape_pair in props.split(","))
    return command, {k: unescape(v) for k, v in properties.items()}, unescape(data)


def test_github_escape_rules():
    assert escape_data("100% a\r\nb:c,d") == "100%25 a%0D%0Ab:c,d"
    assert escape_property("100% a\r\nb:c,d") == "100%25 a%0D%0Ab%3Ac%2Cd"
    assert escape_property("%3A") == "%253A"  # escapes are not double-decoded


def test_github_annotations_per_verdict():
    out = render_findings("github", mixed_findings())
    lines = out.splitlines()
    assert len(lines) == 4 and out.endswith("\n")
    commands = [parse_workflow_command(line)[0] for line in lines]
    assert commands == ["error", "warning", "notice", "notice"]
    command, props, message = parse_workflow_command(lines[0])
    assert props == {
        "file": "docs/draft.md", "line": "3", "col": "5", "endLine": "3", "endColumn": "48",
        "title": "creditcheck: FALSE [sesame-score-range]",
    }
    assert lines[0].startswith("::error file=docs/draft.md,line=3,col=5,endLine=3,endColumn=48,"
                               "title=creditcheck%3A FALSE [sesame-score-range]::")
    assert message.splitlines()[0] == WHY_FALSE
    assert "Fact: Sesame Credit scores range from 350 to 950. [sesame-score-range]" in message
    assert SOURCE.url in message
    assert parse_workflow_command(lines[3])[1]["title"] == "creditcheck: UNVERIFIED"


def test_github_escapes_commas_colons_and_newlines_in_paths_and_messages():
    path = "docs/a,b:c\nd%.md"
    f = finding(path, explanation="first: line, with comma\nsecond line 100%")
    out = render_findings("github", [f], show_source=False)
    assert out.count("\n") == 1  # one command, one line
    line = out.rstrip("\n")
    assert "file=docs/a%2Cb%3Ac%0Ad%25.md," in line
    _, props, message = parse_workflow_command(line)
    assert props["file"] == path
    assert message.startswith("first: line, with comma second line 100%")  # one_line folds the break
    assert "Source:" not in message


# -- line -----------------------------------------------------------------------


def test_line_format():
    out = render_findings("line", mixed_findings())
    assert out.splitlines() == [
        f"docs/draft.md:3:5: false: {WHY_FALSE} [sesame-score-range]",
        "docs/draft.md:7:1: misleading: It is a commercial, opt-in score by Ant Group [sesame-score-range]",
        "notes/other.md:2:10: true: Matches the fact [tencent-score-range]",
        "notes/other.md:9:1: unverified: No fact in the fact base decides this sentence.",
    ]
    assert "\x1b" not in out


def test_line_collapses_newlines_and_renders_a_claim():
    f = finding(explanation="one\n  two\r\nthree\tfour")
    assert render_findings("line", [f]) == "docs/draft.md:3:5: false: one two three four [sesame-score-range]\n"
    assert get_reporter("line").render_result(result()) == f"false: {WHY_FALSE} [sesame-score-range]\n"


# -- pretty ---------------------------------------------------------------------


def pretty(color: bool = False, **options) -> PrettyReporter:
    """Wide enough that no line of these fixtures wraps."""
    return PrettyReporter(color=color, width=200, **options)


def test_pretty_single_claim():
    out = pretty().render_result(result())
    assert "FALSE" in out
    assert "Sesame Credit scores range from 300 to 850." in out
    assert "Fact: Sesame Credit scores range from 350 to 950. [sesame-score-range]" in out
    assert f"Why: {WHY_FALSE}" in out
    assert f"“{SOURCE.passage}”" in out
    assert "— Open Sesame: Social Credit in China, Manya Koetse, What's on Weibo, 2018, " + SOURCE.url in out
    assert "Runner-up" not in out


def test_pretty_explain_shows_deciding_match_and_runner_up():
    out = pretty().render_result(result(), explain=True)
    assert "Match: “Sesame Credit scores range from 300 to 850” (false, score 91.2)" in out
    assert "Runner-up: [tencent-score-range] “Tencent Credit uses 300-850” (true, score 42.5)" in out


def test_pretty_show_source_false_hides_passage_and_citation():
    out = pretty(show_source=False).render_result(result())
    assert SOURCE.passage not in out and SOURCE.url not in out
    assert "Fact: " in out


def test_pretty_unverified_claim_without_fact():
    out = pretty().render_result(result(Verdict.UNVERIFIED, fact=None, explanation="Nothing matches."), explain=True)
    assert "UNVERIFIED" in out and "Why: Nothing matches." in out and "Fact:" not in out
    assert "Match: none" in out


def test_pretty_findings_grouped_by_file():
    out = pretty().render_findings(mixed_findings(), SUMMARY)
    lines = out.splitlines()
    assert lines[0] == "docs/draft.md"
    assert "notes/other.md" in lines
    assert lines.index("notes/other.md") > max(i for i, l in enumerate(lines) if "MISLEADING" in l)
    first = next(l for l in lines if "3:5" in l)
    assert re.search(r"3:5\s+FALSE\s+Sesame Credit scores range from 300 to 850\.", first)
    assert any(re.search(r"9:1\s+UNVERIFIED\s+Baihang", l) for l in lines)
    assert any(l.strip() == f"Why: {WHY_FALSE}" for l in lines)
    assert lines[-1] == SUMMARY.describe()
    assert all(l == l.rstrip() for l in lines)  # no trailing padding


def test_pretty_no_findings():
    out = pretty().render_findings([], EMPTY_SUMMARY)
    assert "No findings." in out and out.rstrip().endswith(EMPTY_SUMMARY.describe())


@pytest.mark.parametrize("color", [False, True])
def test_pretty_prints_rich_markup_literally(color):
    fact = Fact(FACT.id, FACT.topic, f"Statement {MARKUP}", FACT.entities, FACT.confirms, FACT.refutes,
                Source(f"Title {MARKUP}", "A", "P", "2018", SOURCE.url, f"Passage {MARKUP}"))
    res = Result(f"Claim {MARKUP}", Verdict.FALSE, 90.0, f"Why {MARKUP}", Match(fact, MARKUP, Verdict.FALSE, "", 90.0))
    outputs = [
        pretty(color).render_result(res, explain=True),
        pretty(color).render_findings([Finding(f"docs/{MARKUP}.md", Span(1, 1, 1, 5), f"Sentence {MARKUP}", res)], SUMMARY),
    ]
    for out, labels in zip(outputs, [("Claim",), ("Sentence", "docs/")]):
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)  # drop rich's own colour codes
        for label in (*labels, "Statement", "Why", "Passage", "Title"):
            assert f"{label} {MARKUP}" in plain or f"{label}{MARKUP}" in plain, label


@pytest.mark.parametrize("color", [False, True])
def test_control_sequences_in_user_text_never_reach_pretty_output(color):
    fact = Fact(FACT.id, FACT.topic, EVIL, FACT.entities, FACT.confirms, FACT.refutes,
                Source(EVIL, EVIL, "P", "2018", SOURCE.url, EVIL))
    res = Result(EVIL, Verdict.FALSE, 90.0, EVIL, Match(fact, EVIL, Verdict.FALSE, "", 90.0),
                 Match(fact, EVIL, Verdict.TRUE, "", 10.0))
    outputs = [
        pretty(color).render_result(res, explain=True),
        pretty(color).render_findings([Finding(f"docs/{EVIL}.md", Span(1, 1, 1, 5), EVIL, res)], SUMMARY),
    ]
    for out in outputs:
        assert "\x1b[31mEVIL" not in out
        assert "\\x1b[31mEVIL" in out  # shown, visibly escaped
        if not color:
            assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
        else:  # the only escapes left are rich's own SGR colour codes
            assert not re.search("[\x00-\x09\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202e]", out)
            assert all(re.match(r"\x1b\[[0-9;]*m", out[i:]) for i in range(len(out)) if out[i] == "\x1b")


@pytest.mark.parametrize("fmt", ["line", "github"])
def test_control_sequences_never_reach_line_or_github_output(fmt):
    findings = [finding(f"docs/{EVIL}.md", 1, 1, EVIL, explanation=EVIL)]
    out = render_findings(fmt, findings)
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
    assert "\\x1b[31mEVIL" in out
    if fmt == "line":
        assert not RAW_CONTROL.search(get_reporter(fmt).render_result(result(claim=EVIL, explanation=EVIL)))


def test_no_colour_codes_when_color_is_false_and_some_when_true():
    findings = mixed_findings()
    for reporter_out in (pretty(False).render_result(result(), explain=True),
                         pretty(False).render_findings(findings, SUMMARY)):
        assert "\x1b" not in reporter_out
    assert "\x1b[" in pretty(True).render_result(result())
    assert "\x1b[" in pretty(True).render_findings(findings, SUMMARY)


def test_colour_auto_detection(monkeypatch):
    class Tty:
        def isatty(self) -> bool:
            return True

    for var in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(var, raising=False)
    assert detect_color(Tty()) is True
    assert detect_color(open(os.devnull, "w")) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert detect_color(Tty()) is False
    assert "\x1b" not in get_reporter("pretty").render_result(result())  # color=None follows NO_COLOR
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in get_reporter("pretty").render_result(result())


def test_pretty_width_follows_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = get_reporter("pretty", color=False).render_findings(mixed_findings(), SUMMARY)
    assert max(len(line) for line in out.splitlines()) <= 60
    monkeypatch.setenv("COLUMNS", "200")
    wide = get_reporter("pretty", color=False).render_findings(mixed_findings(), SUMMARY)
    assert len(wide.splitlines()) < len(out.splitlines())
