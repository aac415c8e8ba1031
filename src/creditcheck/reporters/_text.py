"""Text-safety helpers shared by the reporters.

Everything a reporter prints comes, in the end, from files we do not control: the
drafts being checked and the fact base.  A sentence may carry an ANSI escape
sequence (``"\\x1b[2J"`` clears a terminal), a carriage return that overwrites
the line before it, or bidirectional overrides that reorder what the reader sees.
Human-readable formats therefore pass every piece of user text through
:func:`sanitize` (or :func:`one_line`) before output; machine formats (JSON,
SARIF) rely on JSON string escaping, hardened by :func:`dump_json`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from creditcheck.models import Source

#: Characters never printed raw by human formats: C0 controls, DEL, C1 controls,
#: bidirectional embeddings/overrides/isolates, and lone surrogates (from
#: ``surrogateescape`` decoding; they cannot be encoded to UTF-8 anyway).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

#: Characters a JSON encoder with ``ensure_ascii=False`` leaves raw but that some
#: terminals or JavaScript consumers still treat specially.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _visible(char: str) -> str:
    """Python-repr style escape of one character: ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def sanitize(text: str, *, keep: str = "") -> str:
    """Return ``text`` with every control character made visible.

    C0/C1 controls, DEL, bidi overrides and lone surrogates become escapes such as
    ``\\x1b`` (so ``"\\x1b[31m"`` prints as the six characters ``\\x1b[31m`` and colours
    nothing).  Characters listed in ``keep`` (e.g. ``"\\n"``) are left alone for
    callers that handle them themselves.  Backslashes are not doubled: the result
    is meant to be read, not parsed back.
    """

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        return char if char in keep else _visible(char)

    return _UNSAFE.sub(replace, text)


def one_line(text: str) -> str:
    """Collapse all white space (newlines, tabs, U+2028...) to single spaces, then sanitize."""
    return sanitize(" ".join(text.split()))


def citation(source: Source) -> str:
    """``"Title, Author, Publisher, Date, url"``, skipping empty fields (not sanitized)."""
    parts = (source.title, source.author, source.publisher, source.date, source.url)
    return ", ".join(part.strip() for part in parts if part and part.strip())


def dump_json(obj: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` with ``ensure_ascii=False`` plus escapes for C1 controls and friends.

    The output stays readable UTF-8 (Chinese text is not turned into ``\\uXXXX``) yet
    holds no raw control character: the encoder already escapes C0 controls, and
    DEL, C1 controls, U+2028/U+2029 and lone surrogates are escaped here.  That is
    safe because those characters can only occur inside JSON strings.
    """
    separators = (",", ": ") if indent is not None else (",", ":")
    text = json.dumps(obj, ensure_ascii=False, indent=indent, separators=separators)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
