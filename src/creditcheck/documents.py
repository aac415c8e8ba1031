"""Read article drafts into sentences, each with its exact position in the file.

Formats: Markdown, plain text, HTML and Word (.docx). Only prose is kept: code (fenced, indented,
inline, HTML ``<code>``/``<pre>``), YAML front matter, link targets, image URLs, HTML comments,
scripts and styles are skipped. Sentences never run across paragraphs, headings, list items or
table cells.

Positions are 1-based lines and columns counted in characters (Python ``str`` indices; a tab is
one column), after CRLF/CR line endings are read as LF. The end of a span is exclusive: it points
just past the last character of the sentence. For .docx, the line is the paragraph number
(paragraphs of table cells included, in document order) and the column the character in the
paragraph.

Suppression comments (markdownlint style) silence sentences for the checker::

    <!-- creditcheck-disable -->            every sentence until creditcheck-enable
    <!-- creditcheck-enable -->
    <!-- creditcheck-disable ID ID... -->   only these fact ids, until creditcheck-enable ID...
    <!-- creditcheck-disable-next-line -->  sentences starting on the next line with prose
    <!-- creditcheck-disable-next-line ID... -->

They are HTML comments in Markdown and HTML; in plain text the same comment on a line of its own;
in .docx a paragraph holding only the comment. A region directive applies to sentences that start
after it.
"""

from __future__ import annotations

import codecs
import gc
import io
import os
import re
import stat
import zipfile
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from html import unescape
from html.parser import HTMLParser
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .errors import DocumentError
from .models import Span
from .segment import split_sentences

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 100  #: compression ratio refused for .docx members over 1 MB
_RATIO_CHECKED_FROM = 1024 * 1024
_BINARY_SNIFF = 8192
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: legacy encodings recognised, by preference: GBK (as its superset GB18030), Big5, Shift-JIS
#: (as Windows cp932), Korean (cp949), Windows Western European (cp1252), Latin-1
_LEGACY_ENCODINGS = ("gb18030", "big5", "cp932", "cp949", "cp1252", "latin_1")
_KANA = re.compile("[\u3041-\u30ff]")
_LETTER = re.compile(r"[^\W\d_]")
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_SETEXT_UNDERLINE = re.compile(r"\n[ \t>]*(?:=+|-+)[ \t]*$", re.MULTILINE)
_COMMENT_LINE = re.compile(r"\s*<!--(\s*creditcheck-.*?)-->\s*")
_DIRECTIVE = re.compile(r"\s*creditcheck-(disable-next-line|disable|enable)((?:\s+[\w.:-]+)*)\s*")

