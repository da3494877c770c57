"""Placing the conditions a pass found on the query: HAVING comparisons, WHERE conditions on the base table
or on related rows (EXISTS), with the join route each one takes."""

from __future__ import annotations

from aishell.ai.offline.errors import REPHRASE, TranslationError
from aishell.ai.offline.ir import (
    Agg,
    Col,
    Cond,
    CountOf,
    Expr,
    Lit,
    Product,
    Query,
    Related,
)
from aishell.ai.offline.parse import Item
from aishell.ai.offline.plan_conditions import cmp_cond, cmp_cond_expr
from aishell.ai.offline.plan_routes import KEY_WORDS, RouteCheck, links_only
from aishell.ai.offline.plan_state import PlanState
from aishell.ai.offline.text import singular


def _own_count_column(st: PlanState, subject: str, it: Item) -> Col | None:
    """A number column of the subject named for the counted noun (max_guests, guest_count, num_seats): the
    row's own count of those things, which the question compares rather than counting related rows."""
    if it.last >= len(st.tokens):
        return None
    noun = singular(st.tokens[it.last].low)
    cols = [
        c
        for c in st.meta(subject).numeric_columns()
        if not c.is_key and noun in {singular(w) for w in c.words} and len(c.words) > 1
    ]
    return Col(subject, cols[0].name) if len(cols) == 1 else None


def place_having(st: PlanState, q: Query, having_items: list[Item]) -> None:
    """ "Customers with more than 3 orders": a comparison of the count of related rows, as HAVING or IN."""
    subject = st.subject
    assert subject is not None
    for it in having_items:
        target = it.tables[0].table
        selfs = st.schema.self_edges(subject)
        if target == subject and len(selfs) == 1 and len(selfs[0].child_cols) == 1 and it.nums:
            # "agents who manage more than 3 agents": rows that the self-referencing key points to often enough
            edge = selfs[0]
            q.where.append(
                Cond(
                    f"in_count:{it.op or '>'}",
                    Col(subject, edge.parent_cols[0]),
                    values=tuple(Lit(n) for n in it.nums),
                    right=Col(subject, edge.child_cols[0]),
                    related=Related(subject, subject),
                )
            )
            it.used = True
            st.notes.append(f"{edge.child_cols[0]} points to it {it.text}")
            continue
        own = _own_count_column(st, subject, it)
        if own is not None:
            # "listings that sleep at least 6 guests" with listings.max_guests: the number the row stores
            q.where.append(cmp_cond(st, own, it))
            it.used, it.target = True, own
            st.notes.append(f"{own.column} {it.text}")
            continue
        if not st.reachable(subject, target):
            raise TranslationError(f"{subject} and {target} are not related by foreign keys")
        RouteCheck(st.schema, st.tokens, st.valued_tokens()).check(subject, target)
        op = it.op or ">"
        # conditions on the counted rows count only those rows ("more than 10 orders in 2024")
        inner = [c for c, t in st.cond_tables if t == target]
        st.cond_tables = [(c, t) for c, t in st.cond_tables if t != target]
        pk = st.pk_cols(target)
        if (
            q.group_by
            or any(isinstance(s, Agg) for s in q.select)
            or op in ("<", "<=", "=", "<>")
            or op == "between"
            or len(pk) > 1
        ):
            # a correlated count keeps zero rows and composes with any outer shape (and counts rows whose key
            # is two columns, po_line (po_no, line_no), where COUNT(DISTINCT one of them) would not)
            rel = Related(subject, target, inner)
            q.where.append(cmp_cond_expr(st, CountOf(rel), it))
        else:
            if pk:
                count = Agg("COUNT", pk[0], True)
            else:  # no key: count the joined rows through the column that joins them
                via = _key_towards(st, target, subject)
                count = Agg("COUNT", via[0]) if via else Agg("COUNT")
            rows = [*st.pk_cols(subject), *st.display_cols(subject)]
            shown = [e for e in q.select if isinstance(e, Col) and e.table == subject]
            if q.distinct and shown and not set(shown) & set(rows):
                # "which sectors have seen more than 30 trades": the groups are the sectors, not each security
                q.group_by, q.distinct = list(shown), False
            else:
                q.group_by = list(dict.fromkeys(rows))
            q.having.append(cmp_cond_expr(st, count, it))
            q.where.extend(inner)  # the counted table is joined: filter its rows directly
        it.used = True
        st.notes.append(f"it has {it.text} {target}")


