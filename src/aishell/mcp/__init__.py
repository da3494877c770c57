"""``aishell mcp``: aishell's connections as a small, safe MCP tool set.

* :mod:`aishell.mcp.gate` -- the stricter policy every MCP statement meets;
* :mod:`aishell.mcp.tools` -- the tools as plain Python (no SDK), with limits and the audit log;
* :mod:`aishell.mcp.server` -- the official ``mcp`` SDK glue: tools, resources, stdio and HTTP.

The server is a thin face: statements go through
:meth:`aishell.services.session.Session.run` like everywhere else.
"""