_HTML_SKIP = frozenset(
    "script style code pre noscript template title svg math textarea select".split()
)
_HTML_BLOCKS = frozenset(
    """address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main nav
    ol option p section summary table tbody td tfoot th thead tr ul""".split()
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Sentence:
    """A sentence of a draft and where it stands.

    ``span`` is 1-based, counted in characters, end exclusive (see the module docstring).
    ``text`` is the sentence as written, with runs of white space collapsed to one space.
    """

    text: str
    span: Span
    suppress_all: bool = False
    suppressed_ids: frozenset[str] = frozenset()  #: fact ids silenced for this sentence


@dataclass(frozen=True)
class Document:
    """A draft read into sentences.

    ``warnings`` are one-line messages about the file, without its path ("line 3: ...").
    """

    path: str  #: as given, or the display name
    format: str  #: "markdown" | "text" | "html" | "docx"
    sentences: tuple[Sentence, ...]
    warnings: tuple[str, ...] = ()
    #: how many of the first sentences are there only as context (a part of a split draft starts
    #: with the sentence before it, whose subject an opening "It" may stand for)
    lead_in: int = 0


def detect_format(name: str) -> str | None:
    """The format of a file, from its suffix (case-insensitive); None when unsupported."""
    return FORMATS.get(os.path.splitext(name)[1].lower())


def unsupported_type(path: str) -> DocumentError:
    """The error for a file whose suffix is not a supported draft format."""
    suffix = os.path.splitext(path)[1] or "(no suffix)"
    supported = ", ".join(FORMATS)
    return DocumentError(f"unsupported file type {suffix} (supported: {supported})", path=path)


def read_document(path: str | os.PathLike[str], *, display_name: str | None = None) -> Document:
    """Read and parse the draft at path; errors name display_name (default: path)."""
    name = display_name or os.fspath(path)
    fmt = detect_format(os.fspath(path)) or detect_format(name)
    if fmt is None:
        raise unsupported_type(name)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError("is a directory", path=name)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device could block or never end
            raise DocumentError("not a regular file", path=name)
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(info.st_size, name)
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError("no such file or directory", path=name) from None
    except PermissionError:
        raise DocumentError("permission denied", path=name) from None
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    return parse_document(data, fmt, name)


def parse_document(data: bytes, fmt: str, name: str) -> Document:
    """Parse the bytes of a draft in format fmt (a value of FORMATS); name is for messages."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data), name)
    with _gc_paused():
        return _parse(data, fmt, name)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while parsing.

    Parsing allocates some 100,000 short-lived objects per megabyte (markdown-it tokens, spans);
    the collections they trigger traverse every live object of the process and took a quarter of
    the time of reading a large Markdown file.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(data: bytes, fmt: str, name: str) -> Document:
    if fmt not in FORMATS.values():
        raise DocumentError(f"unsupported format {fmt!r}", path=name)
    if not data:  # an empty file, even one named .docx
        return Document(name, fmt, ())
    if fmt == "docx":
        text = "\n".join(_docx_paragraphs(data, name))
        blocks, comments = _plain_prose(text, line_per_paragraph=True)
        return _assemble(name, fmt, text, blocks, comments, [], unit="paragraph")
    text, warnings = _decode(data, name)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.removeprefix("\ufeff").replace("\0", "\ufffd")
    if fmt == "markdown":
        text = _blank_front_matter(text)
    try:
        if fmt == "markdown":
            blocks, comments = _markdown_prose(text)
        elif fmt == "html":
            blocks, comments = _HtmlProse(text).run()
        else:
            blocks, comments = _plain_prose(text)
    except AssertionError as exc:  # how html.parser meets some broken markup, such as "<![x"
        raise DocumentError(f"malformed HTML: {exc}", path=name) from None
    return _assemble(name, fmt, text, blocks, comments, warnings, unit="line")


def _too_large(size: int, name: str) -> DocumentError:
    mib = 1024 * 1024
    return DocumentError(
        f"file too large ({size / mib:.1f} MB; limit {MAX_FILE_BYTES // mib} MB)", path=name
    )


# --- decoding ---------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """The text of data, and a warning when its encoding had to be guessed."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError:
                raise DocumentError(
                    f"starts with a {encoding.upper()} byte order mark but is not valid "
                    f"{encoding.upper()}",
                    path=name,
                ) from None
    if b"\0" in data[:_BINARY_SNIFF]:
        raise DocumentError("binary file, skipped", path=name)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    guessed = _guess_encoding(data)
    if guessed is None:
        tried = ", ".join(_LEGACY_ENCODINGS)
        raise DocumentError(
            f"cannot decode text: not UTF-8, no UTF-16/UTF-32 byte order mark, and no clean "
            f"decoding found (tried {tried})",
            path=name,
        )
    encoding, text = guessed
    return text, [f"not UTF-8, decoded as {encoding} (detected)"]


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) for legacy-encoded data, or None when nothing decodes it cleanly.

    charset-normalizer chooses among _LEGACY_ENCODINGS; near-ties go to the earlier one. It rates
    Japanese poorly, so Shift-JIS is taken first when it decodes to text with kana in it.
    """
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        non_ascii = len(text) - len(text.encode("ascii", "ignore"))
        if len(_KANA.findall(text)) * 5 >= non_ascii > 0:
            return "cp932", text
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS))
    if not matches:
        return None
    rank = {encoding: index for index, encoding in enumerate(_LEGACY_ENCODINGS)}
    best = min(
        matches,
        key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2), rank.get(m.encoding, len(rank))),
    )
    return best.encoding, str(best)


# --- mapping prose back to the source ---------------------------------------------------------


class _Block:
    """The prose of one paragraph, heading, list item or cell, with a map back to the source.

    It is assembled from pieces of text, each with the source offset it comes from. A piece
    copied from the source maps character by character; a substituted one (an entity such as
    ``&amp;``) has its source length and maps as a whole.
    """

    __slots__ = ("_parts", "_sources", "_source_lengths", "_starts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._sources: list[int] = []
        self._source_lengths: list[int | None] = []  # None: copied
        self._starts: list[int] = []  # offset of each piece in the block, filled by text()

    def add(self, text: str, source: int, source_length: int | None = None) -> None:
        self._parts.append(text)
        self._sources.append(source)
        self._source_lengths.append(source_length)

    def text(self) -> str:
        self._starts = [0, *accumulate(map(len, self._parts))]
        return "".join(self._parts)

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the block's characters start..end (end exclusive).

        text() must have been called first.
        """
        return self._source(start, after=False), self._source(end - 1, after=True)

    def _source(self, index: int, *, after: bool) -> int:
        k = bisect_right(self._starts, index) - 1
        source, source_length = self._sources[k], self._source_lengths[k]
        if source_length is None:
            return source + index - self._starts[k] + (1 if after else 0)
        return source + source_length if after else source


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _assemble(
    name: str,
    fmt: str,
    text: str,
    blocks: list[_Block],
    comments: list[tuple[int, str]],
    warnings: list[str],
    *,
    unit: str,
) -> Document:
    """Split the blocks into sentences, place them and apply the suppression comments.

    unit names a line in warnings: "line", or "paragraph" for .docx.
    """
    starts = _line_starts(text)
    placed: list[tuple[str, int, int, int]] = []  # (text, source start, source end, line)
    for block in blocks:
        prose = block.text()
        for start, end in split_sentences(prose):
            sentence = prose[start:end]
            if _LETTER.search(sentence):
                source_start, source_end = block.source_range(start, end)
                line = bisect_right(starts, source_start)
                placed.append((" ".join(sentence.split()), source_start, source_end, line))
    suppression = _Suppression(comments, starts, [line for *_, line in placed], unit)
    sentences = []
    for sentence, start, end, line in placed:
        end_line = bisect_right(starts, end, lo=line - 1)
        span = Span(line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1)
        if suppression:
            sentences.append(Sentence(sentence, span, *suppression.at(start, line)))
        else:
            sentences.append(Sentence(sentence, span))
    return Document(name, fmt, tuple(sentences), tuple(warnings + suppression.warnings))


