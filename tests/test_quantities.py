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
