"""The web console and HTTP API (``aishell web``).

A thin face like the CLI: one router per area (:mod:`aishell.web.routes`) over the server
service (:class:`aishell.services.server.Server`), whose sessions decide about every statement;
a route reports the decision or streams the result into a sink.  See
:func:`aishell.web.app.create_app`.
"""
