"""The MySQL/MariaDB engine: ``dialect`` (no driver needed) and ``connection`` (the adapter)."""
