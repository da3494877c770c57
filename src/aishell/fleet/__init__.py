"""Scale-out on Celery over Redis: ``aishell fleet`` (one operation over many databases),
``aishell worker`` and the ``celery`` executor of ``aishell flow run`` (docs/fleet.md)."""