class _Suppression:
    """The creditcheck-disable/enable comments of a document, resolved for each sentence."""

    def __init__(
        self,
        comments: list[tuple[int, str]],
        starts: list[int],
        sentence_lines: list[int],
        unit: str,
    ) -> None:
        self.warnings: list[str] = []
        self._offsets: list[int] = []  # where each region directive stands...
        self._states: list[tuple[bool, frozenset[str]]] = []  # ...and the state it leaves
        self._next_line: dict[int, tuple[bool, frozenset[str]]] = {}
        suppress_all, ids = False, frozenset[str]()
        first_lines = sorted(set(sentence_lines))
        for offset, body in sorted(comments):
            line = bisect_right(starts, offset)
            directive = _DIRECTIVE.fullmatch(body)
            if directive is None:
                if body.strip().startswith("creditcheck-"):
                    self.warnings.append(
                        f"{unit} {line}: unknown directive '{body.strip()}' ignored "
                        "(use creditcheck-disable, -enable or -disable-next-line)"
                    )
                continue
            kind, named = directive.group(1), frozenset(directive.group(2).split())
            if kind == "disable-next-line":
                target = bisect_right(first_lines, line)  # next line on which a sentence starts
                if target < len(first_lines):
                    target_line = first_lines[target]
                    old_all, old_ids = self._next_line.get(target_line, (False, frozenset()))
                    self._next_line[target_line] = (old_all or not named, old_ids | named)
                continue
            if kind == "disable":
                suppress_all, ids = (suppress_all, ids | named) if named else (True, ids)
            else:
                suppress_all, ids = (suppress_all, ids - named) if named else (False, frozenset())
            self._offsets.append(offset)
            self._states.append((suppress_all, ids))

    def __bool__(self) -> bool:
        """Whether any sentence may be suppressed."""
        return bool(self._offsets or self._next_line)

    def at(self, offset: int, line: int) -> tuple[bool, frozenset[str]]:
        """(suppress all, suppressed fact ids) for a sentence starting at offset, on line."""
        k = bisect_right(self._offsets, offset) - 1
        suppress_all, ids = self._states[k] if k >= 0 else (False, frozenset())
        if line in self._next_line:
            line_all, line_ids = self._next_line[line]
            return suppress_all or line_all, ids | line_ids
        return suppress_all, ids


