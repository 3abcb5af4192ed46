"""The screening index kept on disk between runs: building it from ~100,000 listed names takes
~5 s, reading it back ~1.5 s (``secretary kyb screen`` builds nothing at start, nor the app at its
first check after a restart).

The file is the app's own, in the workspace's cache folder; it is used only when it was made
from the same list versions, the same chosen lists and the same matcher (its source files'
hash), and written atomically (a killed write leaves the old file or none). Anything else —
missing, truncated, older, unreadable — means building the index again, never an error.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from secretary import __version__

log = logging.getLogger(__name__)
NAME = "kyb-index.pickle"
FORMAT = 1


@cache
def matcher_version() -> str:
    """The app's version and a hash of the matcher's source (an index depends on how names are prepared)."""
    from secretary.kyb import matching
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(matching.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_or_build(folder: Path | None, key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    """The index stored for ``key`` in ``folder``, or ``build()`` (then stored for the next run)."""
    if folder is None:
        return build()
    path = folder / NAME
    stamp = (FORMAT, matcher_version(), key)
    found = _read(path, stamp)
    if found is not None:
        return found
    index = build()
    _write(path, stamp, index)
    return index


def _read(path: Path, stamp: tuple[Any, ...]) -> Any:
    if not path.is_file():
        return None
    enabled = gc.isenabled()
    gc.disable()  # two million objects arrive: collecting while they do would only walk them again and again
    try:
        with path.open("rb") as handle:
            if pickle.load(handle) != stamp:  # the stamp first: an old file is not read any further
                return None
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a damaged or foreign cache is rebuilt, whatever is wrong with it
        log.warning("the stored screening index could not be read; it is built again", exc_info=True)
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, stamp: tuple[Any, ...], index: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=NAME, suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(stamp, out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        log.warning("the screening index could not be stored for the next run", exc_info=True)
