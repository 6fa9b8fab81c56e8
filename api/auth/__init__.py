"""Who is calling: staff sessions (cookie) and partner keys (bearer)."""
