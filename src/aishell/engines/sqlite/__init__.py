"""The SQLite engine: ``dialect`` (no driver needed) and ``connection`` (the adapter)."""
