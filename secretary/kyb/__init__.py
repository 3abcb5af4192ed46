"""KYB: counterparties, sanctions lists, name matching, risk and reports (pure domain code)."""
