"""Reading drafts: prose only, exact positions, suppression comments, encodings, hostile files."""

from __future__ import annotations

import io
import os
import random
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from creditcheck import documents
from creditcheck.documents import (
    FORMATS,
    Document,
    detect_format,
    parse_document,
    read_document,
)
from creditcheck.errors import DocumentError

DATA = Path(__file__).parent / "data" / "documents"

Position = tuple[int, int, int, int]


def placed(document: Document) -> list[tuple[Position, str]]:
    """(line, column, end line, end column) and text of each sentence."""
    return [
        ((s.span.line, s.span.column, s.span.end_line, s.span.end_column), s.text)
        for s in document.sentences
    ]


def source_of(text: str, position: Position) -> str:
    """The stretch of text that a span points at (end exclusive)."""
    lines = text.split("\n")
    line, column, end_line, end_column = position
    if line == end_line:
        return lines[line - 1][column - 1 : end_column - 1]
    first, middle, last = lines[line - 1], lines[line : end_line - 1], lines[end_line - 1]
    return "\n".join([first[column - 1 :], *middle, last[: end_column - 1]])


def parse(text: str, fmt: str = "markdown") -> Document:
    return parse_document(text.encode(), fmt, f"draft.{fmt}")


# --- formats and positions ---------------------------------------------------------------------


def test_formats() -> None:
    assert detect_format("drafts/a.MD") == "markdown"
    assert detect_format("a.markdown") == "markdown"
    assert detect_format("a.txt") == "text"
    assert detect_format("a.htm") == "html"
    assert detect_format("a.docx") == "docx"
    assert detect_format("a.pdf") is None
    assert detect_format("README") is None
    assert set(FORMATS.values()) == {"markdown", "text", "html", "docx"}


def test_markdown_article() -> None:
    document = read_document(DATA / "article.md", display_name="drafts/article.md")
    assert document.path == "drafts/article.md"
    assert document.format == "markdown"
    assert document.warnings == ()
    assert placed(document) == [
        ((5, 3, 5, 35), "Sesame Credit and Tencent Credit"),  # after the front matter
        ((7, 1, 7, 42), "Sesame Credit scores run from 350 to 950."),
        ((7, 43, 8, 23), "Ant Group runs it, e.g. in Hangzhou and Shanghai."),  # over two lines
        ((10, 3, 10, 38), "Tencent Credit ran from 300 to 850."),  # list items
        ((10, 39, 10, 61), "It was paused in 2018."),
        ((11, 3, 11, 34), "Baihang got its licence in 2018"),
        ((13, 1, 13, 31), "Call for details."),  # no inline code
        ((13, 32, 13, 94), "Read the official page now."),  # link text, not its target
        ((21, 45, 21, 75), "Images are skipped & gone."),  # no image, entity decoded
        ((23, 3, 23, 10), "Company"),  # table cells, one by one
        ((23, 13, 23, 18), "Range"),
        ((25, 3, 25, 10), "Sesame."),
        ((25, 11, 25, 18), "Alibaba"),
        ((25, 21, 25, 31), "350 to 950"),
        ((27, 1, 27, 19), "芝麻信用分的范围是350到950分。"),  # columns count characters
        ((27, 19, 27, 30), "腾讯信用分由腾讯推出。"),
    ]


