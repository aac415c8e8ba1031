"""Load fact files (YAML) into immutable records, with errors that name file and line.

Only YAML's safe subset is accepted: tags that build Python objects, anchors and aliases,
very deep nesting and files that are not UTF-8 are refused with a one-line message.
Several files merge into one :class:`FactBase`; a duplicate id names both places.
"""

from __future__ import annotations

import datetime
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .errors import FactBaseError
from .models import Entity, Fact, Location, Source, Variant

SCHEMA_VERSION = 1
MAX_FACT_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 20
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
ENTITY_KINDS = frozenset(
    {"credit-score", "company", "government", "regulator", "place", "platform", "list", "person", "other"}
)
FACT_SUFFIXES = (".yaml", ".yml")


def builtin_facts_path() -> Path:
    """The fact base shipped inside the package."""
    return Path(__file__).with_name("facts.yaml")


class PickledFacts(Sequence[Fact]):
    """Facts kept as one pickle each and unpickled on first use.

    A cached index of a 10,000-fact base would otherwise spend most of a single claim's time
    rebuilding facts the claim never touches.
    """

    def __init__(self, blobs: tuple[bytes, ...]) -> None:
        self._blobs = blobs
        self._facts: dict[int, Fact] = {}

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, i: int) -> Fact:  # type: ignore[override]
        fact = self._facts.get(i)
        if fact is None:
            fact = self._facts[i] = pickle.loads(self._blobs[i])
        return fact

    def __iter__(self) -> Iterator[Fact]:
        return (self[i] for i in range(len(self._blobs)))


@dataclass(frozen=True)
class FactBase:
    """Every loaded fact, entity and source, merged from one or more files."""

    facts: Sequence[Fact]
    entities: dict[str, Entity]
    sources: dict[str, Source]  #: keyed by ref; passage empty (facts carry their own)
    files: tuple[str, ...] = ()
    entity_origins: dict[str, Location] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "positions", {f.id: i for i, f in enumerate(self.facts)})

    def get(self, fact_id: str) -> Fact | None:
        i = self.positions.get(fact_id)  # type: ignore[attr-defined]
        return None if i is None else self.facts[i]

    def position(self, fact_id: str) -> int:
        """Where a fact stands in :attr:`facts`."""
        return self.positions[fact_id]  # type: ignore[attr-defined,no-any-return]

    def __len__(self) -> int:
        return len(self.facts)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["facts"] = tuple(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL) for f in self.facts)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        state = {**state, "facts": PickledFacts(state["facts"])}  # type: ignore[arg-type]
        for key, value in state.items():
            object.__setattr__(self, key, value)


def expand_fact_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named directly, plus every ``*.yaml``/``*.yml`` inside named folders (sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in FACT_SUFFIXES and p.is_file())
            if not found:
                raise FactBaseError("folder has no .yaml or .yml fact files", path=str(path))
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise FactBaseError("no such fact file", path=str(path))
    return out


def load_factbase(paths: Sequence[str | os.PathLike[str]] = (), *, builtin: bool = True) -> FactBase:
    """Load the built-in base (unless ``builtin`` is false) plus ``paths`` (files or folders)."""
    files = ([builtin_facts_path()] if builtin else []) + expand_fact_paths(paths)
    if not files:
        raise FactBaseError("no fact files to load (--no-builtin needs at least one --facts)")
    merger = _Merger()
    for path in files:
        merger.add(_FileLoader(path).load())
    return merger.result(tuple(str(p) for p in files))


# --- reading one file -------------------------------------------------------------------------


@dataclass
class _Parsed:
    path: str
    entities: dict[str, tuple[Entity, Location]]
    sources: dict[str, tuple[Source, Location]]
    facts: list[Fact]


