"""The shipped fact base (src/creditcheck/facts.yaml): loads, validates, quotes its sources."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from creditcheck.checker import Checker
from creditcheck.factbase import builtin_facts_path, load_factbase
from creditcheck.validate import ERROR, check_examples, example_count, validate_factbase
from creditcheck.verify import verify_passages

REPO = Path(__file__).resolve().parents[1]
#: the archived articles live next to the repository (in CI: ../shared/sources)
SOURCES = Path(__file__).parents[2] / "shared" / "sources"
MIN_FACTS = 120
MIN_EXAMPLE_RATE = 0.90  #: the engine is being tuned: do not ask for 100%


@pytest.fixture(scope="module")
def fb():
    return load_factbase()


@pytest.fixture(scope="module")
def raw_facts() -> list[dict]:
    """The facts as plain YAML, independent of the loader."""
    return yaml.safe_load(builtin_facts_path().read_text(encoding="utf-8"))["facts"]


def report(problems) -> str:
    return "\n".join(str(p) for p in problems)


def test_repo_root_facts_yaml_is_the_shipped_base() -> None:
    root = REPO / "facts.yaml"
    if not root.exists():
        pytest.skip("no facts.yaml at the repository root")
    assert root.resolve() == builtin_facts_path().resolve()


def test_enough_facts(fb) -> None:
    assert len(fb.facts) >= MIN_FACTS


def test_ids_are_unique(raw_facts) -> None:
    counts = Counter(f["id"] for f in raw_facts)
    assert [i for i, n in counts.items() if n > 1] == []


def test_ids_sorted_within_topics(raw_facts) -> None:
    by_topic: dict[str, list[str]] = {}
    for f in raw_facts:
        by_topic.setdefault(f["topic"], []).append(f["id"])
    unsorted = {t: ids for t, ids in by_topic.items() if ids != sorted(ids)}
    assert unsorted == {}


def test_every_fact_has_the_required_phrasings(fb) -> None:
    thin = [f.id for f in fb.facts if len(f.confirms) < 2 or len(f.refutes) < 1]
    assert thin == []


def test_validates_without_errors(fb) -> None:
    problems = [p for p in validate_factbase(fb) if p.level == ERROR]
    assert problems == [], "\n" + report(problems)


def test_passages_are_verbatim_in_the_archived_articles(fb) -> None:
    if not SOURCES.is_dir():
        pytest.skip(f"archived sources not found at {SOURCES}")
    problems = verify_passages(fb, SOURCES)
    assert problems == [], "\n" + report(problems)


def test_every_source_names_an_archive_file(fb) -> None:
    missing = [ref for ref, src in fb.sources.items() if not src.archive]
    assert missing == []


def test_engine_rates_the_examples_as_intended(fb) -> None:
    misses = check_examples(fb, Checker(fb))
    total = example_count(fb)
    rate = 1 - len(misses) / total
    print(f"\nexamples rated as intended: {total - len(misses)}/{total} = {rate:.1%}")
    assert rate >= MIN_EXAMPLE_RATE, f"only {rate:.1%} rated as intended:\n" + report(misses)


def _contradictions(fb) -> list[tuple[str, str, str | None]]:
    """(fact id, claim, swapped-in entity) that contradict a confirming phrasing: a negation put
    after its first auxiliary, or its main subject swapped for another of the same kind that the
    fact never names (unless that one's own facts say the same: two firms both based in Beijing)."""
    import re

    by_kind: dict[str, list[str]] = {}
    for eid, entity in fb.entities.items():
        by_kind.setdefault(entity.kind, []).append(eid)
    out = []
    for fact in fb.facts:
        main = fact.entities[0]
        kind = fb.entities[main].kind
        others = sorted(e for e in by_kind.get(kind, []) if e not in fact.entities)
        for n, text in enumerate(fact.confirms[:3]):
            m = re.search(r"\b(is|was|are|were|has|have|had|can|will)\b", text)
            # one more "not" garbles a denial, and "not more than 212 million" still agrees with 212 million
            if m and not re.search(r"\b(not|no|never|none|without)\b|n't", text) and not re.match(r"\s+(?:more|less|fewer|\w+er) than", text[m.end() :]):
                out.append((fact.id, text[: m.end()] + " not" + text[m.end() :], None))
            name = next((a for a in fb.entities[main].names if a in text), None)
            if name and others and kind in ("credit-score", "person"):
                other = fb.entities[others[n % len(others)]].name
                if other not in text:
                    out.append((fact.id, text.replace(name, other, 1), others[n % len(others)]))
    return out


def test_no_contradiction_of_a_confirming_phrasing_is_rated_true(fb) -> None:
    """A confident wrong verdict is the worst failure: denying or re-attributing a true phrasing
    must never come out true (unverified is fine)."""
    checker = Checker.load()
    wrong = []
    for fid, claim, swapped in _contradictions(fb):
        result = checker.check_claim(claim)
        if result.verdict.value == "true" and not (swapped and swapped in result.fact.entities and result.fact.id != fid):
            wrong.append((fid, claim))
    assert len(_contradictions(fb)) > 250
    assert not wrong, wrong[:10]


def test_no_confirming_phrasing_is_rated_false_and_no_variant_true() -> None:
    """A fact's own phrasings must agree with the engine: a confirming phrasing read as false, or
    a false or misleading variant read as true, is a reading that would swap a writer's claim."""
    checker = Checker.load()
    wrong = []
    for fact in checker.index.factbase.facts:
        wrong += [(fact.id, text) for text in fact.confirms if checker.check_claim(text).verdict.value == "false"]
        variants = [v.text for v in (*fact.refutes, *fact.misleading)]
        wrong += [(fact.id, text) for text in variants if checker.check_claim(text).verdict.value == "true"]
    assert not wrong, wrong[:10]


#: events no fact speaks of, dated to a year a fact gives for the same subject
_UNRELATED = ("changed its logo in {y}", "was criticised by foreign journalists in {y}", "moved its offices in {y}",
              "hired a new spokesperson in {y}", "won an industry award in {y}", "was the subject of a documentary in {y}",
              "opened an office in {y}", "expanded again in {y}", "reported figures for {y}")  # fmt: skip


def test_a_claim_sharing_only_a_name_and_a_year_with_a_fact_is_unverified(fb) -> None:
    """"Sina Weibo moved its offices in 2009" is not "Sina Weibo was launched in 2009", nor its
    denial: neither true nor false, whatever year it gives."""
    from creditcheck.quantities import quantity_kind

    checker = Checker.load()
    claims = []
    for fact in fb.facts:
        years = [int(v) for v in fact.numbers if quantity_kind(v) == "year"]
        if years and fact.entities:
            name = fb.entities[fact.entities[0]].name
            claims += [f"{name} {event.format(y=y)}." for event in _UNRELATED for y in (years[0], years[0] + 3)]
    assert len(claims) > 300
    decided = [(c, r.verdict.value) for c in claims if (r := checker.check_claim(c)).verdict.value != "unverified"]
    assert not decided, decided[:10]


#: things no fact says about anyone: a claim that says them of a known name is unverified
_UNSAID = ("changed its logo", "was criticised by foreign journalists", "moved its offices to a new tower",
           "hired a new spokesperson", "won an industry award", "is popular with students", "has a mobile app",
           "spent 40 million yuan on advertising", "is not popular with students", "never won an industry award")  # fmt: skip


def test_a_claim_saying_what_no_fact_says_of_a_known_name_is_unverified(fb) -> None:
    """"Sina Weibo has a mobile app" shares only a name with every fact about Weibo: neither
    true nor false, whatever the name (each entity a fact is about, and its first alias)."""
    checker = Checker.load()
    names = {fb.entities[e].name for fact in fb.facts for e in fact.entities[:2]}
    claims = [f"{name} {unsaid}." for name in sorted(names) for unsaid in _UNSAID]
    assert len(claims) > 400
    decided = [(c, r.verdict.value) for c in claims if (r := checker.check_claim(c)).verdict.value != "unverified"]
    assert not decided, decided[:10]
