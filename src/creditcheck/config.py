"""Settings from ``[tool.creditcheck]`` in ``pyproject.toml`` or from ``.creditcheck.toml``.

The configuration file is found by walking up from the current folder: the first folder
holding either file wins, and in a folder holding both, ``.creditcheck.toml`` wins. A
``pyproject.toml`` without a ``[tool.creditcheck]`` table is skipped and the walk goes on.
The walk stops at the filesystem root or at a folder containing ``.git`` (after checking it).

Every setting remembers where its value came from (``"default"``, the config file's path or
``"command line"``) so the command line can explain the configuration in use. Problems are
raised as one-line :class:`~creditcheck.errors.ConfigError` naming the file and, where it
can be found, the line.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .errors import ConfigError

CONFIG_FILENAME = ".creditcheck.toml"
PYPROJECT_FILENAME = "pyproject.toml"
PYPROJECT_TABLE = "tool.creditcheck"

ORIGIN_DEFAULT = "default"
ORIGIN_COMMAND_LINE = "command line"

VERDICTS = ("true", "false", "misleading", "unverified")
FORMATS = ("pretty", "line", "json", "jsonl", "sarif", "github")

DEFAULTS: dict[str, object] = {
    "facts": [],
    "no_builtin": False,
    "fail_on": ["false", "misleading"],
    "format": "pretty",
    "include": [],
    "exclude": [],
    "ignore": [],
    "show_unverified": False,
    "jobs": 1,
}

_TOML_LINE_RE = re.compile(r"\s*\(?\bat line (\d+), column (\d+)\)?")
_MAX_SHOWN = 40


@dataclass(frozen=True)
class Setting:
    """One setting's value and where it came from."""

    name: str
    value: object
    origin: str  #: "default", the config file's path, or "command line"


@dataclass(frozen=True)
class Config:
    """Every known setting (defaults filled in) and the config file in use, if any."""

    settings: dict[str, Setting]
    path: str | None  #: the config file in use (None when only defaults apply)

    def __getitem__(self, name: str) -> object:
        return self.settings[name].value

    def with_overrides(self, **values: object) -> Config:
        """A copy where each value that is not None replaces the setting, from "command line".

        Names may use dashes or underscores. Values are checked like the file's; a bad one
        raises :class:`ConfigError` (without a path). An unknown name is a programming
        error and raises :class:`TypeError`.
        """
        settings = dict(self.settings)
        for raw_name, raw_value in values.items():
            name = _normalise_key(raw_name)
            if name not in DEFAULTS:
                raise TypeError(f"unknown setting {raw_name!r}; known settings: {', '.join(sorted(DEFAULTS))}")
            if raw_value is None:
                continue
            value = _coerce(name, raw_value, _Place(None, None, None, raw_name))
            settings[name] = Setting(name, value, ORIGIN_COMMAND_LINE)
        return Config(settings, self.path)


def find_config(start: Path | None = None) -> Path | None:
    """The config file that applies to ``start`` (default: the current folder), or None."""
    found = _find(start)
    return found[0] if found else None


def load_config(start: Path | None = None, *, path: Path | None = None) -> Config:
    """Settings from ``path`` (an explicit ``--config`` file) or from the file found from ``start``.

    With no file found, every setting has its default value and origin ``"default"``.
    """
    if path is not None:
        config_path = Path(path)
        if not config_path.exists():
            raise ConfigError("config file not found", path=str(config_path))
        if not config_path.is_file():
            raise ConfigError("config path is not a file", path=str(config_path))
        text = _read_text(config_path)
        doc = _parse(config_path, text)
        table = _table_of(config_path, text, doc)
        if table is None:
            raise ConfigError(f"no [{PYPROJECT_TABLE}] table in this file", path=str(config_path))
        return _build(config_path, text, table)
    found = _find(start)
    if found is None:
        return _defaults_config()
    config_path, text, table = found
    return _build(config_path, text, table)


# --- finding and reading ------------------------------------------------------------------


def _find(start: Path | None) -> tuple[Path, str, dict[str, Any]] | None:
    """The first config file walking up from ``start``, with its text and settings table."""
    folder = Path.cwd() if start is None else Path(start)
    folder = folder.resolve()
    if folder.is_file():
        folder = folder.parent
    while True:
        candidate = folder / CONFIG_FILENAME
        if candidate.is_file():
            text = _read_text(candidate)
            return candidate, text, _parse(candidate, text)
        candidate = folder / PYPROJECT_FILENAME
        # Cheap test first: most pyproject files never mention creditcheck, so skip parsing them.
        if candidate.is_file() and "creditcheck" in (text := _read_text(candidate)):
            doc = _parse(candidate, text)
            table = _table_of(candidate, text, doc)
            if table is not None:
                return candidate, text, table
        if (folder / ".git").exists() or folder.parent == folder:
            return None
        folder = folder.parent


