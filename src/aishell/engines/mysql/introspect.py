"""MySQL's and MariaDB's catalog queries for the shell's psql commands, from
``information_schema``: accounts and their global privileges (``\\du``), table and schema grants
(``\\dp``), plugins (``\\dx``: the nearest thing to extensions), routine and view sources
(``\\sf``, ``\\sv``), schema sizes (``\\l+``) and, for ``\\d+ NAME``, CHECK constraints, the next
AUTO_INCREMENT value, the storage engine and sizes.  Reads only; no driver is imported here."""

from __future__ import annotations

from aishell.engines.introspect import Detail, IntrospectRules, Query

_ROLES = """SELECT GRANTEE, GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE SEPARATOR ', '),
  MAX(IS_GRANTABLE)
FROM information_schema.USER_PRIVILEGES
GROUP BY GRANTEE
ORDER BY GRANTEE"""

_PRIVILEGES = """SELECT TABLE_SCHEMA, TABLE_NAME, GRANTEE,
  GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE SEPARATOR ', ')
FROM information_schema.TABLE_PRIVILEGES
WHERE TABLE_SCHEMA = DATABASE()
GROUP BY TABLE_SCHEMA, TABLE_NAME, GRANTEE
UNION ALL
SELECT TABLE_SCHEMA, '*', GRANTEE, GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE SEPARATOR ', ')
FROM information_schema.SCHEMA_PRIVILEGES
WHERE TABLE_SCHEMA = DATABASE()
GROUP BY TABLE_SCHEMA, GRANTEE
ORDER BY 1, 2, 3"""

_PLUGINS = """SELECT PLUGIN_NAME, PLUGIN_VERSION, PLUGIN_TYPE, PLUGIN_STATUS, PLUGIN_DESCRIPTION
FROM information_schema.PLUGINS
WHERE PLUGIN_STATUS = 'ACTIVE'
ORDER BY PLUGIN_TYPE, PLUGIN_NAME"""

_FUNCTION = """SELECT CONCAT('CREATE ', r.ROUTINE_TYPE, ' ', r.ROUTINE_NAME, '(',
  COALESCE((SELECT GROUP_CONCAT(CONCAT_WS(' ', CASE WHEN r.ROUTINE_TYPE = 'PROCEDURE' THEN p.PARAMETER_MODE END,
        p.PARAMETER_NAME, p.DTD_IDENTIFIER)
      ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
    FROM information_schema.PARAMETERS p
    WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ORDINAL_POSITION > 0), ''),
  ')', CASE WHEN r.ROUTINE_TYPE = 'FUNCTION' THEN CONCAT(' RETURNS ', r.DTD_IDENTIFIER) ELSE '' END,
  CASE WHEN r.IS_DETERMINISTIC = 'YES' THEN ' DETERMINISTIC' ELSE '' END,
  CHAR(10), r.ROUTINE_DEFINITION)
FROM information_schema.ROUTINES r
WHERE r.ROUTINE_SCHEMA = ? AND r.ROUTINE_NAME = ?
ORDER BY r.ROUTINE_TYPE"""

_VIEW = """SELECT VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"""

_DATABASES = """SELECT s.SCHEMA_NAME, s.DEFAULT_CHARACTER_SET_NAME, s.DEFAULT_COLLATION_NAME,
  SUM(t.DATA_LENGTH + t.INDEX_LENGTH), COUNT(t.TABLE_NAME)
FROM information_schema.SCHEMATA s
LEFT JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = s.SCHEMA_NAME
GROUP BY s.SCHEMA_NAME, s.DEFAULT_CHARACTER_SET_NAME, s.DEFAULT_COLLATION_NAME
ORDER BY 1"""

_CHECKS = """SELECT CONSTRAINT_NAME, CHECK_CLAUSE
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?
ORDER BY 1"""

_AUTO = """SELECT c.COLUMN_NAME, CONCAT('next value ', t.AUTO_INCREMENT)
FROM information_schema.TABLES t JOIN information_schema.COLUMNS c
  ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.EXTRA LIKE '%%auto_increment%%'
WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ?"""

_STORAGE = """SELECT CONCAT(ENGINE, ', ', TABLE_COLLATION, ', row format ', ROW_FORMAT)
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND ENGINE IS NOT NULL"""

_SIZES = """SELECT CONCAT(DATA_LENGTH, ' bytes data, ', INDEX_LENGTH, ' bytes indexes, ',
  DATA_FREE, ' bytes free')
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND DATA_LENGTH IS NOT NULL"""

_TRIGGERS = """SELECT TRIGGER_NAME, CONCAT(ACTION_TIMING, ' ', EVENT_MANIPULATION, ' FOR EACH ', ACTION_ORIENTATION)
FROM information_schema.TRIGGERS
WHERE EVENT_OBJECT_SCHEMA = ? AND EVENT_OBJECT_TABLE = ?
ORDER BY 1"""

_SN = ("schema", "name")
_TABLES = frozenset({"table"})

INTROSPECT = IntrospectRules(
    roles=Query(_ROLES, ("account", "global privileges", "grantable")),
    privileges=Query(_PRIVILEGES, ("schema", "name", "grantee", "privileges")),
    extensions=Query(_PLUGINS, ("name", "version", "type", "status", "description")),
    function_source=Query(_FUNCTION, args=_SN),
    view_source=Query(_VIEW, args=_SN),
    databases=Query(_DATABASES, ("name", "character set", "collation", "size", "tables"), sizes=(3,)),
    details=(
        Detail("Check constraints", Query(_CHECKS, args=_SN, kinds=_TABLES)),
        Detail("Auto-increment", Query(_AUTO, args=_SN, kinds=_TABLES)),
        Detail("Triggers", Query(_TRIGGERS, args=_SN, kinds=_TABLES)),
        Detail("Storage", Query(_STORAGE, args=_SN, kinds=_TABLES)),
        Detail("Sizes", Query(_SIZES, args=_SN, kinds=_TABLES)),
        Detail("View definition", Query(_VIEW, args=_SN, kinds=frozenset({"view"})), block=True),
    ),
    titles={"extensions": "List of plugins"},
)
