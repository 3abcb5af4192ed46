"""Quality evaluations of the fast classifiers: ``python -m evals``.

Each module in ``__main__.MODULES`` has ``run() -> dict`` (which also writes
evals/results/<name>.json) and prints a table when run on its own.
"""
