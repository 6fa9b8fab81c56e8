"""Partner API contract: allow-lists and usage of partner keys (admins only)."""
