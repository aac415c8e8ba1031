"""Export the fact base for other tools: schema.org ClaimReview (JSON-LD) and CSV.

Pure functions returning data or text; the command line prints them.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .factbase import FactBase
from .models import Fact, Variant

ORGANIZATION = "creditcheck"
#: schema.org Rating for each kind of variant: (ratingValue, alternateName)
RATINGS = {"refute": (1, "False"), "misleading": (2, "Misleading")}
CSV_COLUMNS = (
    "id",
    "topic",
    "statement",
    "entities",
    "numbers",
    "as_of",
    "confirms",
    "refutes",
    "source_title",
    "source_author",
    "source_publisher",
    "source_date",
    "source_url",
    "passage",
)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?。！？" else text + "."


def _review(fact: Fact, variant: Variant, kind: str, n: int) -> dict[str, Any]:
    value, name = RATINGS[kind]
    src = fact.source
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"{fact.id}#{kind}-{n}",
        "claimReviewed": variant.text,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        },
        "itemReviewed": {"@type": "Claim"},
        "author": {"@type": "Organization", "name": ORGANIZATION},
        "url": src.url,
        "reviewBody": f"{_sentence(variant.why)} Correct: {fact.statement}",
        "datePublished": src.date,
    }


def to_claimreview(fb: FactBase) -> list[dict[str, Any]]:
    """One schema.org ``ClaimReview`` per false variant (rating 1) and misleading variant (rating 2).

    ``identifier`` is ``<fact id>#refute-<n>`` or ``<fact id>#misleading-<n>`` (n from 1, in
    file order), stable as long as the variants keep their order. ``url`` and
    ``datePublished`` are the source article's; ``reviewBody`` is the reason the variant is
    wrong followed by the correct statement.
    """
    out: list[dict[str, Any]] = []
    for fact in fb.facts:
        out += [_review(fact, v, "refute", n) for n, v in enumerate(fact.refutes, 1)]
        out += [_review(fact, v, "misleading", n) for n, v in enumerate(fact.misleading, 1)]
    return out


def to_jsonld_document(fb: FactBase) -> str:
    """:func:`to_claimreview` as a pretty-printed JSON array (UTF-8 text, not ASCII escapes)."""
    return json.dumps(to_claimreview(fb), indent=2, ensure_ascii=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def to_csv(fb: FactBase) -> str:
    """One row per fact under a header row (see :data:`CSV_COLUMNS`).

    List cells are joined: entities and numbers with ``;``, confirms and refute texts with
    `` | ``. Rows end with ``\\n`` (not ``\\r\\n``) so printed output is the same on every platform.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for fact in fb.facts:
        src = fact.source
        writer.writerow(
            (
                fact.id,
                fact.topic,
                fact.statement,
                ";".join(fact.entities),
                ";".join(_number(n) for n in fact.numbers),
                fact.as_of or "",
                " | ".join(fact.confirms),
                " | ".join(v.text for v in fact.refutes),
                src.title,
                src.author,
                src.publisher,
                src.date,
                src.url,
                src.passage,
            )
        )
    return buf.getvalue()
