"""Check that every fact's passage is quoted verbatim from its archived article
(``creditcheck facts verify --sources DIR``).

"Verbatim" ignores what copying text from a web page changes anyway: white space (all of it:
line breaks, NBSP, runs of spaces), quote style (curly or straight, single or double), dash
style (- – — and friends) and Unicode compatibility forms (NFKC, so "…" equals "...").
Everything else - words, case, punctuation, figures - must be as the article has it. A
passage may elide words with "..." (or "[...]"): each part must then appear, in order.

Each article is read and normalised once per call, so the check stays linear in the size
of the sources folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from .factbase import FactBase
from .models import Fact
from .validate import ERROR, Problem, sort_problems

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′‹›`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),  # soft hyphen, zero-width characters
    }
)
_SPACE = re.compile(r"\s+")
_ELISION = re.compile(r"\[?\.\.\.\]?")
MAX_ELISION = 400  #: most characters (white space aside) one "..." may skip


def fold(text: str) -> str:
    """The form passages and articles are compared in (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _SPACE.sub("", text)


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`fold`, character by character, with the index in ``text`` each folded character comes from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in fold(ch):
            out.append(c)
            where.append(i)
    return "".join(out), where


def passage_in(passage: str, article: str) -> bool:
    """Is ``passage`` in ``article`` (an already :func:`fold`-ed text), elisions allowed?

    An elided passage ("A ... B") matches when its parts appear in order, each within
    :data:`MAX_ELISION` characters of the previous one (an elision skips words, not pages).
    """
    folded = fold(passage)
    if folded in article:
        return True
    parts = [p for p in _ELISION.split(folded) if p]
    if len(parts) < 2:
        return False
    start = article.find(parts[0])
    while start >= 0:
        pos = start + len(parts[0])
        for part in parts[1:]:
            found = article.find(part, pos, pos + MAX_ELISION + len(part))
            if found < 0:
                break
            pos = found + len(part)
        else:
            return True
        start = article.find(parts[0], start + 1)
    return False


def _divergence(passage: str, article: str) -> str:
    """Where ``passage`` stops matching ``article``: the longest prefix found, by bisection."""
    folded, where = _fold_with_map(passage)
    lo, hi = 0, len(folded)  # folded[:lo] is in the article; folded[:hi + 1] is not
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if folded[:mid] in article:
            lo = mid
        else:
            hi = mid - 1
    if lo < 10 or not where:
        return "even its opening words are not in the article"
    cut = where[lo] if lo < len(where) else len(passage)
    before = " ".join(passage[max(0, cut - 40) : cut].split())
    after = " ".join(passage[cut : cut + 40].split())
    return f"it matches up to '…{before}' but the article does not go on with '{after}…'"


class _Articles:
    """The folder's articles, each read and folded once, on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._texts: dict[str, tuple[str | None, str | None]] = {}
        self._txt: list[str] | None = None

    def get(self, name: str) -> tuple[str | None, str | None]:
        """``(folded text, None)``, or ``(None, why it cannot be read)``."""
        if name not in self._texts:
            self._texts[name] = self._read(name)
        return self._texts[name]

    def _read(self, name: str) -> tuple[str | None, str | None]:
        if Path(name).name != name or name in (".", ".."):
            return None, f"archive '{name}' must be a plain file name inside {self.folder}"
        path = self.folder / name
        if not path.is_file():
            return None, f"archive file '{name}' is not in {self.folder}"
        try:
            return fold(path.read_bytes().decode("utf-8-sig")), None
        except UnicodeDecodeError:
            return None, f"archive file '{name}' is not UTF-8 text"
        except OSError as exc:
            return None, f"cannot read archive file '{name}': {exc.strerror or exc}"

    def txt_files(self) -> list[str]:
        """Every ``.txt`` file in the folder, sorted by name."""
        if self._txt is None:
            self._txt = sorted(p.name for p in self.folder.iterdir() if p.suffix == ".txt" and p.is_file())
        return self._txt

    def contains(self, name: str, passage: str) -> bool:
        text, _ = self.get(name)
        return text is not None and passage_in(passage, text)


def verify_passages(fb: FactBase, sources_dir: Path | str) -> list[Problem]:
    """A problem for every fact whose passage is not (verbatim) in its archived article.

    The article is the source's ``archive`` file in ``sources_dir`` when the source names one;
    otherwise every ``.txt`` file there is searched. A missing folder is one problem; a
    missing or unreadable archive file is one problem, at the first fact that cites it.
    """
    folder = Path(sources_dir)
    if not folder.is_dir():
        return [Problem(str(folder), 0, None, "sources folder not found (give the folder of archived articles)", ERROR)]
    articles = _Articles(folder)
    problems: list[Problem] = []
    broken: dict[str, list[Fact]] = {}  # archive -> the facts citing it, when it cannot be read
    for fact in fb.facts:
        passage = fact.source.passage
        archive = fact.source.archive
        if archive:
            text, error = articles.get(archive)
            if text is None:
                broken.setdefault(archive, []).append(fact)
            elif not passage_in(passage, text):
                elsewhere = [n for n in articles.txt_files() if n != archive and articles.contains(n, passage)]
                hint = f" (it is in {', '.join(elsewhere)}: check the source's 'archive')" if elsewhere else ""
                problems.append(_fail(fact, f"passage is not verbatim in {archive}: {_divergence(passage, text)}{hint}"))
        elif not articles.txt_files():
            problems.append(_fail(fact, f"the source names no 'archive' and {folder} has no .txt articles to search"))
        elif not any(articles.contains(n, passage) for n in articles.txt_files()):
            problems.append(_fail(fact, f"passage is not verbatim in any .txt article in {folder} (the source names no 'archive')"))
    for archive, facts in broken.items():
        _, error = articles.get(archive)
        cited = f" (cited by {len(facts)} facts)" if len(facts) > 1 else ""
        problems.append(_fail(facts[0], f"{error}{cited}"))
    return sort_problems(problems)


def _fail(fact: Fact, message: str) -> Problem:
    return Problem(fact.origin.path, fact.origin.line, fact.id, message, ERROR)
