"""ClaimReview JSON-LD and CSV export (creditcheck.export)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from creditcheck.export import CSV_COLUMNS, to_claimreview, to_csv, to_jsonld_document
from creditcheck.factbase import load_factbase

DATA = Path(__file__).parent / "data" / "facts"
REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "url")


@pytest.fixture(scope="module")
def minimal():
    return load_factbase([DATA / "minimal.yaml"], builtin=False)


@pytest.fixture(scope="module")
def shipped():
    return load_factbase()


def test_claimreview_items(minimal) -> None:
    items = to_claimreview(minimal)
    # minimal.yaml: 3 refutes and 1 misleading variant
    assert [i["identifier"] for i in items] == [
        "sesame-ant-financial#refute-1",
        "sesame-ant-financial#misleading-1",
        "sesame-score-range#refute-1",
        "tencent-score-range#refute-1",
    ]
    false, misleading = items[0], items[1]
    assert false == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": "sesame-ant-financial#refute-1",
        "claimReviewed": "Sesame Credit is run by the Chinese government",
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
        "itemReviewed": {"@type": "Claim"},
        "author": {"@type": "Organization", "name": "creditcheck"},
        "url": "https://www.whatsonweibo.com/open-sesame/",
        "reviewBody": "Sesame Credit is a commercial score run by Ant Financial. Correct: Sesame Credit is run by Ant Financial.",
        "datePublished": "2018",
    }
    assert misleading["reviewRating"]["ratingValue"] == 2
    assert misleading["reviewRating"]["alternateName"] == "Misleading"
    assert items[3]["url"] == "https://example.org/tencent-credit"  # an inline source
    assert items[3]["datePublished"] == "2018-05"


def test_jsonld_document_is_a_pretty_json_array_in_utf8(minimal) -> None:
    doc = to_jsonld_document(minimal)
    assert json.loads(doc) == to_claimreview(minimal)
    assert doc.startswith("[\n  {")
    assert "芝麻信用" in doc  # not \u escapes


def test_shipped_claimreview_is_valid(shipped) -> None:
    items = json.loads(to_jsonld_document(shipped))
    assert isinstance(items, list)
    assert len(items) == sum(len(f.refutes) + len(f.misleading) for f in shipped.facts)
    for item in items:
        for key in REQUIRED:
            assert item.get(key), (item.get("identifier"), key)
        assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
        assert item["reviewRating"]["ratingValue"] in (1, 2)
        assert item["url"].startswith(("http://", "https://"))
    assert len({i["identifier"] for i in items}) == len(items)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_a_header_and_one_row_per_fact(minimal) -> None:
    table = rows(to_csv(minimal))
    assert table[0] == list(CSV_COLUMNS)
    assert [r[0] for r in table[1:]] == [f.id for f in minimal.facts]
    row = dict(zip(table[0], table[2]))
    assert row["entities"] == "sesame-credit"
    assert row["numbers"] == "350;950"
    assert row["confirms"] == "Sesame Credit scores go from 350 to 950 | Zhima Credit uses a 350-950 scale"
    assert row["refutes"] == "Sesame Credit scores range from 300 to 850"
    assert row["as_of"] == ""
    assert row["source_title"] == "Open Sesame: Social Credit in China"
    first = dict(zip(table[0], table[1]))
    assert first["entities"] == "sesame-credit;ant-financial"
    assert first["passage"] == "Sesame Credit, run by Alibaba’s Ant Financial, is an opt-in program."
    tencent = dict(zip(table[0], table[3]))
    assert tencent["passage"] == 'The "Tencent Credit" score runs from 300 to 850.'  # quotes survive the round trip


def test_shipped_csv_has_one_row_per_fact(shipped) -> None:
    table = rows(to_csv(shipped))
    assert len(table) == len(shipped.facts) + 1
    assert all(len(r) == len(CSV_COLUMNS) for r in table)
    assert [r[0] for r in table[1:]] == [f.id for f in shipped.facts]
