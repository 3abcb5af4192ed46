"""What a source stands for: one file, a folder tree (with patterns), or a URL."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from urllib.parse import urlparse

from secretary.errors import InvalidInput

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt", ".html", ".htm")
MAX_FILES_PER_FOLDER = 50_000


def kind_of(target: str) -> str:
    """``url``, ``folder`` or ``file`` for what the user typed; InvalidInput if it is none of them."""
    parsed = urlparse(target)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return "url"
    if parsed.scheme and len(parsed.scheme) > 1 and parsed.scheme not in ("file",):
        raise InvalidInput(f"{target}: only http and https addresses can be added")
    path = Path(target).expanduser()
    if path.is_dir():
        return "folder"
    if path.is_file():
        return "file"
    raise InvalidInput(f"{target}: no such file or folder")


def _matches(relative: str, patterns: list[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in patterns)


def folder_files(root: Path, include: list[str], exclude: list[str]) -> list[Path]:
    """Supported files below ``root`` (recursively, hidden ones skipped), filtered by the patterns.

    ``include`` defaults to every supported type; patterns match the path relative
    to ``root`` (``reports/*.pdf``) or the bare file name (``*.md``).
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith(".") or filename.startswith("~$"):
                continue
            path = Path(dirpath) / filename
            relative = path.relative_to(root).as_posix()
            if include:
                if not _matches(relative, include):
                    continue
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if exclude and _matches(relative, exclude):
                continue
            found.append(path)
            if len(found) > MAX_FILES_PER_FOLDER:
                raise InvalidInput(f"{root}: more than {MAX_FILES_PER_FOLDER} files; add sub-folders instead")
    return found


def default_name(target: str, kind: str) -> str:
    """A readable source name for ``target``."""
    if kind == "url":
        parsed = urlparse(target)
        return f"{parsed.netloc}{parsed.path.rstrip('/')}"[:200] or target[:200]
    return Path(target).expanduser().resolve().name or str(target)