# --- plain text and .docx ---------------------------------------------------------------------


def _plain_prose(
    text: str, *, line_per_paragraph: bool = False
) -> tuple[list[_Block], list[tuple[int, str]]]:
    """Paragraphs separated by blank lines (or every line one paragraph), and directive lines."""
    blocks: list[_Block] = []
    comments: list[tuple[int, str]] = []
    start: int | None = None
    end = offset = 0
    for line in text.split("\n"):
        comment = _COMMENT_LINE.fullmatch(line) if "<!--" in line else None
        if comment:
            comments.append((offset + comment.start(1), comment.group(1)))
        prose = not comment and line != "" and not line.isspace()
        if prose:
            if start is None:
                start = offset
            end = offset + len(line)
        if start is not None and (line_per_paragraph or not prose):
            blocks.append(_copied_block(text, start, end))
            start = None
        offset += len(line) + 1
    if start is not None:
        blocks.append(_copied_block(text, start, end))
    return blocks, comments


def _copied_block(text: str, start: int, end: int) -> _Block:
    block = _Block()
    block.add(text[start:end], start)
    return block


def _docx_paragraphs(data: bytes, name: str) -> list[str]:
    """The text of each paragraph of a .docx (line breaks read as spaces), in document order."""
    _check_docx_archive(data, name)
    import docx  # python-docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
        return [p.text.replace("\n", " ") for p in _docx_paragraph_elements(body)]
    except Exception as exc:  # python-docx and lxml raise many kinds; all mean a broken file
        raise DocumentError(f"damaged or unsupported .docx: {exc}", path=name) from None


def _check_docx_archive(data: bytes, name: str) -> None:
    """Refuse what is not a zip, a zip bomb, or a zip without a Word document in it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentError("not a .docx file (not a zip archive), skipped", path=name) from None
    mib = 1024 * 1024
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise DocumentError(
            f"refusing .docx: {total / mib:.0f} MB uncompressed exceeds the "
            f"{MAX_DOCX_UNCOMPRESSED // mib} MB limit (zip bomb?)",
            path=name,
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_CHECKED_FROM and ratio > MAX_DOCX_RATIO:
            raise DocumentError(
                f"refusing .docx: {member.filename} expands {ratio:.0f}:1 "
                f"(limit {MAX_DOCX_RATIO}:1; zip bomb?)",
                path=name,
            )
    if "word/document.xml" not in {member.filename for member in members}:
        raise DocumentError("not a Word document (word/document.xml missing)", path=name)


def _docx_paragraph_elements(container: Any) -> Iterator[Any]:  # lxml elements
    """w:p elements of body or a table cell, descending into tables and content controls."""
    for child in container:
        if child.tag == _W + "p":
            yield child
        elif child.tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                for cell in row.iterchildren(_W + "tc"):
                    yield from _docx_paragraph_elements(cell)
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _docx_paragraph_elements(content)


# --- Markdown ---------------------------------------------------------------------------------


def _blank_front_matter(text: str) -> str:
    """text with its YAML front matter (--- ... --- at the start) blanked, lines kept."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text
    return "\n" * match.group().count("\n") + text[match.end() :]


