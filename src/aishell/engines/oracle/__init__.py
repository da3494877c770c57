"""The Oracle engine: ``dialect`` (no driver needed) and ``connection`` (the adapter)."""
