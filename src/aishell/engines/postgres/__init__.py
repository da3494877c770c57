"""The PostgreSQL engine: ``dialect`` (no driver needed) and ``connection`` (the adapter)."""