def _markdown_prose(text: str) -> tuple[list[_Block], list[tuple[int, str]]]:
    """One block per inline token (paragraph, heading, cell), plus the prose of HTML blocks."""
    tokens = _markdown_parser(_unused_block_rules(text)).parse(text)
    starts = _line_starts(text)
    blocks: list[_Block] = []
    comments: list[tuple[int, str]] = []
    cursor = 0
    for token in tokens:
        if token.map is None:
            continue
        first, stop = token.map
        limit = starts[stop] if stop < len(starts) else len(text)
        if token.type == "inline" and token.children:
            cursor = max(cursor, starts[first])
            block, cursor = _inline_block(text, token.children, cursor, limit, comments)
            blocks.append(block)
        elif token.type == "html_block":
            html = _realign(text, starts, token.content, first, stop)
            html_blocks, html_comments = _HtmlProse(html, base=starts[first]).run()
            blocks += html_blocks
            comments += html_comments
    return blocks, comments


@cache
def _markdown_parser(disabled: tuple[str, ...]) -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # text_join off: entities and escapes stay separate tokens, with their source as markup
    return parser.disable(["text_join", *disabled])


def _unused_block_rules(text: str) -> tuple[str, ...]:
    """Block rules that cannot match text. Disabling them changes nothing but saves parse time
    (markdown-it tries every rule at every line of a paragraph)."""
    rules = []
    if "|" not in text:
        rules.append("table")
    if "```" not in text and "~~~" not in text:
        rules.append("fence")
    if ">" not in text:
        rules.append("blockquote")
    if "<" not in text:
        rules.append("html_block")
    if not any(_after_text(text, match.start()) for match in _SETEXT_UNDERLINE.finditer(text)):
        rules.append("lheading")
    return tuple(rules)


def _after_text(text: str, newline: int) -> bool:
    """Whether the line ending at this newline has text (so the next may underline a heading)."""
    return text[text.rfind("\n", 0, newline) + 1 : newline].strip() != ""


def _inline_block(
    src: str, children: list[Token], cursor: int, limit: int, comments: list[tuple[int, str]]
) -> tuple[_Block, int]:
    """The prose of one inline token, each piece located in src from cursor on (below limit).

    Returns the block and the cursor past it. Code spans, link targets, images, autolinks and
    inline HTML are stepped over; HTML comments are collected for the directives.
    """
    block = _Block()
    in_autolink = False
    for child in children:
        kind = child.type
        if kind == "text":
            if child.content and not in_autolink:
                at = src.find(child.content, cursor, limit)
                if at >= 0:
                    block.add(child.content, at)
                    cursor = at + len(child.content)
                else:  # a table cell reads "\|" as "|"
                    cursor = _add_scattered(block, src, child.content, cursor, limit)
        elif kind in ("softbreak", "hardbreak"):
            block.add(" ", cursor)
        elif kind == "text_special":  # an entity or a backslash escape
            at = src.find(child.markup, cursor, limit)
            at = cursor if at < 0 else at
            block.add(child.content, at, len(child.markup))
            cursor = at + len(child.markup)
        elif kind == "code_inline":
            at = src.find(child.markup, cursor, limit)
            if at >= 0:
                close = src.find(child.markup, at + len(child.markup) + len(child.content), limit)
                cursor = close + len(child.markup) if close >= 0 else at + len(child.markup)
        elif kind == "link_open" and child.markup == "autolink":
            in_autolink = True
        elif kind == "link_close":
            if in_autolink:
                in_autolink = False
                cursor = max(cursor, src.find(">", cursor, limit) + 1)
            else:
                cursor = _skip_link_target(src, cursor, limit)
        elif kind == "image":
            at = src.find("![", cursor, limit)
            if at >= 0:
                cursor = _skip_link_target(src, at + 2, limit)
        elif kind == "html_inline":
            at = src.find(child.content, cursor, limit)
            if at >= 0:
                cursor = at + len(child.content)
                if child.content.startswith("<!--"):
                    comments.append((at, child.content[4:].removesuffix("-->")))
    return block, cursor