@pytest.mark.parametrize("name", ["article.md", "article.html", "article.txt"])
def test_spans_point_at_the_sentences_in_the_source(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    document = read_document(DATA / name)
    assert document.sentences
    for position, sentence in placed(document):
        source = source_of(text, position)
        assert (source[0], source[-1]) == (sentence[0], sentence[-1])


def test_html_article() -> None:
    assert placed(read_document(DATA / "article.html")) == [
        ((5, 5, 5, 39), "Sesame Credit & Tencent Credit"),  # nothing from <head>
        ((6, 4, 6, 31), "Scores run from 350 to 950."),
        ((6, 32, 7, 24), "Ant Group’s team computes them daily."),
        ((8, 9, 8, 43), "Tencent Credit ran from 300 to 850"),  # <li> not merged
        ((8, 52, 8, 84), "Baihang got its licence in 2018."),
        ((9, 4, 9, 45), "Call for details."),  # no <code>, <br> ends a block
        ((9, 49, 9, 104), "See the page now."),
        ((13, 16, 13, 23), "Sesame."),  # <td> not merged; no script, pre, comment
        ((13, 24, 13, 31), "Alibaba"),
        ((13, 40, 13, 50), "350 to 950"),
    ]


def test_text_article() -> None:
    assert placed(read_document(DATA / "article.txt")) == [
        ((1, 1, 1, 33), "Sesame Credit and Tencent Credit"),
        ((3, 1, 3, 42), "Sesame Credit scores run from 350 to 950."),
        ((3, 43, 4, 23), "Ant Group runs it, e.g. in Hangzhou and Shanghai."),
        ((5, 1, 5, 36), "Tencent Credit ran from 300 to 850."),
        ((7, 1, 7, 19), "芝麻信用分的范围是350到950分。"),
        ((7, 19, 7, 30), "腾讯信用分由腾讯推出。"),
    ]


def test_text_paragraphs_do_not_merge() -> None:
    document = parse("A heading without a stop\n\nthe paragraph after it.\n", "text")
    assert [s.text for s in document.sentences] == [
        "A heading without a stop",
        "the paragraph after it.",
    ]


@pytest.mark.parametrize("name", ["article.md", "article.html", "article.txt"])
@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_crlf_and_cr_files_report_the_same_positions(name: str, newline: bytes) -> None:
    data = (DATA / name).read_bytes()
    fmt = detect_format(name)
    assert fmt is not None
    expected = placed(parse_document(data, fmt, name))
    assert placed(parse_document(data.replace(b"\n", newline), fmt, name)) == expected


def test_markdown_skips_what_is_not_prose() -> None:
    text = (
        "Intro.\n"
        "\n"
        "~~~\n"
        "Fenced. Code.\n"
        "~~~\n"
        "\n"
        "    Indented. Code.\n"
        "\n"
        "Text with ``code `x` here`` and <span class='a. b'>inline HTML</span>.\n"
        "A [reference link][ref], an <https://auto.link/x.y>, and ![alt. text](i.png).\n"
        "\n"
        "[ref]: https://example.com/a.b  'A title. Here'\n"
    )
    document = parse(text)
    assert placed(document) == [
        ((1, 1, 1, 7), "Intro."),
        ((9, 1, 9, 71), "Text with and inline HTML."),
        ((10, 1, 10, 78), "A reference link, an , and ."),
    ]


def test_markdown_blocks_do_not_merge() -> None:
    text = "# Heading\nParagraph one\n\n> Quoted claim\n\n1. First item\n2. Second item\n"
    document = parse(text)
    assert placed(document) == [
        ((1, 3, 1, 10), "Heading"),
        ((2, 1, 2, 14), "Paragraph one"),
        ((4, 3, 4, 15), "Quoted claim"),
        ((6, 4, 6, 14), "First item"),
        ((7, 4, 7, 15), "Second item"),
    ]


def test_markdown_table_cell_with_escaped_pipe() -> None:
    text = "| Claim | Range |\n|---|---|\n| Sesame a\\|b runs. It is | high |\n"
    assert placed(parse(text))[2:] == [
        ((3, 3, 3, 20), "Sesame a|b runs."),
        ((3, 21, 3, 26), "It is"),
        ((3, 29, 3, 33), "high"),
    ]


def test_markdown_setext_heading_and_html_block() -> None:
    text = "Title here\n==========\n\n<div>\n  Prose <b>in</b> HTML. More &amp; more.\n</div>\n"
    assert placed(parse(text)) == [
        ((1, 1, 1, 11), "Title here"),
        ((5, 3, 5, 24), "Prose in HTML."),
        ((5, 25, 5, 41), "More & more."),
    ]


def test_markdown_escapes_and_entities_map_to_their_source() -> None:
    text = "Scores \\*rose\\* &mdash; by &#35;1 &amp; more."
    ((position, sentence),) = placed(parse(text))
    assert sentence == "Scores *rose* — by #1 & more."
    assert position == (1, 1, 1, len(text) + 1)


def test_front_matter_only_at_the_start() -> None:
    text = "Intro line.\n\n---\nnot: front matter\n---\n"
    assert [s.text for s in parse(text).sentences] == ["Intro line.", "not: front matter"]


def test_html_entities_and_skipped_elements() -> None:
    text = (
        "<p>Price&nbsp;is &lt;950&gt; points &amp; rising.</p>"
        "<noscript>No. Script.</noscript><template><p>Hidden.</p></template>"
        "<p>Tail</p>"
    )
    document = parse(text, "html")
    assert placed(document) == [
        ((1, 4, 1, 50), "Price is <950> points & rising."),
        ((1, 124, 1, 128), "Tail"),
    ]


def test_html_malformed_markup_is_a_document_error_or_parses() -> None:
    try:
        parse("<p>Text <![junk <code>x</code> here.</p>", "html")
    except DocumentError as exc:
        assert "malformed HTML" in str(exc)


def test_sentences_need_a_letter() -> None:
    assert [s.text for s in parse("1.\n\n* * *\n\n2017. Real sentence.", "text").sentences] == [
        "Real sentence."
    ]


# --- suppression comments ------------------------------------------------------------------------

SUPPRESSED = """\
Claim one.

<!-- creditcheck-disable -->
Claim two. Claim three.

Claim four.
<!-- creditcheck-enable -->

Claim five.

<!-- creditcheck-disable sesame-score-range tencent-score-range -->
Claim six.
<!-- creditcheck-enable sesame-score-range -->
Claim seven.
<!-- creditcheck-enable -->
Claim eight.

<!-- creditcheck-disable-next-line -->
Claim nine. Claim ten.
Claim eleven.

<!-- creditcheck-disable-next-line sesame-score-range -->
Claim twelve.
"""

BOTH = frozenset({"sesame-score-range", "tencent-score-range"})
EXPECTED_SUPPRESSION = [
    ("Claim one.", False, frozenset()),
    ("Claim two.", True, frozenset()),
    ("Claim three.", True, frozenset()),
    ("Claim four.", True, frozenset()),
    ("Claim five.", False, frozenset()),
    ("Claim six.", False, BOTH),
    ("Claim seven.", False, frozenset({"tencent-score-range"})),
    ("Claim eight.", False, frozenset()),
    ("Claim nine.", True, frozenset()),  # starts on the next line
    ("Claim ten.", True, frozenset()),
    ("Claim eleven.", False, frozenset()),
    ("Claim twelve.", False, frozenset({"sesame-score-range"})),
]


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_suppression_comments(fmt: str) -> None:
    document = parse(SUPPRESSED, fmt)
    got = [(s.text, s.suppress_all, s.suppressed_ids) for s in document.sentences]
    assert got == EXPECTED_SUPPRESSION
    assert document.warnings == ()


def test_suppression_in_docx() -> None:
    paragraphs = [line for line in SUPPRESSED.splitlines() if line]
    document = parse_document(make_docx(paragraphs), "docx", "draft.docx")
    got = [(s.text, s.suppress_all, s.suppressed_ids) for s in document.sentences]
    assert got == EXPECTED_SUPPRESSION


def test_disable_next_line_skips_lines_without_prose() -> None:
    text = "<!-- creditcheck-disable-next-line -->\n\n```\ncode\n```\n\nClaim one. Claim two.\n"
    assert [s.suppress_all for s in parse(text).sentences] == [True, True]


def test_suppression_comment_inside_code_is_ignored() -> None:
    text = "```\n<!-- creditcheck-disable -->\n```\n\nClaim one.\n"
    assert [s.suppress_all for s in parse(text).sentences] == [False]


def test_unknown_directive_is_a_warning() -> None:
    document = parse("Claim one.\n\n<!-- creditcheck-disable-line -->\nClaim two.\n")
    assert not any(s.suppress_all for s in document.sentences)
    (warning,) = document.warnings
    assert warning.startswith("line 3: unknown directive 'creditcheck-disable-line' ignored")


def test_unknown_directive_in_docx_names_the_paragraph() -> None:
    data = make_docx(["Claim one.", "<!-- creditcheck-disabel -->", "Claim two."])
    (warning,) = parse_document(data, "docx", "draft.docx").warnings
    assert warning.startswith("paragraph 2: unknown directive 'creditcheck-disabel'")


# --- encodings ----------------------------------------------------------------------------------

CHINESE = (
    "芝麻信用分的范围是350到950分。腾讯信用分由腾讯公司推出，它的评分范围与芝麻信用不同。\n"
    "\n"
    "百行征信是中国第一家获得个人征信牌照的市场化机构。\n"
)
TRADITIONAL = (
    "芝麻信用分的範圍是350到950分。騰訊信用分由騰訊公司推出，\n它的評分範圍與芝麻信用不同。\n"
)
JAPANESE = (
    "芝麻信用のスコアは350から950の範囲です。\nテンセントも独自の信用スコアを提供しています。\n"
)
FRENCH = (
    "Le système de crédit social chinois est très controversé.\nD'après l'équipe, c'est déjà ça.\n"
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CHINESE, "gbk"),
        (CHINESE[:8], "gbk"),  # short: ties go to GBK
        (TRADITIONAL, "big5"),
        (JAPANESE, "shift_jis"),
        (FRENCH, "latin-1"),
        (FRENCH.replace("'", "\u2019"), "cp1252"),
    ],
    ids=["gbk", "gbk-short", "big5", "shift-jis", "latin-1", "cp1252"],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    document = parse_document(text.encode(encoding), "text", "legacy.txt")
    expected = parse_document(text.encode(), "text", "legacy.txt")
    assert placed(document) == placed(expected)
    (warning,) = document.warnings
    assert warning.startswith("not UTF-8, decoded as ")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_byte_order_mark(encoding: str) -> None:
    data = CHINESE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    document = parse_document(data, "markdown", "bom.md")
    assert placed(document) == placed(parse(CHINESE))
    assert document.sentences[0].span.column == 1  # the byte order mark is not a column
    assert document.warnings == ()


