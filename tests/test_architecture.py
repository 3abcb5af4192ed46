"""The layer contracts hold (gui -> services -> storage -> secretary; Qt, SDKs and SQL in their places)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is not installed in this environment"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "5 kept, 0 broken" in result.stdout


def test_domain_imports_nothing_of_ours_or_vendors():
    import ast

    allowed_roots = {"__future__", "dataclasses", "typing", "re", "json", "collections", "datetime", "enum",
                     "secretary", "abc", "math", "hashlib", "unicodedata", "itertools", "functools", "decimal",
                     "zoneinfo", "textwrap", "string", "bisect", "heapq", "statistics", "random", "uuid",
                     # computation and logging from the standard library
                     "threading", "time", "zlib", "logging", "pathlib",
                     # pure, offline algorithm libraries (no I/O, no network): numerics, phone numbers,
                     # check digits, and the language-id model the domain's detectors are built on
                     "numpy", "phonenumbers", "stdnum", "py3langid", "rapidfuzz",
                     # the sanctions-list parsers stream XML (DTDs refused before parsing)
                     "lxml", "csv", "io", "os", "array", "codecs", "operator"}
    for path in (ROOT / "secretary").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                roots = {node.module.split(".")[0]}
            else:
                continue
            assert roots <= allowed_roots, f"{path.relative_to(ROOT)} imports {roots - allowed_roots}"
