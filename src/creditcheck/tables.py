"""Human and JSON renderings for the secondary commands: eval, config and facts."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .evaluate import Evaluation
    from .matching import Candidate, Index
    from .models import Fact


def _console(color: bool):  # noqa: ANN202 - rich is imported lazily
    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=color, no_color=not color, width=120, highlight=False, emoji=False, markup=False)


def _render(renderables: Sequence[Any], color: bool) -> str:
    console = _console(color)
    for r in renderables:
        console.print(r)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _text(value: object) -> Any:
    from rich.text import Text

    from .reporters import sanitize

    return Text(sanitize(str(value)))


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_evaluation(ev: "Evaluation", fmt: str, *, color: bool) -> str:
    if fmt == "json":
        return _json(ev.to_dict())
    from rich.table import Table

    from .evaluate import VERDICTS

    matrix = Table(title="expected (rows) vs got (columns)")
    matrix.add_column("expected")
    for v in VERDICTS:
        matrix.add_column(v, justify="right")
    for e in VERDICTS:
        matrix.add_row(e, *(str(ev.matrix[e][g]) for g in VERDICTS))
    misses = Table(title=f"{len(ev.misses)} misses", show_lines=False)
    for col in ("where", "expected", "got", "claim"):
        misses.add_column(col, overflow="fold")
    for m in ev.misses:
        got = m.result.verdict.value + (f" [{m.result.fact.id}]" if m.result.fact else "")
        expected = m.item.verdict.value + (f" [{m.item.fact}]" if m.item.fact else "")
        misses.add_row(_text(f"{m.item.path}:{m.item.line}"), _text(expected), _text(got), _text(m.item.claim))
    head = _text(f"accuracy {ev.accuracy:.1%} ({ev.correct}/{ev.total}), true/false swaps: {ev.swaps}")
    return _render([head, matrix, misses], color)


def render_config(config: "Config") -> str:
    lines = [f"# config file: {config.path or '(none found)'}"]
    for name, setting in sorted(config.settings.items()):
        value = setting.value
        shown = ",".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value).lower() if isinstance(value, bool) else value
        lines.append(f"{name} = {shown}    # from {setting.origin}")
    from .reporters import sanitize

    return sanitize("\n".join(lines), keep="\n")


def select_facts(index: "Index", *, topic: str | None = None, entity: str | None = None) -> list["Fact"]:
    facts = list(index.factbase.facts)
    if topic:
        facts = [f for f in facts if f.topic == topic]
    if entity:
        eid = entity if entity in index.factbase.entities else None
        if eid is None:
            found = index.aliases.replace(entity)[1]
            eid = found[0] if found else None
        facts = [f for f in facts if eid in f.entities] if eid else []
    return facts


def render_fact_list(facts: Sequence["Fact"], fmt: str, *, color: bool) -> str:
    if fmt == "json":
        return _json([{"id": f.id, "topic": f.topic, "statement": f.statement} for f in facts])
    from rich.table import Table

    table = Table(title=f"{len(facts)} facts")
    for col in ("id", "topic", "statement"):
        table.add_column(col, overflow="fold")
    for f in facts:
        table.add_row(_text(f.id), _text(f.topic), _text(f.statement))
    return _render([table], color)


def fact_to_dict(fact: "Fact") -> dict[str, Any]:
    return {
        "id": fact.id,
        "topic": fact.topic,
        "statement": fact.statement,
        "entities": list(fact.entities),
        "numbers": list(fact.numbers),
        "as_of": fact.as_of,
        "confirms": list(fact.confirms),
        "refutes": [{"text": v.text, "why": v.why} for v in fact.refutes],
        "misleading": [{"text": v.text, "why": v.why} for v in fact.misleading],
        "source": fact.source.to_dict(),
        "defined_at": str(fact.origin),
    }


def render_fact(fact: "Fact", fmt: str, *, color: bool) -> str:
    data = fact_to_dict(fact)
    if fmt == "json":
        return _json(data)
    lines = [f"{fact.id}  ({fact.topic}; defined at {fact.origin})", f"  {fact.statement}"]
    if fact.as_of:
        lines.append(f"  as of: {fact.as_of}")
    if fact.numbers:
        lines.append("  figures: " + ", ".join(f"{n:g}" for n in fact.numbers))
    lines.append("  entities: " + ", ".join(fact.entities))
    lines.append("  confirms (true):")
    lines += [f"    + {t}" for t in fact.confirms]
    lines.append("  refutes (false):")
    lines += [f"    - {v.text}\n        why: {v.why}" for v in fact.refutes]
    if fact.misleading:
        lines.append("  misleading:")
        lines += [f"    ~ {v.text}\n        why: {v.why}" for v in fact.misleading]
    s = fact.source
    lines.append(f'  source: "{s.passage}"')
    lines.append(f"    {s.title}, {s.author}, {s.publisher}, {s.date}, {s.url}")
    from .reporters import sanitize

    return sanitize("\n".join(lines), keep="\n")


def render_search(candidates: Sequence["Candidate"], fmt: str, *, color: bool) -> str:
    rows = [
        {"score": round(c.score, 1), "fact": c.entry.fact.id, "kind": c.entry.kind.value, "phrasing": c.entry.text}
        for c in candidates
    ]
    if fmt == "json":
        return _json(rows)
    if not rows:
        return "no fact matches (the text names nothing the fact base knows, or shares no words with it)"
    from rich.table import Table

    table = Table(title="closest phrasings")
    for col in ("score", "fact", "phrasing is", "phrasing"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(_text(r["score"]), _text(r["fact"]), _text(r["kind"]), _text(r["phrasing"]))
    return _render([table], color)