def test_undecodable_text_says_what_was_tried() -> None:
    data = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(DocumentError, match=r"cannot decode text: .*tried gb18030, big5"):
        parse_document(data, "text", "noise.txt")


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_binary_file(fmt: str) -> None:
    with pytest.raises(DocumentError, match="binary file") as caught:
        parse_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", fmt, "image.md")
    assert str(caught.value) == "image.md: binary file, skipped"


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("fmt", ["markdown", "text", "html", "docx"])
def test_empty_file(data: bytes, fmt: str) -> None:
    if fmt == "docx":
        data = make_docx([]) if data else data
    document = parse_document(data, fmt, "empty")
    assert document.sentences == ()
    assert document.warnings == ()


# --- files --------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "gone.md", display_name="drafts/gone.md")
    assert str(caught.value) == "drafts/gone.md: no such file or directory"


def test_folder_and_fifo_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(DocumentError, match="is a directory"):
        read_document(tmp_path / "folder.md")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.md")
        with pytest.raises(DocumentError, match="not a regular file"):  # and no hang
            read_document(tmp_path / "pipe.md")


def test_unsupported_type(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "notes.pdf")
    assert str(caught.value).endswith(
        "unsupported file type .pdf (supported: .md, .markdown, .txt, .html, .htm, .docx)"
    )


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as stream:  # sparse: nothing is written
        stream.truncate(documents.MAX_FILE_BYTES + 1)
    with pytest.raises(DocumentError, match=r"file too large \(20\.0 MB; limit 20 MB\)"):
        read_document(path)


