"""Storage tests run on SQLite and on PostgreSQL (fixtures: tests/dbfixtures.py)."""
