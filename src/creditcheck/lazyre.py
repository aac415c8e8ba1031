"""Regular expressions compiled on first use.

Compiling a pattern costs from a tenth of a millisecond to a millisecond, and a single claim
is checked in well under a tenth of a second with the interpreter's start included: patterns
that most claims never need (spelt-out numbers, ranks, seasons, conflation shapes) wait until
one does.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` and compiles it the first time it is used."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)

    @property
    def pattern(self) -> str:
        return self._args[0]


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
