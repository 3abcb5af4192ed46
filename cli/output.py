"""How the CLI prints: JSON for scripts, short text for people, errors on stderr."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Any

from secretary.records import StatusReport


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def fail(message: str, code: int = 1) -> int:
    """Print a one-line reason on stderr and return the exit code."""
    print(f"secretary: error: {message}", file=sys.stderr)
    return code


def status_json(report: StatusReport) -> dict[str, Any]:
    """The stable JSON shape of ``secretary status --json`` (documented in the README)."""
    return {
        "version": report.version,
        "workspace": report.workspace,
        "database": report.database,
        "schema": {"current": report.schema_version, "head": report.schema_head,
                   "up_to_date": report.schema_version == report.schema_head},
        "secret_store": report.secret_store,
        "worker": asdict(report.lock) if report.lock else None,
        "counts": report.counts,
    }


def status_text(report: StatusReport) -> str:
    worker = (f"{report.lock.mode}, pid {report.lock.pid} on {report.lock.host}"
              + (f", http port {report.lock.http_port}" if report.lock.http_port else "")
              if report.lock else "not running")
    lines = [f"AI Secretary {report.version}",
             f"workspace:     {report.workspace}",
             f"schema:        {report.schema_version} (code expects {report.schema_head})",
             f"secret store:  {report.secret_store}",
             f"worker:        {worker}",
             "rows:"]
    width = max(len(name) for name in report.counts)
    lines += [f"  {name:<{width}}  {count:>8}" for name, count in report.counts.items() if count]
    empty = [name for name, count in report.counts.items() if not count]
    if empty:
        lines.append(f"  (empty: {', '.join(empty)})")
    return "\n".join(lines)
