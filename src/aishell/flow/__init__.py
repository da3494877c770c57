"""``aishell flow``: workflows of database operations and shell commands, as a DAG of steps.

:mod:`.spec` reads and checks the YAML file, :mod:`.steps` runs one step (``run_step``, the
executor interface), :mod:`.runner` schedules, retries and checkpoints, :mod:`.store` keeps
runs in the state store and :mod:`.progress` shows them.  See docs/flow.md.
"""
