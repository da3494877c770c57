"""The web console and HTTP API (``aishell web``).

A thin face like the CLI: every route builds a :class:`~aishell.services.session.Session`
and a sink, and calls the service layer.  See :func:`aishell.web.app.create_app`.
"""
