"""Speed measurements (``make bench``); results go to benchmarks/results/."""
