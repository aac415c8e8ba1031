"""How many founders, owners or members a claim counts in words."""

import pytest

from creditcheck.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It was set up by a single bank.", 1),
        ("It was set up by just one major bank.", 1),
        ("It was set up in 2013 by a lone internet company.", 1),
        ("It was set up by a sole investor.", 1),
        ("It was set up by a pair of start-ups.", 2),
        ("It was set up by a couple of firms.", 2),
    ],
)
def test_a_count_said_in_words(text, count):
    counts = [q.value for q in extract_quantities(text) if q.kind == "count"]
    assert counts == [count]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("It reached only ~1/4 of China's population.", [25.0]),
        ("Some 3/4 of users are on mobile.", [75.0]),
        # (a slash with no "of" after it may be a date: no share)
        ("The blacklist was announced on 5/22.", []),
    ],
)
def test_a_fraction_in_figures_of_something_is_a_share(text, share):
    assert [q.value for q in extract_quantities(text) if q.kind == "percent"] == share