def _is_pyproject(path: Path) -> bool:
    return path.name == PYPROJECT_FILENAME


def _table_of(path: Path, text: str, doc: dict[str, Any]) -> dict[str, Any] | None:
    """The settings table of a parsed file: the whole document, or pyproject's [tool.creditcheck]."""
    if not _is_pyproject(path):
        return doc
    tool = doc.get("tool")
    if not isinstance(tool, dict) or "creditcheck" not in tool:
        return None
    table = tool["creditcheck"]
    if not isinstance(table, dict):
        line = _find_line(text, [r"creditcheck\s*=", r"tool\s*\.\s*creditcheck\s*="])
        raise ConfigError(f"[{PYPROJECT_TABLE}] must be a table", path=str(path), line=line)
    return table


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror or exc}", path=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError("config file is not valid UTF-8", path=str(path), line=line) from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    """The parsed TOML document."""
    toml = _toml_module(path)
    try:
        doc = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        message, line = _toml_error(exc, text)
        raise ConfigError(f"invalid TOML: {message}", path=str(path), line=line) from None
    return doc


def _toml_module(path: Path) -> Any:
    """tomllib on Python 3.11+, else the ``tomli`` package (imported only when needed)."""
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib
    try:
        import tomli
    except ImportError:
        raise ConfigError(
            "reading TOML config on Python 3.10 needs the tomli package (pip install tomli)", path=str(path)
        ) from None
    return tomli


def _toml_error(exc: Exception, source: str) -> tuple[str, int | None]:
    """tomllib's message, with "(at line N, column M)" shortened to "(column M)", and N."""
    full = " ".join(str(exc).split())
    msg = getattr(exc, "msg", None)  # Python 3.14+ also keeps the parts apart
    lineno = getattr(exc, "lineno", None)
    line = lineno if isinstance(lineno, int) and not isinstance(lineno, bool) else None
    match = _TOML_LINE_RE.search(full)
    if match:
        line = line or int(match.group(1))
        base = msg if isinstance(msg, str) and msg else (full[: match.start()] + full[match.end() :]).strip()
        return f"{base} (column {match.group(2)})", line
    if line is None and "end of document" in full:
        line = len(source.splitlines()) or 1
    return full, line


# --- building and checking ----------------------------------------------------------------


def _defaults_config() -> Config:
    return Config({name: Setting(name, _copy(value), ORIGIN_DEFAULT) for name, value in DEFAULTS.items()}, None)


def _copy(value: object) -> object:
    return list(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class _Place:
    """Where a value came from, to locate error messages."""

    path: Path | None  #: config file, or None for the command line
    text: str | None
    table_header: str | None  #: "tool.creditcheck" for pyproject, None for top level
    key: str  #: the key as spelled by the user

    def error(self, message: str) -> ConfigError:
        if self.path is None:
            return ConfigError(f"{message} (from the command line)")
        return ConfigError(message, path=str(self.path), line=self.line())

    def line(self) -> int | None:
        if self.text is None:
            return None
        return _key_line(self.text, self.key, self.table_header)


def _build(path: Path, text: str, table: dict[str, Any]) -> Config:
    header = PYPROJECT_TABLE if _is_pyproject(path) else None
    origin = str(path)
    config = _defaults_config()
    settings = dict(config.settings)
    seen: dict[str, str] = {}
    for raw_key, raw_value in table.items():
        place = _Place(path, text, header, raw_key)
        key = _normalise_key(raw_key)
        if key not in DEFAULTS:
            raise place.error(_unknown_key_message(raw_key, header))
        if key in seen:
            raise place.error(f'setting "{key}" is given twice (as "{seen[key]}" and "{raw_key}")')
        seen[key] = raw_key
        value = _coerce(key, raw_value, place)
        if key == "facts":
            value = [_resolve_against(path.parent, item) for item in value]
        settings[key] = Setting(key, value, origin)
    return Config(settings, origin)


def _normalise_key(key: str) -> str:
    return key.strip().replace("-", "_")


def _unknown_key_message(raw_key: str, header: str | None) -> str:
    known = sorted(DEFAULTS)
    message = f'unknown setting "{raw_key}"'
    close = difflib.get_close_matches(_normalise_key(raw_key).lower(), known, n=1, cutoff=0.6)
    if close:
        message += f' (did you mean "{close[0]}"?)'
    elif header is None and raw_key == "tool":
        message += f" (in {CONFIG_FILENAME}, put settings at the top level, without a [{PYPROJECT_TABLE}] header)"
    return f"{message}; known settings: {', '.join(known)}"


def _resolve_against(folder: Path, item: str) -> str:
    return str(folder / os.path.expanduser(item))


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value) if not isinstance(value, str) else '"' + value + '"'
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 3] + "..."


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _bool(name: str, value: object, place: _Place) -> bool:
    if isinstance(value, bool):
        return value
    raise place.error(f'"{name}" must be true or false, not {_type_name(value)} ({_shown(value)})')