def test_stdin_bytes_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 10)
    with pytest.raises(DocumentError, match="limit"):
        parse_document(b"Sesame Credit runs from 350 to 950.", "text", "<stdin>")


# --- .docx --------------------------------------------------------------------------------------


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table):
            for cell, text in zip(row.cells, cells):
                cell.text = text
        document.add_paragraph("After the table. Last one.")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_docx_positions_are_paragraphs_and_characters(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(
        make_docx(
            ["Sesame Credit", "Scores run from 350 to 950. Mr. Ma said so.", ""],
            table=[["Cell one. Cell two.", "350 to 950"]],
        )
    )
    document = read_document(path)
    assert document.format == "docx"
    assert placed(document) == [
        ((1, 1, 1, 14), "Sesame Credit"),
        ((2, 1, 2, 28), "Scores run from 350 to 950."),
        ((2, 29, 2, 44), "Mr. Ma said so."),
        ((4, 1, 4, 10), "Cell one."),  # paragraph 3 is empty; cells are paragraphs too
        ((4, 11, 4, 20), "Cell two."),
        ((5, 1, 5, 11), "350 to 950"),
        ((6, 1, 6, 17), "After the table."),
        ((6, 18, 6, 27), "Last one."),
    ]


def zipped(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Plain text pretending.", "not a .docx file (not a zip archive)"),
        (b"PK\x03\x04broken", "not a .docx file (not a zip archive)"),
        (zipped({"word/document.xml": b"<a/>", "big.bin": b"\0" * 2_000_000}), "zip bomb"),
        (zipped({"content.xml": b"<a/>"}), "word/document.xml missing"),
        (zipped({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<x/>"}), "damaged"),
    ],
)
def test_hostile_docx(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_document(data, "docx", "hostile.docx")


def test_docx_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_DOCX_UNCOMPRESSED", 1000)
    data = zipped({"word/document.xml": bytes(random.Random(2).randbytes(2000))})
    with pytest.raises(DocumentError, match="uncompressed exceeds"):
        parse_document(data, "docx", "large.docx")


# --- speed --------------------------------------------------------------------------------------


def test_a_megabyte_of_markdown_is_read_quickly() -> None:
    rng = random.Random(3)
    words = "the credit score of Sesame runs from 350 to 950 and Tencent e.g. in 2017".split()
    paragraphs = []
    for _ in range(300):
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
            for _ in range(4)
        ]
        paragraphs.append(textwrap.fill(" ".join(sentences), 80))
    data = "\n\n".join(paragraphs * 12).encode()  # wrapped at 80 columns, the slow case
    assert len(data) > 900_000
    started = time.perf_counter()
    document = parse_document(data, "markdown", "big.md")
    elapsed = time.perf_counter() - started
    assert len(document.sentences) == 14_400
    assert elapsed < 1.0  # about 0.2 s on a laptop


def test_a_draft_sentence_that_names_nothing_but_widens_a_fact_to_china_is_checked():
    """A sentence naming no company or person is off topic unless it speaks of all of China:
    "In China, fare dodgers ... get banned from trains for 180 days" stretches one Shanxi case."""
    from creditcheck import load_facts

    text = "Our reporter went to Hangzhou.\n\nIn China, fare dodgers who jump ticket barriers get banned from trains for 180 days.\n\nChinese food is popular.\n"
    findings = load_facts().check_text(text)
    assert [(f.span.line, f.result.verdict.value) for f in findings] == [(3, "misleading")]


def test_an_opening_it_in_a_draft_stands_for_the_last_name_of_its_paragraph():
    """"Sesame Credit is an opt-in score. It launched in 2012." points at the second sentence;
    an "It" opening a new paragraph is about something the draft has moved away from."""
    from creditcheck import load_facts

    text = "Sesame Credit is an opt-in score. It launched in 2012.\n\nIt launched in 2012.\n"
    findings = load_facts().check_text(text)
    assert [(f.span.line, f.span.column, f.result.verdict.value, f.result.fact.id) for f in findings] == [
        (1, 1, "true", "sesame-not-mandatory"),
        (1, 35, "false", "sesame-launch-2015"),
    ]
    assert findings[1].result.claim == "It launched in 2012."  # reported as written


def test_one_long_draft_split_among_processes_gives_the_same_findings_in_order(tmp_path, monkeypatch):
    from creditcheck import load_facts, runner

    # ("It" stands for Sesame Credit, in the sentence before it: a split between them must not lose that)
    # (three sentences a cycle and parts of eight: parts 3 and 6 open on an "It")
    paragraphs = ["Sesame Credit scores range from 300 to 850. It launched in 2012.", "Tencent Credit launched a trial in January 2018."]
    draft = tmp_path / "long.md"
    draft.write_text("\n\n".join(paragraphs[i % 2] for i in range(40)) + "\n", encoding="utf-8")
    monkeypatch.setattr(runner, "SPLIT_SENTENCES", 10)  # split even this short draft
    checker = load_facts()
    alone = runner.check_files(checker, [str(draft)], runner.CheckOptions(), jobs=1)[0]
    split = runner.check_files(checker, [str(draft)], runner.CheckOptions(), jobs=2)[0]
    assert split.error is None and split.sentences == alone.sentences == 60
    assert [(f.span, f.result.verdict) for f in split.findings] == [(f.span, f.result.verdict) for f in alone.findings]
    assert len(alone.findings) == 60
