"""Command line: `secretary`."""
