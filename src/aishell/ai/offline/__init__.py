"""The offline natural-language-to-SQL translator: deterministic, in-process, no model.

Usage::

    values = build_value_index(conn, catalog)        # once per database
    t = translate("customers from Germany", catalog, values, dialect=conn.dialect)
    t.sql, t.explanation, t.confidence

Modules: :mod:`.text` (words), :mod:`.lexicon` (built-in vocabulary),
:mod:`.schema` (catalog roles and join paths), :mod:`.values` (sampled
values), :mod:`.linking` (words to schema), :mod:`.dates` (date phrases),
:mod:`.parse` (tokens to items), :mod:`.planner` (items to a query plan),
:mod:`.sqlgen` (plan to SQL through sqlglot).
"""

from aishell.ai.offline.errors import TranslationError
from aishell.ai.offline.translate import Translation, Translator, translate
from aishell.ai.offline.values import ValueIndex, build_value_index

__all__ = ["Translation", "TranslationError", "Translator", "ValueIndex", "build_value_index", "translate"]