def place_conditions(st: PlanState, q: Query) -> None:
    """WHERE for the base row; EXISTS for conditions on rows a join would multiply."""
    base = q.base
    aggregate = bool(q.group_by) or any(isinstance(s, Agg) for s in q.select)
    nested: dict[str, list[Cond]] = {}
    routes = RouteCheck(st.schema, st.tokens, st.valued_tokens())
    for cond, table in st.cond_tables:
        if not (isinstance(cond.left, Col) and cond.left.role):  # a role key ("from Rotterdam") is the route
            routes.check(base, table)
    for e in q.group_by:  # "rentals per district" with a start and an end station: which one is a guess
        if isinstance(e, Col) and not e.role and e.table != base:
            _no_parallel_key(st, base, e.table, q.prefer_fks)
            _role_key_beside_link(st, routes, base, e.table, q.prefer_fks)
            routes.check_tied(base, e.table, q.prefer_fks)
    for cond, table in st.cond_tables:
        if (
            table == base
            or not st.fans_out(base, table)
            or (aggregate and table != st.subject and _joined_anyway(st, q, table))
            or (not aggregate and _on_a_shown_path(st, q, table))
        ):
            if cond not in q.where:  # (a strategy may have placed the same test already)
                q.where.append(cond)
        else:
            nested.setdefault(table, []).append(cond)
    _into_each_exists(st, base, nested)
    # conditions on one related row stay together: "finished the London Marathon in under 3 hours" is one
    # result row of that race, not any result plus any race
    for table in list(nested):
        for other in nested:
            if (
                other != table
                and table in nested
                and any(table in (e.child, e.parent) for e in (st.schema.path(base, other) or []))
            ):
                nested[other].extend(nested.pop(table))
                break
    _one_route(st, base, nested)
    covered: set[str] = set()
    for table in nested:
        for edge in st.schema.path(base, table) or []:
            covered.update((edge.child, edge.parent))
    for table in st.exists_tables:
        if (
            table not in covered
            and base == st.subject
            and not any(n.related is not None and n.related.target == table for n in st.negations)
        ):
            nested.setdefault(table, [])
    for table, conds in nested.items():
        q.where.append(Cond("exists", related=Related(base, table, conds)))
    q.where.extend(st.negations)
    for c in st.each_exists:
        if c.related is None or c.related.outer != base:
            raise TranslationError("cannot tell whose rows 'both' is said of; rephrase, or use an LLM provider "
                                   "(--provider)")  # fmt: skip
        q.where.append(c)
    q.where = [x for c in q.where for x in _by_each_key(st, c)]


def _into_each_exists(st: PlanState, base: str, nested: dict[str, list[Cond]]) -> None:
    """ "employees who currently hold both a laptop and a phone": a condition on the rows that reach each value
    (the assignment in force) holds in each of the EXISTS of "both", not in a third one of its own."""
    targets = [c.related for c in st.each_exists if c.related is not None and c.related.outer == base]
    if not targets:
        return
    for table in list(nested):
        if all(any(table in (e.child, e.parent) for e in (st.schema.path(base, r.target) or [])) for r in targets):
            conds = nested.pop(table)
            st.each_exists = [
                Cond("exists", related=Related(r.outer, r.target, [*r.where, *conds], r.prefer)) for r in targets
            ]
            targets = [c.related for c in st.each_exists if c.related is not None]
    covered = {t for r in targets for e in (st.schema.path(base, r.target) or []) for t in (e.child, e.parent)}
    st.exists_tables = [t for t in st.exists_tables if t not in covered]  # each EXISTS says the row is there


def _by_each_key(st: PlanState, c: Cond) -> list[Cond]:
    """Related rows reached over one of several keys between two tables (a game's white_id and black_id):
    the key a word names ("departing" ~ departure_airport_id); with none named, any of them ("players who
    played a game": as either) and none of them ("never played": as neither)."""
    rel = c.related
    if rel is None or c.op not in ("exists", "not_exists"):
        return [c]
    keys = _parallel_keys(st, rel)
    if not keys:
        return [c]
    alts = [Cond(c.op, related=Related(rel.outer, rel.target, rel.where, rel.prefer | {k.lower()})) for k in keys]
    for alt in alts:
        if alt.related is not None and _parallel_keys(st, alt.related):
            raise TranslationError(
                f"{rel.outer} and {rel.target} are related in more than one way and the question does not "
                "say which; rephrase, or use an LLM provider (--provider)"
            )
    return alts if c.op == "not_exists" else [Cond("or", alternatives=tuple(alts))]


def _parallel_keys(st: PlanState, rel: Related) -> list[str]:
    """The keys of the first hop on ``rel``'s path that is one of several between two tables and that the
    question does not name; a hop a role word names is fixed in ``rel.prefer`` on the way."""
    for _ in range(len(st.schema.tables)):
        path = st.schema.path(rel.outer, rel.target, rel.prefer) or []
        for edge in path:
            parallel = [
                x
                for x in st.schema.edges_of(edge.child)
                if x.child == edge.child and x.parent == edge.parent and len(x.child_cols) == 1
            ]
            if len(parallel) < 2 or {k.lower() for k in edge.child_cols} & rel.prefer:
                continue
            own = {singular(w) for w in st.meta(edge.child).words}
            words = [t.low for t in st.tokens if t.is_word and singular(t.low) not in own]
            named = [x for x in parallel if any(st._role_match(w, x, edge.parent) for w in words)]
            nouns = [t.low for t in st.tokens if t.is_word and singular(t.low) in own]
            by_noun = [x for x in parallel if any(st._role_match(w, x, edge.parent) for w in nouns)]
            if not named and len(parallel) == 2 and len(by_noun) == 1 and edge.parent == rel.outer:
                # "courses with no prerequisites" over course_prerequisites (course_id, prerequisite_id): the
                # rows' own noun names the far end (prerequisite_id); the course is the other key
                named = [x for x in parallel if x is not by_noun[0]]
            if len(named) != 1:
                return [x.child_cols[0] for x in parallel]
            rel.prefer = rel.prefer | {named[0].child_cols[0].lower()}
            break
        else:
            return []
    return []


