"""Compiled patterns kept between runs, as Python keeps byte-code.

Compiling numclaims' ~100 patterns is most of its start-up: the `regex` module
parses a pattern and builds its code in Python, ~2 ms a pattern, before
handing the code to its C engine.  This module keeps that code in a file under
the user's cache directory, so that a later run hands it to the engine at once
and `regex.compile` finds the pattern in its own cache.

The file holds plain data (strings and numbers, read with `marshal`, which
cannot run code) and is kept per `regex` version: the code is that version's.
Anything unexpected (another version's internals, an unreadable or
unwritable directory) turns the cache off and leaves `regex` to compile as
usual.  ``NUMCLAIMS_REGEX_CACHE=0`` turns it off; ``NUMCLAIMS_CACHE_DIR`` moves it.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from pathlib import Path

import regex

try:
    from regex import _main as _internals   # the cache and engine call of regex.compile
except ImportError:   # a regex laid out otherwise: compile as usual
    _internals = None

_FORMAT = 1
# What the engine was given for each pattern compiled in this run: id(pattern object) -> arguments.
_compiled: dict[int, tuple] = {}


def cache_file() -> Path:
    """One file per regex version, default pattern syntax and Python: the code is theirs."""
    folder = (Path(os.environ["NUMCLAIMS_CACHE_DIR"]) if os.environ.get("NUMCLAIMS_CACHE_DIR")
              else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "numclaims")
    engine = f"regex-{regex.__version__}-{'V1' if _internals.DEFAULT_VERSION == regex.VERSION1 else 'V0'}"
    return folder / f"{engine}-py{sys.version_info.major}{sys.version_info.minor}.marshal"


def enable() -> None:
    """Load the kept patterns into regex's cache, and keep the ones this run compiles anew."""
    if (os.environ.get("NUMCLAIMS_REGEX_CACHE", "1") == "0" or _internals is None
            or isinstance(getattr(_internals, "_regex", None), _Recorder)):
        return
    try:
        _load(cache_file())
        _internals._regex = _Recorder(_internals._regex)
    except Exception:   # another regex version's internals: compile as usual
        return
    atexit.register(_save)


class _Recorder:
    """Stands for regex's engine module: notes what each new pattern was compiled from."""

    def __init__(self, engine):
        self._engine = engine

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def compile(self, pattern, flags, *rest):
        compiled = self._engine.compile(pattern, flags, *rest)
        _compiled[id(compiled)] = (flags, *rest)
        return compiled


def _read(path: Path) -> list[tuple]:
    """The kept patterns, or none when the file is missing, damaged or of another format."""
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return []
    return kept[1] if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == _FORMAT else []


def _load(path: Path) -> None:
    for pattern, flags, engine_flags, *rest in _read(path):
        compiled = _internals._regex.compile(pattern, engine_flags, *rest)
        _internals._cache[_key(pattern, flags)] = compiled
        _internals._named_args[pattern, type(pattern), flags] = frozenset()
        _internals._locale_sensitive[type(pattern), pattern] = False


def _key(pattern: str, flags: int) -> tuple:
    """regex's own cache key for a pattern with no named lists and no locale."""
    return pattern, type(pattern), flags, frozenset(), _internals.DEFAULT_VERSION, None


def _save() -> None:
    """Write the patterns of this run, when some were compiled anew: atomically, or not at all."""
    kept = [(key[0], int(key[2]), *(int(a) if isinstance(a, int) else a for a in _compiled[id(compiled)]))
            for key, compiled in list(_internals._cache.items())   # flags as plain ints: marshal takes no enums
            if id(compiled) in _compiled and isinstance(key[0], str) and key == _key(key[0], key[2])]
    if not kept:
        return
    try:
        path = cache_file()
        known = {entry[:2] for entry in kept}
        data = marshal.dumps((_FORMAT, [*kept, *(entry for entry in _read(path) if entry[:2] not in known)]))
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as out:
            out.write(data)
        os.replace(out.name, path)
    except Exception:   # a read-only home, a full disk: the next run compiles again
        if "out" in locals():
            Path(out.name).unlink(missing_ok=True)