def _int_at_least_1(name: str, value: object, place: _Place) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise place.error(f'"{name}" must be an integer of at least 1, not {_type_name(value)} ({_shown(value)})')
    if value < 1:
        raise place.error(f'"{name}" must be at least 1, not {value}')
    return value


def _str_list(name: str, value: object, place: _Place, *, split_commas: bool) -> list[str]:
    """A list of non-empty strings; a single string is one item (or comma-separated items)."""
    if isinstance(value, str):
        if split_commas:
            return [part.strip() for part in value.split(",") if part.strip()]
        items: list[object] = [value]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise place.error(f'"{name}" must be a list of strings, not {_type_name(value)} ({_shown(value)})')
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise place.error(f'"{name}" must be a list of strings, but holds {_type_name(item)} ({_shown(item)})')
        if not item.strip():
            raise place.error(f'"{name}" holds an empty string')
        out.append(item.strip())
    return out


def _choice_message(name: str, what: str, value: str, choices: tuple[str, ...]) -> str:
    message = f'"{name}": unknown {what} "{value}"'
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if close:
        message += f' (did you mean "{close[0]}"?)'
    return f"{message}; expected one of {', '.join(choices)}"


def _verdicts(name: str, value: object, place: _Place) -> list[str]:
    out: list[str] = []
    for item in _str_list(name, value, place, split_commas=True):
        verdict = item.lower()
        if verdict not in VERDICTS:
            raise place.error(_choice_message(name, "verdict", item, VERDICTS))
        if verdict not in out:
            out.append(verdict)
    return out


def _format(name: str, value: object, place: _Place) -> str:
    if not isinstance(value, str):
        raise place.error(f'"{name}" must be a string, not {_type_name(value)} ({_shown(value)})')
    fmt = value.strip().lower()
    if fmt not in FORMATS:
        raise place.error(_choice_message(name, "format", value, FORMATS))
    return fmt


def _ignore(name: str, value: object, place: _Place) -> list[str]:
    out: list[str] = []
    for item in _str_list(name, value, place, split_commas=True):
        if item not in out:
            out.append(item)
    return out


_COERCERS: dict[str, Callable[[str, object, _Place], object]] = {
    "facts": lambda n, v, p: _str_list(n, v, p, split_commas=False),
    "no_builtin": _bool,
    "fail_on": _verdicts,
    "format": _format,
    "include": lambda n, v, p: _str_list(n, v, p, split_commas=False),
    "exclude": lambda n, v, p: _str_list(n, v, p, split_commas=False),
    "ignore": _ignore,
    "show_unverified": _bool,
    "jobs": _int_at_least_1,
}


def _coerce(name: str, value: object, place: _Place) -> object:
    """The checked value of setting ``name``; messages use the key as the user spelled it."""
    return _COERCERS[name](place.key, value, place)


# --- locating keys in the text (best effort: TOML parsers do not report key positions) ----

_HEADER_RE = re.compile(r"^\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?$")


def _header_name(line: str) -> str | None:
    match = _HEADER_RE.match(line)
    if not match:
        return None
    parts = [p.strip().strip("\"'") for p in match.group(1).split(".")]
    return ".".join(parts)


def _key_line(text: str, key: str, table_header: str | None) -> int | None:
    """1-based line where ``key`` is set in the settings table, or None when not found."""
    escaped = re.escape(key)
    key_re = re.compile(rf"""^\s*(?:{escaped}|"{escaped}"|'{escaped}')\s*[=.]""")
    sub_table = f"{table_header}.{key}" if table_header else key
    in_scope = table_header is None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _header_name(line)
        if header is not None:
            if header == sub_table or header.startswith(sub_table + "."):
                return number
            in_scope = header == table_header
            continue
        if in_scope and key_re.match(line):
            return number
    return None


def _find_line(text: str, patterns: list[str]) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if any(re.match(rf"^\s*{p}", line) for p in patterns):
            return number
    return None