class _FileLoader:
    """Parse one YAML fact file, keeping node positions for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)

    def fail(self, message: str, node: Any = None) -> FactBaseError:
        line = node.start_mark.line + 1 if node is not None and hasattr(node, "start_mark") else None
        return FactBaseError(message, path=self.name, line=line)

    def load(self) -> _Parsed:
        import yaml

        try:
            size = self.path.stat().st_size
            if size > MAX_FACT_FILE_BYTES:
                raise self.fail(f"fact file is {size / 1e6:.1f} MB, over the {MAX_FACT_FILE_BYTES // 2**20} MiB limit")
            raw = self.path.read_bytes()
        except OSError as exc:
            raise self.fail(f"cannot read fact file: {exc.strerror or exc}") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise FactBaseError("fact file is not UTF-8 text", path=self.name, line=line) from None
        loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        loader = loader_cls(text)
        try:
            root = loader.get_single_node()
            if root is None:
                raise self.fail("fact file is empty")
            self._check_shape(root, 0, set())
            data = loader.construct_document(root)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or exc.context or "invalid YAML"
            raise FactBaseError(f"invalid YAML: {problem}", path=self.name, line=mark.line + 1 if mark else None) from None
        except yaml.YAMLError as exc:
            raise self.fail(f"invalid YAML: {exc}") from None
        except RecursionError:
            raise self.fail("YAML is nested too deeply") from None
        finally:
            loader.dispose()
        return self._build(root, data)

    def _check_shape(self, node: Any, depth: int, seen: set[int]) -> None:
        """Refuse aliases (a 'billion laughs' bomb) and nesting deeper than any fact needs."""
        import yaml

        if depth > MAX_DEPTH:
            raise self.fail(f"YAML is nested more than {MAX_DEPTH} levels deep", node)
        if id(node) in seen:
            raise self.fail("YAML anchors and aliases are not allowed in fact files", node)
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                self._check_shape(child, depth + 1, seen)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                self._check_shape(key, depth + 1, seen)
                self._check_shape(value, depth + 1, seen)

    # -- building records --------------------------------------------------------------------

    def _build(self, root: Any, data: Any) -> _Parsed:
        if not isinstance(data, dict):
            raise self.fail("a fact file must be a mapping with 'version' and 'facts'", root)
        nodes = _mapping_nodes(root)
        version = data.get("version")
        if version != SCHEMA_VERSION:
            raise self.fail(f"unsupported or missing 'version' (expected {SCHEMA_VERSION})", nodes.get("version", root))
        unknown = set(data) - {"version", "sources", "entities", "facts"}
        if unknown:
            key = sorted(unknown)[0]
            raise self.fail(f"unknown top-level key '{key}'", nodes.get(key, root))
        parsed = _Parsed(self.name, {}, {}, [])
        for ref, (value, node) in self._items(data.get("sources"), nodes.get("sources"), "sources"):
            parsed.sources[ref] = (self._source(ref, value, node), self._loc(node))
        for eid, (value, node) in self._items(data.get("entities"), nodes.get("entities"), "entities"):
            parsed.entities[eid] = (self._entity(eid, value, node), self._loc(node))
        facts = data.get("facts")
        facts_node = nodes.get("facts", root)
        if not isinstance(facts, list):
            raise self.fail("'facts' must be a list", facts_node)
        for value, node in zip(facts, facts_node.value):
            parsed.facts.append(self._fact(value, node, parsed))
        return parsed

    def _loc(self, node: Any) -> Location:
        return Location(self.name, node.start_mark.line + 1 if node is not None else 0)

    def _items(self, value: Any, node: Any, what: str) -> list[tuple[str, tuple[Any, Any]]]:
        if value is None:
            return []
        if not isinstance(value, dict):
            raise self.fail(f"'{what}' must be a mapping of id to {what[:-1]}", node)
        out = []
        for key_node, value_node in node.value:
            key = key_node.value
            if key_node.tag != "tag:yaml.org,2002:str" or not ID_RE.match(key):
                raise self.fail(f"{what[:-1]} id '{key}' must be lower-kebab-case text (quote ids YAML reads as numbers)", key_node)
            out.append((key, (value[key], value_node)))
        return out

    def _str(self, value: Any, key: str, node: Any, *, required: bool = True) -> str | None:
        nodes = _mapping_nodes(node)
        item = value.get(key) if isinstance(value, dict) else None
        if item is None:
            if required:
                raise self.fail(f"missing required field '{key}'", node)
            return None
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if isinstance(item, datetime.date):
            item = item.isoformat()
        if not isinstance(item, str) or not item.strip():
            raise self.fail(f"'{key}' must be a non-empty string", nodes.get(key, node))
        return " ".join(item.split())

    def _source(self, ref: str, value: Any, node: Any) -> Source:
        if not isinstance(value, dict):
            raise self.fail(f"source '{ref}' must be a mapping", node)
        fields = {k: self._str(value, k, node) for k in ("title", "author", "publisher", "date", "url")}
        nodes = _mapping_nodes(node)
        if not DATE_RE.match(fields["date"] or ""):
            raise self.fail(f"source '{ref}' date '{fields['date']}' is not YYYY, YYYY-MM or YYYY-MM-DD", nodes.get("date", node))
        if not URL_RE.match(fields["url"] or ""):
            raise self.fail(f"source '{ref}' url '{fields['url']}' is not an http(s) URL", nodes.get("url", node))
        return Source(passage="", archive=self._str(value, "archive", node, required=False), **fields)  # type: ignore[arg-type]

    def _entity(self, eid: str, value: Any, node: Any) -> Entity:
        if not isinstance(value, dict):
            raise self.fail(f"entity '{eid}' must be a mapping", node)
        kind = self._str(value, "kind", node) or ""
        if kind not in ENTITY_KINDS:
            raise self.fail(f"entity '{eid}' has unknown kind '{kind}' (one of {', '.join(sorted(ENTITY_KINDS))})", node)
        aliases = self._str_list(value.get("aliases", []), _mapping_nodes(node).get("aliases", node), "aliases")
        return Entity(eid, self._str(value, "name", node) or "", kind, tuple(aliases))

    def _str_list(self, value: Any, node: Any, what: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise self.fail(f"'{what}' must be a list of strings", node)
        return [" ".join(str(v).split()) for v in value]

    def _variants(self, value: Any, node: Any, what: str) -> tuple[Variant, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(f"'{what}' must be a list of {{text, why}} items", node)
        out = []
        for item, item_node in zip(value, node.value):
            if not isinstance(item, dict):
                raise self.fail(f"each '{what}' item needs 'text' and 'why'", item_node)
            out.append(Variant(self._str(item, "text", item_node) or "", self._str(item, "why", item_node) or ""))
        return tuple(out)

    def _fact(self, value: Any, node: Any, parsed: _Parsed) -> Fact:
        if not isinstance(value, dict):
            raise self.fail("each fact must be a mapping", node)
        nodes = _mapping_nodes(node)
        fid = self._str(value, "id", node) or ""
        if not ID_RE.match(fid):
            raise self.fail(f"fact id '{fid}' must be lower-kebab-case", nodes.get("id", node))
        known = {"id", "topic", "statement", "entities", "numbers", "as_of", "confirms", "refutes", "misleading", "source"}
        unknown = sorted(set(value) - known)
        if unknown:
            raise self.fail(f"fact '{fid}' has unknown field '{unknown[0]}'", nodes.get(unknown[0], node))
        for key in ("entities", "confirms", "refutes", "source"):
            if key not in value:
                raise self.fail(f"fact '{fid}' is missing required field '{key}'", node)
        entities = self._str_list(value["entities"], nodes["entities"], "entities")
        if not entities:
            raise self.fail(f"fact '{fid}' names no entities", nodes["entities"])
        confirms = self._str_list(value["confirms"], nodes["confirms"], "confirms")
        numbers = value.get("numbers") or []
        if not isinstance(numbers, list) or not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers):
            raise self.fail(f"fact '{fid}': 'numbers' must be a list of numbers", nodes.get("numbers", node))
        as_of = self._str(value, "as_of", node, required=False)
        if as_of is not None and not DATE_RE.match(as_of):
            raise self.fail(f"fact '{fid}': as_of '{as_of}' is not YYYY, YYYY-MM or YYYY-MM-DD", nodes.get("as_of", node))
        return Fact(
            id=fid,
            topic=self._str(value, "topic", node) or "",
            statement=self._str(value, "statement", node) or "",
            entities=tuple(entities),
            confirms=tuple(confirms),
            refutes=self._variants(value["refutes"], nodes["refutes"], "refutes"),
            misleading=self._variants(value.get("misleading"), nodes.get("misleading"), "misleading"),
            numbers=tuple(float(n) for n in numbers),
            as_of=as_of,
            source=self._fact_source(fid, value["source"], nodes["source"], parsed),
            origin=self._loc(node),
        )

    def _fact_source(self, fid: str, value: Any, node: Any, parsed: _Parsed) -> Source:
        if not isinstance(value, dict):
            raise self.fail(f"fact '{fid}': 'source' must be a mapping with 'ref' and 'passage'", node)
        passage = self._str(value, "passage", node) or ""
        ref = self._str(value, "ref", node, required=False)
        if ref is None:  # a full inline source
            inline = self._source(fid, value, node)
            return Source(**{**inline.__dict__, "passage": passage})
        # refs resolve after every file is read: keep the ref in `archive`'s place for now
        return Source(title="", author="", publisher="", date="", url="", passage=passage, archive="@" + ref)


def _mapping_nodes(node: Any) -> dict[str, Any]:
    """Key -> value node of a YAML mapping node (empty for anything else)."""
    value = getattr(node, "value", None)
    if not isinstance(value, list):
        return {}
    return {k.value: v for k, v in value if hasattr(k, "value") and isinstance(k.value, str)}


# --- merging files ----------------------------------------------------------------------------


class _Merger:
    def __init__(self) -> None:
        self.entities: dict[str, tuple[Entity, Location]] = {}
        self.sources: dict[str, tuple[Source, Location]] = {}
        self.facts: dict[str, Fact] = {}
        self.pending: list[Fact] = []

    def add(self, parsed: _Parsed) -> None:
        for table, incoming, what in ((self.entities, parsed.entities, "entity"), (self.sources, parsed.sources, "source")):
            for key, (record, loc) in incoming.items():
                if key in table and table[key][0] != record:
                    raise FactBaseError(
                        f"{what} '{key}' is defined differently here and at {table[key][1]}", path=loc.path, line=loc.line
                    )
                table.setdefault(key, (record, loc))
        for fact in parsed.facts:
            if fact.id in self.facts:
                first = self.facts[fact.id].origin
                raise FactBaseError(
                    f"duplicate fact id '{fact.id}' (first defined at {first})", path=fact.origin.path, line=fact.origin.line
                )
            self.facts[fact.id] = fact

    def result(self, files: tuple[str, ...]) -> FactBase:
        facts = tuple(self._resolve(f) for f in self.facts.values())
        return FactBase(
            facts=facts,
            entities={k: e for k, (e, _) in self.entities.items()},
            sources={k: s for k, (s, _) in self.sources.items()},
            files=files,
            entity_origins={k: loc for k, (_, loc) in self.entities.items()},
        )

    def _resolve(self, fact: Fact) -> Fact:
        where = {"path": fact.origin.path, "line": fact.origin.line}
        for eid in fact.entities:
            if eid not in self.entities:
                raise FactBaseError(f"fact '{fact.id}' names unknown entity '{eid}'", **where)
        archive = fact.source.archive or ""
        if not archive.startswith("@"):
            return fact
        ref = archive[1:]
        if ref not in self.sources:
            raise FactBaseError(f"fact '{fact.id}' cites unknown source '{ref}'", **where)
        base = self.sources[ref][0]
        source = Source(**{**base.__dict__, "passage": fact.source.passage})
        return Fact(**{**fact.__dict__, "source": source})
