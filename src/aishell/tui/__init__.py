"""Terminal dashboards (Textual, an optional dependency: ``pip install 'aishell[tui]'``).

:mod:`aishell.tui.view` formats (no Textual); :mod:`aishell.tui.top` is ``aishell top``'s app.
"""
