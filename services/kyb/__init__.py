"""KYB use cases: sanctions lists, counterparties, checks, monitoring, alerts and reports."""
