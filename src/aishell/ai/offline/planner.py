"""The planner: from a list of items to a :class:`~aishell.ai.offline.ir.Query`.

It runs an ordered tuple of passes (:data:`PASSES`, after sqlglot's optimizer ``RULES``) over one typed
:class:`~aishell.ai.offline.plan_state.PlanState`; each pass is a function of the state:

1. ``link``: decide what each schema link is (a table, a column or a stored value); ``rows``: the row passes of
   :mod:`aishell.ai.offline.plan_rows` (sub-rows, people of a hierarchy, "how many times", "on average");
2. ``roles``: give construct markers their targets: group keys after "per"/"by"/"each", the measure after
   "most"/"highest"/"top 5 ... by", the relation after "no"/"without"/"never", the counted table after
   "more than 3";
3. ``subject``: find the table whose rows are counted or listed;
4. ``spans``, ``markers``, ``aggregate_conditions``, ``measures``: the answer's markers and measure
   (:mod:`aishell.ai.offline.plan_measures`);
5. ``conditions``: turn values, dates, numbers and text patterns into conditions
   (:mod:`aishell.ai.offline.plan_conditions`);
6. ``shape``: pick the answer type (count, aggregate, grouped, ranking or listing) and build the query with
   that type's strategy (:mod:`aishell.ai.offline.plan_shape`);
7. ``superlative``, ``hierarchy`` (a self-referencing key: "who reports to X", "with their manager's name", see
   :mod:`aishell.ai.offline.plan_hierarchy`) and ``checks`` refine the query or refuse a guess;
8. ``account`` for every content word (:mod:`aishell.ai.offline.account`): a word that reached nothing in the
   query refuses the question, naming the word.

Anything it cannot place raises :class:`TranslationError` rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable

from aishell.ai.offline import account as _account
from aishell.ai.offline.ir import Query
from aishell.ai.offline.plan_checks import checks, superlative_row
from aishell.ai.offline.plan_conditions import aggregate_conditions, conditions
from aishell.ai.offline.plan_hierarchy import HIERARCHY_RULES
from aishell.ai.offline.plan_measures import markers, measures
from aishell.ai.offline.plan_roles import assign_roles, classify_links, find_subject
from aishell.ai.offline.plan_rows import run_row_passes
from aishell.ai.offline.plan_shape import shape
from aishell.ai.offline.plan_spans import SpanPass
from aishell.ai.offline.plan_state import PlanState


def rows(st: PlanState) -> None:
    """Sub-rows, people of a hierarchy, "how many times", "on average"."""
    st.rows = run_row_passes(st)


def subject(st: PlanState) -> None:
    st.subject = find_subject(st)


def spans(st: PlanState) -> None:
    """The time between two dates of a row, as conditions or as the measure."""
    st.spans = SpanPass(st).run()


def hierarchy(st: PlanState) -> None:
    """Who reports to whom, sub-rows, a parent row's name."""
    for rule in HIERARCHY_RULES:
        rule(st, st.query)


def account(st: PlanState) -> None:
    _account.account(st, st.query)


Pass = Callable[[PlanState], None]

#: the planner's passes, in the order they run
PASSES: tuple[Pass, ...] = (
    classify_links,  # link
    rows,
    assign_roles,  # roles
    subject,
    spans,
    markers,
    aggregate_conditions,
    measures,
    conditions,
    shape,
    superlative_row,
    hierarchy,
    checks,
    account,
)


def build(st: PlanState, passes: tuple[Pass, ...] | None = None) -> Query:
    """Run ``passes`` (by default :data:`PASSES`) in order over ``st`` and return the query they built."""
    for pass_ in PASSES if passes is None else passes:
        pass_(st)
    return st.query