def _no_parallel_key(st: PlanState, base: str, table: str, prefer: frozenset[str]) -> None:
    """The join to a group's table may not follow one of several keys between two tables (start and end
    station) that no word of the question picked."""
    for edge in st.schema.path(base, table, prefer) or []:
        parallel = [x for x in st.schema.edges_of(edge.child) if x.child == edge.child and x.parent == edge.parent]
        if len(parallel) > 1 and not set(edge.child_cols) & prefer:
            keys = ", ".join(x.child_cols[0] for x in parallel)
            raise TranslationError(
                f"cannot tell which of {keys} links {edge.child} to {edge.parent}; "
                "rephrase, or use an LLM provider (--provider)"
            )


def _role_key_beside_link(st: PlanState, routes: RouteCheck, base: str, table: str, prefer: frozenset[str]) -> None:
    """ "The member who went out on the most callouts": the callout's team_leader_id names a role, and a table
    that only links callouts to members (who went out) relates them too; grouping by the role's key, when no word
    of the question names the role, is a guess."""
    path = st.schema.path(base, table, prefer) or []
    if len(path) != 1 or set(path[0].child_cols) & prefer:
        return
    edge = path[0]
    own = {singular(w) for w in st.meta(edge.parent).words}
    role = [w for c in edge.child_cols for w in st.colmeta(Col(edge.child, c)).words if w not in KEY_WORDS
            and singular(w) not in own]  # fmt: skip
    if not role or routes.named([edge], base, table):
        return
    for link, meta in st.schema.tables.items():
        fks = [e for e in st.schema.edges_of(link) if e.child == link]
        if links_only(meta) and {e.parent for e in fks} == {base, table} and len(fks) == 2 and \
                link not in (base, table):
            raise TranslationError(
                f"{base} and {table} are related by {', '.join(edge.child_cols)} and through {link}, and the "
                f"question does not say which; {REPHRASE}"
            )


def _one_route(st: PlanState, base: str, nested: dict[str, list[Cond]]) -> None:
    """ "users who played a track by Rue": the artist is reached through the plays the question names, not
    along the shortest path (the artists they follow).  When the related rows the question names lead to a
    filtered table by another route than the one the query would take, refuse."""
    named = set(st.exists_tables) | set(nested)
    for table in nested:
        on_path = {t for e in st.schema.path(base, table) or [] for t in (e.child, e.parent)}
        for other in named - on_path - {table}:
            if table in {t for e in st.schema.path(base, other) or [] for t in (e.child, e.parent)}:
                continue  # one branch: the other table is reached through this one
            route = st.schema.path(other, table) or []
            if route and st.fans_out(base, other) and base not in {t for e in route for t in (e.child, e.parent)}:
                raise TranslationError(
                    f"cannot tell whether {table} is reached through {other}; rephrase, or "
                    "use an LLM provider (--provider)"
                )


def _key_towards(st: PlanState, table: str, other: str) -> list[Col]:
    """The key column of ``table`` on its way to ``other`` (to count rows of a table without a key)."""
    path = st.schema.path(table, other) or []
    if path and path[0].child == table:
        return [Col(table, path[0].child_cols[0])]
    return []


def _on_a_shown_path(st: PlanState, q: Query, table: str) -> bool:
    """A listing shows columns of a table it reaches through ``table`` ("visitors approved as a prisoner's mother,
    with the prisoner's name" through the contacts): the rows are already one per row of ``table``, so its condition
    tests that joined row, never another one in an EXISTS."""
    shown = {e.table for e in q.select if isinstance(e, Col) and not e.role and e.table not in (q.base, table)}
    return any(table in (edge.child, edge.parent) for t in shown for edge in st.schema.path(q.base, t) or [])


def _joined_anyway(st: PlanState, q: Query, table: str) -> bool:
    exprs: list[Expr] = [*q.select, *q.group_by]
    for e in exprs:
        inner = e.arg if isinstance(e, Agg) else e
        if isinstance(inner, Col) and inner.table == table:
            return True
        if isinstance(inner, Product) and inner.left.table == table:
            return True
    for e in q.group_by:
        # "site visits each technician led" through the visit crew: the groups are one per crew row, so the
        # crew's role tests that joined row, never another crew row in an EXISTS
        if isinstance(e, Col) and not e.role and e.table not in (q.base, table) and any(
                table in (edge.child, edge.parent) for edge in st.schema.path(q.base, e.table) or []):
            return True
    return st.fans_out(q.base, table) and q.base != st.subject