def _add_scattered(block: _Block, src: str, text: str, cursor: int, limit: int) -> int:
    """Add text whose characters stand in src in order, but not side by side; return the cursor.

    Each character is placed where it is found (or at the cursor, if it is not).
    """
    for char in text:
        at = src.find(char, cursor, limit)
        if at < 0:
            block.add(char, cursor, 1)
        else:
            block.add(char, at)
            cursor = at + 1
    return cursor


def _skip_link_target(src: str, pos: int, limit: int) -> int:
    """Offset past the ``](target)`` or ``][label]`` closing the link text that pos is in."""
    close = _closing(src, pos, limit, "[", "]", depth=1)
    if close is None:
        return limit
    pos = close + 1  # past "]"
    if src.startswith("[", pos):
        close = src.find("]", pos, limit)
        return close + 1 if close >= 0 else pos
    if not src.startswith("(", pos):
        return pos
    close = _closing(src, pos, limit, "(", ")", depth=0)
    return limit if close is None else close + 1


def _closing(src: str, pos: int, limit: int, opener: str, closer: str, *, depth: int) -> int | None:
    """Offset of the ``closer`` that brings ``depth`` back to zero (backslash escapes skipped)."""
    while pos < limit:
        char = src[pos]
        if char == "\\":
            pos += 1
        elif char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    return None
    pos += 1  # past "]"
    if src.startswith("[", pos):
        close = src.find("]", pos, limit)
        return close + 1 if close >= 0 else pos
    if not src.startswith("(", pos):
        return pos
    depth = 0
    while pos < limit:
        char = src[pos]
        if char == "\\":
            pos += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    return limit


def _realign(text: str, starts: list[int], content: str, first: int, stop: int) -> str:
    """An HTML block's content laid out like its source lines (same lengths, container prefixes
    such as "> " blanked), so offsets in it plus the block's start are offsets in text."""
    lines = []
    for number, line in zip(range(first, stop), content.split("\n")):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
        source = text[starts[number] : end]
        lines.append(line.rjust(len(source)) if source.endswith(line) else source)
    return "\n".join(lines)


# --- HTML -------------------------------------------------------------------------------------


class _HtmlProse(HTMLParser):
    """Collects the prose of HTML, one block per block element, with source offsets.

    Character references are kept apart (convert_charrefs=False) so that each piece of text
    has its own position.
    """

    def __init__(self, html: str, *, base: int = 0) -> None:
        super().__init__(convert_charrefs=False)
        self._html = html
        self._base = base  #: offset of html in the document
        self._starts = _line_starts(html)
        self._skipping = 0  #: depth inside script, style, code...
        self._block = _Block()
        self._blocks: list[_Block] = []
        self._comments: list[tuple[int, str]] = []

    def run(self) -> tuple[list[_Block], list[tuple[int, str]]]:
        self.feed(self._html)
        self.close()
        self._flush()
        return self._blocks, self._comments

    def _here(self) -> int:
        line, column = self.getpos()
        return self._starts[line - 1] + column

    def _flush(self) -> None:
        if self._block.text().strip():
            self._blocks.append(self._block)
        self._block = _Block()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:
            self._skipping += 1
        if tag in _HTML_BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            self._skipping = max(0, self._skipping - 1)
        if tag in _HTML_BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._block.add(data, self._base + self._here())

    def handle_entityref(self, name: str) -> None:
        self._reference(name)

    def handle_charref(self, name: str) -> None:
        self._reference("#" + name)

    def _reference(self, name: str) -> None:
        if self._skipping:
            return
        at = self._here()
        raw = "&" + name
        if self._html.startswith(";", at + len(raw)):
            raw += ";"
        self._block.add(unescape(raw), self._base + at, len(raw))

    def handle_comment(self, data: str) -> None:
        self._comments.append((self._base + self._here(), data))
