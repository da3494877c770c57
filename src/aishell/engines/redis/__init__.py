"""Redis, through redis-py: commands (not SQL) judged by the server's own command table."""
