"""Workflow files: loading, validation, references and the tiny expression language.

A flow file is YAML (read with PyYAML's ``safe_load``)::

    name: nightly
    db: sqlite:///shop.db          # the default database of every step
    max_parallel: 2
    params: {min_rows: 1}          # defaults; ``flow run --param min_rows=5`` overrides
    steps:
      - id: load
        import: {file: orders.csv, table: orders, create: true, replace: true}
        yes: true                  # this step changes data: the file says so
        retries: {attempts: 3, delay: 1, max_delay: 10}
      - id: count
        needs: [load]
        query: SELECT count(*) AS n FROM orders
      - id: check
        needs: [count]
        when: steps.count.output.n >= params.min_rows
        shell: [python, report.py, "${{ steps.count.output.n }}"]
        timeout: 30

Each step names one operation (:data:`KINDS`).  Strings may hold ``${{ path }}`` references
(``steps.<id>.output.<field>``, ``steps.<id>.rows``, ``steps.<id>.status``, ``params.<name>``);
``when:`` and ``assert``'s ``expect:`` are expressions: comparisons (``== != < <= > >=``),
``and``, ``or``, ``not``, parentheses, numbers, quoted strings, ``true``/``false``/``null``
and paths.  Nothing is evaluated as Python.  A step may only refer to the steps it depends on
(directly or through others), so the value is always there when it runs.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aishell.errors import UsageError


class FlowSpecError(UsageError):
    """A workflow file that cannot run: the message names the step and the field (exit 2)."""


#: each operation a step may name -> (required fields, optional fields) of its mapping form
KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "query": (("sql",), ()),
    "assert": (("sql",), ("expect", "message")),
    "export": (("output",), ("table", "query", "format", "header")),
    "import": (("file", "table"), ("create", "replace", "format", "on_error", "types", "delimiter", "header")),
    "copy": (("from", "to"), ("tables", "create", "replace")),
    "backup": (("output",), ("tables", "data_format", "passphrase_env")),
    "restore": (("file",), ("tables", "replace", "passphrase_env")),
    "migrate": (("dir",), ("to", "lint")),
    "health": ((), ("checks", "fail_on")),
    "shell": (("argv",), ("env", "cwd")),
}
#: the field a string (or a list, for shell) given as the whole operation stands for
_SHORT = {"query": "sql", "assert": "sql", "shell": "argv", "migrate": "dir", "health": "checks"}
#: kinds that change a database: they need consent (``yes: true`` on the step or ``flow run --yes``)
WRITES = frozenset({"import", "copy", "restore", "migrate"})
#: kinds that do not open a session on the step's ``db``
NO_DB = frozenset({"shell", "copy"})

_TOP = ("name", "description", "db", "read_only", "max_parallel", "params", "defaults", "steps")
_COMMON = ("id", "needs", "when", "retries", "timeout", "yes", "read_only", "db", "description")
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,62}$")
_REF = re.compile(r"\$\{\{\s*((?:(?!\}\}).)*?)\s*\}\}")


@dataclass(frozen=True)
class Retry:
    """``attempts`` in all (1: no retry); the n-th retry waits ``delay * backoff**(n-1)``, at most ``max_delay``."""

    attempts: int = 1
    delay: float = 1.0
    max_delay: float = 60.0
    backoff: float = 2.0

    def wait(self, failed_attempts: int) -> float:
        return float(min(self.delay * self.backoff ** max(failed_attempts - 1, 0), self.max_delay))


@dataclass
class Step:
    id: str
    kind: str
    args: dict[str, Any]
    needs: list[str] = field(default_factory=list)
    when: Any = None  # None, a bool, or a parsed expression
    when_text: str | None = None
    retry: Retry = field(default_factory=Retry)
    timeout: float | None = None
    yes: bool = False
    read_only: bool = False
    db: Any = None

    def resolved(self, scope: dict[str, Any]) -> dict[str, Any]:
        """The spec :func:`aishell.flow.steps.run_step` takes: references replaced by their values."""
        return {"id": self.id, "kind": self.kind, "with": substitute(self.args, scope),
                "db": substitute(self.db, scope), "yes": self.yes, "read_only": self.read_only,
                "timeout": self.timeout}  # fmt: skip


@dataclass
class Flow:
    path: Path
    checksum: str
    name: str
    steps: list[Step]
    params: dict[str, Any] = field(default_factory=dict)
    max_parallel: int = 4
    db: str | None = None
    read_only: bool = False

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def order(self) -> list[str]:
        """The steps in an order that respects every dependency (the file's order among equals)."""
        return topological(self.steps)


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_flow(path: str | Path, params: dict[str, Any] | None = None) -> Flow:
    """Read and validate ``path``; ``params`` override the file's ``params:``."""
    import yaml  # the extra `flow`: a missing module names it (cli/main.py OPTIONAL_MODULES)

    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise FlowSpecError(f"cannot read {path}: {exc.strerror}") from None
    try:
        doc = yaml.load(data, Loader=_loader(yaml))  # noqa: S506  # nosec B506 - a SafeLoader subclass (_loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FlowSpecError(f"{p.name}: not valid YAML{where}: {problem}") from None
    return parse_flow(doc, path=p, checksum=checksum(data), params=params)


def _loader(yaml: Any) -> Any:
    """PyYAML's SafeLoader, with YAML 1.2's booleans: only true/false (``yes: true`` is the key
    "yes", not True; ``on``, ``no`` and ``off`` stay text)."""
    class Loader(yaml.SafeLoader):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))  # fmt: skip
    return Loader


def parse_flow(doc: Any, *, path: Path, checksum: str = "", params: dict[str, Any] | None = None) -> Flow:
    where = path.name
    if not isinstance(doc, dict):
        raise FlowSpecError(f"{where}: a flow file is a mapping with a `steps:` list")
    _known(doc, _TOP, where)
    file_params = doc.get("params") or {}
    if not isinstance(file_params, dict):
        raise FlowSpecError(f"{where}: params: a mapping of names to values")
    merged = {**file_params, **(params or {})}
    unknown = sorted(set(params or {}) - set(file_params))
    if unknown:
        raise FlowSpecError(f"{where}: --param {unknown[0]}: the flow declares no such parameter "
                            f"(declared: {', '.join(sorted(file_params)) or 'none'})")  # fmt: skip
    defaults = doc.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise FlowSpecError(f"{where}: defaults: a mapping (retries, timeout)")
    _known(defaults, ("retries", "timeout"), f"{where}: defaults")
    raw = doc.get("steps")
    if not isinstance(raw, list) or not raw:
        raise FlowSpecError(f"{where}: steps: a non-empty list of steps")
    steps: list[Step] = []
    for i, item in enumerate(raw, start=1):
        steps.append(_step(item, i, defaults, where))
    ids = [s.id for s in steps]
    dup = next((s for s in ids if ids.count(s) > 1), None)
    if dup is not None:
        raise FlowSpecError(f"{where}: step {dup!r}: two steps have this id")
    for s in steps:
        for need in s.needs:
            if need not in ids:
                raise FlowSpecError(f"{where}: step {s.id!r}: needs: unknown step {need!r}")
            if need == s.id:
                raise FlowSpecError(f"{where}: step {s.id!r}: needs: a step cannot depend on itself")
    order = topological(steps, where)
    _check_refs(steps, order, merged, where)
    max_parallel = doc.get("max_parallel", 4)
    if not isinstance(max_parallel, int) or isinstance(max_parallel, bool) or max_parallel < 1:
        raise FlowSpecError(f"{where}: max_parallel: a whole number of at least 1")
    name = doc.get("name") or path.stem
    db = doc.get("db")
    if db is not None and not isinstance(db, str):
        raise FlowSpecError(f"{where}: db: a URL or a saved connection name")
    return Flow(path=path.resolve(), checksum=checksum, name=str(name), steps=steps, params=merged,
                max_parallel=max_parallel, db=db, read_only=_bool(doc.get("read_only", False), where, "read_only"))


def _known(mapping: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise FlowSpecError(f"{where}: unknown field {key!r} (known: {', '.join(allowed)})")


def _bool(value: Any, where: str, name: str) -> bool:
    if not isinstance(value, bool):
        raise FlowSpecError(f"{where}: {name}: true or false")
    return value


def _number(value: Any, where: str, name: str, *, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise FlowSpecError(f"{where}: {name}: a number of at least {minimum:g}")
    return float(value)


def _step(item: Any, index: int, defaults: dict[str, Any], file: str) -> Step:
    if not isinstance(item, dict):
        raise FlowSpecError(f"{file}: step #{index}: a mapping with an id and one operation")
    sid = item.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        raise FlowSpecError(f"{file}: step #{index}: id: letters, digits, _ and - (starting with a letter or _)")
    where = f"{file}: step {sid!r}"
    kinds = [k for k in item if k in KINDS]
    if len(kinds) != 1:
        found = f"found {', '.join(kinds)}" if kinds else "found none"
        raise FlowSpecError(f"{where}: exactly one operation ({', '.join(KINDS)}); {found}")
    kind = kinds[0]
    _known({k: v for k, v in item.items() if k != kind}, _COMMON, where)
    args = _args(kind, item[kind], f"{where}: {kind}")
    needs = item.get("needs") or []
    if isinstance(needs, str):
        needs = [needs]
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        raise FlowSpecError(f"{where}: needs: a step id or a list of step ids")
    when: Any = None
    when_text: str | None = None
    if "when" in item:
        raw = item["when"]
        if isinstance(raw, bool):
            when = raw
        elif isinstance(raw, str):
            when_text = raw
            inner = _REF.fullmatch(raw.strip())
            when = parse_expr(inner.group(1) if inner else raw, f"{where}: when")
        else:
            raise FlowSpecError(f"{where}: when: an expression (text) or true/false")
    retries = item.get("retries", defaults.get("retries"))
    timeout = item.get("timeout", defaults.get("timeout"))
    return Step(
        id=sid, kind=kind, args=args, needs=list(dict.fromkeys(needs)), when=when, when_text=when_text,
        retry=_retry(retries, where),
        timeout=None if timeout is None else _number(timeout, where, "timeout", minimum=0.001),
        yes=_bool(item.get("yes", False), where, "yes"), read_only=_bool(item.get("read_only", False), where,
                                                                          "read_only"),
        db=item.get("db"),
    )  # fmt: skip


def _args(kind: str, value: Any, where: str) -> dict[str, Any]:
    required, optional = KINDS[kind]
    if kind in _SHORT and (isinstance(value, str) or (kind in ("shell", "health") and isinstance(value, list))):
        value = {_SHORT[kind]: value}
    if value is None and not required:
        value = {}
    if not isinstance(value, dict):
        raise FlowSpecError(f"{where}: a mapping of {', '.join(required + optional)}")
    _known(value, required + optional, where)
    for name in required:
        if value.get(name) in (None, "", []):
            raise FlowSpecError(f"{where}: {name} is required")
    if kind == "shell":
        argv = value["argv"]
        if isinstance(argv, str):
            argv = split_command(argv, where)
        if not isinstance(argv, list) or not argv or not all(isinstance(a, str | int | float) for a in argv):
            raise FlowSpecError(f"{where}: a command: a list of arguments or one string (split as a shell would)")
        # an unquoted true/false in the list is the word the user wrote, not a boolean
        value = {**value, "argv": [_text(a) for a in argv]}
    if kind == "export" and ("table" in value) == ("query" in value):
        raise FlowSpecError(f"{where}: give either table or query")
    if kind == "health" and value.get("fail_on", "critical") not in ("info", "warning", "critical", "never"):
        raise FlowSpecError(f"{where}: fail_on: info, warning, critical or never")
    if kind == "assert" and "expect" in value:
        if not isinstance(value["expect"], str):
            raise FlowSpecError(f"{where}: expect: an expression over row.<column> and rows")
        parse_expr(value["expect"], f"{where}: expect")
    return dict(value)


def split_command(text: str, where: str) -> list[str]:
    """Split a command as a POSIX shell would (no shell runs it); a ``${{ ... }}`` reference stays
    within its argument, so a value with spaces or quotes is one argument when substituted."""
    import shlex

    refs: list[str] = []

    def hide(m: re.Match[str]) -> str:
        refs.append(m.group(0))
        return f"@@aishell-ref-{len(refs) - 1}@@"

    try:
        parts = shlex.split(_REF.sub(hide, text))
    except ValueError as exc:
        raise FlowSpecError(f"{where}: {exc}") from None
    return [re.sub(r"@@aishell-ref-(\d+)@@", lambda m: refs[int(m.group(1))], p) for p in parts]


def _retry(value: Any, where: str) -> Retry:
    if value is None:
        return Retry()
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise FlowSpecError(f"{where}: retries: a number of retries (0 or more) or a mapping")
        return Retry(attempts=value + 1)
    if not isinstance(value, dict):
        raise FlowSpecError(f"{where}: retries: a number of retries, or {{attempts, delay, max_delay, backoff}}")
    _known(value, ("attempts", "delay", "max_delay", "backoff"), f"{where}: retries")
    attempts = value.get("attempts", 1)
    if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 1:
        raise FlowSpecError(f"{where}: retries: attempts: a whole number of at least 1 (every attempt counts)")
    return Retry(attempts=attempts, delay=_number(value.get("delay", 1.0), where, "retries: delay"),
                 max_delay=_number(value.get("max_delay", 60.0), where, "retries: max_delay"),
                 backoff=_number(value.get("backoff", 2.0), where, "retries: backoff", minimum=1.0))  # fmt: skip


def topological(steps: list[Step], where: str = "flow") -> list[str]:
    """Kahn's order over ``needs``, stable in the file's order; a cycle is a :class:`FlowSpecError` naming it."""
    by_id = {s.id: s for s in steps}
    done: list[str] = []
    placed: set[str] = set()
    remaining = [s.id for s in steps]
    while remaining:
        ready = [sid for sid in remaining if all(n in placed for n in by_id[sid].needs)]
        if not ready:
            raise FlowSpecError(f"{where}: dependency cycle: {' -> '.join(_cycle(by_id, remaining))}")
        for sid in ready:
            done.append(sid)
            placed.add(sid)
        remaining = [sid for sid in remaining if sid not in placed]
    return done


def _cycle(by_id: dict[str, Step], remaining: list[str]) -> list[str]:
    path: list[str] = []
    node = remaining[0]
    while node not in path:
        path.append(node)
        node = next(n for n in by_id[node].needs if n in remaining)
    return [*path[path.index(node):], node]


def ancestors(steps: list[Step]) -> dict[str, set[str]]:
    by_id = {s.id: s for s in steps}
    memo: dict[str, set[str]] = {}

    def of(sid: str) -> set[str]:
        if sid not in memo:
            found: set[str] = set()
            for n in by_id[sid].needs:
                found |= {n} | of(n)
            memo[sid] = found
        return memo[sid]

    for s in steps:
        of(s.id)
    return memo


def _check_refs(steps: list[Step], order: list[str], params: dict[str, Any], file: str) -> None:
    before = ancestors(steps)
    for s in steps:
        where = f"{file}: step {s.id!r}"
        paths = [p for text in _strings([s.args, s.db]) for p in _refs_in(text, where)]
        if s.when is not None and not isinstance(s.when, bool):
            paths += _paths(s.when)
        for path in paths:
            _check_path(path, before[s.id], params, where)


def _check_path(path: tuple[str, ...], allowed: set[str], params: dict[str, Any], where: str) -> None:
    text = ".".join(path)
    if path[0] == "params":
        if len(path) != 2 or path[1] not in params:
            raise FlowSpecError(f"{where}: {text}: no such parameter (declared: {', '.join(sorted(params)) or 'none'})")
        return
    if path[0] == "steps":
        if len(path) < 3 or path[2] not in ("output", "rows", "status") or (path[2] == "output") != (len(path) == 4):
            raise FlowSpecError(f"{where}: {text}: refer to steps.<id>.output.<field>, steps.<id>.rows "
                                "or steps.<id>.status")  # fmt: skip
        if path[1] not in allowed:
            raise FlowSpecError(f"{where}: {text}: step {path[1]!r} is not one this step needs "
                                "(add it to needs:, directly or through another step)")  # fmt: skip
        return
    if path[0] in ("row", "rows"):
        return  # assert's expect: checked when the row is there
    raise FlowSpecError(f"{where}: {text}: a reference starts with steps. or params.")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _refs_in(text: str, where: str) -> list[tuple[str, ...]]:
    out = []
    for m in _REF.finditer(text):
        expr = parse_expr(m.group(1), where)
        if expr[0] != "path":
            raise FlowSpecError(f"{where}: ${{{{ {m.group(1)} }}}}: a reference is a path (steps.<id>.output.<field>)")
        out.append(expr[1])
    return out


# --------------------------------------------------------------------------- references
def substitute(value: Any, scope: dict[str, Any]) -> Any:
    """``value`` with every ``${{ path }}`` replaced.  A string that is one reference becomes
    the value itself (a number stays a number); inside longer text the value is written as text."""
    if isinstance(value, str):
        whole = _REF.fullmatch(value)
        if whole is not None:
            return lookup(parse_expr(whole.group(1), "reference")[1], scope)
        return _REF.sub(lambda m: _text(lookup(parse_expr(m.group(1), "reference")[1], scope)), value)
    if isinstance(value, dict):
        return {k: substitute(v, scope) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, scope) for v in value]
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value) if isinstance(value, dict | list) else str(value)


def lookup(path: tuple[str, ...], scope: dict[str, Any]) -> Any:
    """The value at ``path`` in ``scope`` (None where a part is missing: a skipped step's output)."""
    cur: Any = scope
    for part in path:
        if isinstance(cur, dict):
            cur = cur.get(part)
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return None
    return cur


# --------------------------------------------------------------------------- expressions
_TOKEN = re.compile(
    r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
    r"|(?P<op>==|!=|<=|>=|<|>|\(|\))|(?P<name>[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*))"
)
_COMPARE = ("==", "!=", "<=", ">=", "<", ">")


def _tokens(text: str, where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise FlowSpecError(f"{where}: cannot read {text[pos:].strip()[:30]!r} in {text!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def parse_expr(text: str, where: str) -> tuple[Any, ...]:
    """Parse an expression into a small tree of tuples: ("path", parts), ("lit", value),
    ("not", e), ("and"|"or", a, b), ("cmp", op, a, b)."""
    tokens = _tokens(text, where)
    if not tokens:
        raise FlowSpecError(f"{where}: an empty expression")
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        tok = peek()
        if tok is None:
            raise FlowSpecError(f"{where}: {text!r} ends too soon")
        pos += 1
        return tok

    def binary(word: str, sub: Any) -> Any:
        def parse() -> tuple[Any, ...]:
            left = sub()
            while peek() == ("name", word):
                take()
                left = (word, left, sub())
            return left  # type: ignore[no-any-return]

        return parse

    def unary() -> tuple[Any, ...]:
        if peek() == ("name", "not"):
            take()
            return ("not", unary())
        left = atom()
        tok = peek()
        if tok is not None and tok[0] == "op" and tok[1] in _COMPARE:
            take()
            return ("cmp", tok[1], left, atom())
        return left

    def atom() -> tuple[Any, ...]:
        kind, value = take()
        if kind == "num":
            return ("lit", float(value) if "." in value else int(value))
        if kind == "str":
            return ("lit", re.sub(r"\\(.)", r"\1", value[1:-1]))
        if kind == "op" and value == "(":
            inner: tuple[Any, ...] = tuple(disjunction())
            if take() != ("op", ")"):
                raise FlowSpecError(f"{where}: a ( without its ) in {text!r}")
            return inner
        if kind == "name":
            words = {"true": True, "false": False, "null": None}
            if value in words:
                return ("lit", words[value])
            if value in ("and", "or", "not"):
                raise FlowSpecError(f"{where}: {value!r} where a value belongs in {text!r}")
            return ("path", tuple(value.split(".")))
        raise FlowSpecError(f"{where}: {value!r} where a value belongs in {text!r}")

    conjunction = binary("and", unary)
    disjunction = binary("or", conjunction)
    tree: tuple[Any, ...] = tuple(disjunction())
    if pos != len(tokens):
        raise FlowSpecError(f"{where}: unexpected {tokens[pos][1]!r} in {text!r}")
    return tree


def _paths(tree: tuple[Any, ...]) -> list[tuple[str, ...]]:
    tag = tree[0]
    if tag == "path":
        return [tree[1]]
    if tag == "lit":
        return []
    return [p for sub in tree[1:] if isinstance(sub, tuple) for p in _paths(sub)]


def evaluate(tree: Any, scope: dict[str, Any]) -> Any:
    """The value of a parsed expression (:func:`parse_expr`) in ``scope``."""
    if isinstance(tree, bool):
        return tree
    tag = tree[0]
    if tag == "lit":
        return tree[1]
    if tag == "path":
        return lookup(tree[1], scope)
    if tag == "not":
        return not truthy(evaluate(tree[1], scope))
    if tag == "and":
        return truthy(evaluate(tree[1], scope)) and truthy(evaluate(tree[2], scope))
    if tag == "or":
        return truthy(evaluate(tree[1], scope)) or truthy(evaluate(tree[2], scope))
    op, a, b = tree[1], evaluate(tree[2], scope), evaluate(tree[3], scope)
    return _compare(op, a, b)


def truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "f")
    return bool(value)


def _compare(op: str, a: Any, b: Any) -> bool:
    a, b = _coerce(a, b)
    if op == "==":
        return bool(a == b)
    if op == "!=":
        return bool(a != b)
    if a is None or b is None:
        return False
    try:
        return bool({"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op])
    except TypeError:
        return False


def _coerce(a: Any, b: Any) -> tuple[Any, Any]:
    """A number compared with text that reads as a number (a value read from a database as
    text, a ``--param``) compares as numbers."""
    def num(v: Any) -> Any:
        if isinstance(v, str):
            try:
                return float(v) if re.fullmatch(r"\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*", v) else v
            except ValueError:
                return v
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    if (isinstance(a, int | float) and not isinstance(a, bool)) or (
        isinstance(b, int | float) and not isinstance(b, bool)
    ):
        return num(a), num(b)
    return a, b


def describe(step: Step, *, consent: bool = False) -> str:
    """One line on what ``step`` would do (``flow run --dry-run``)."""
    a = step.args
    what = {
        "query": lambda: " ".join(str(a["sql"]).split())[:100],
        "assert": lambda: " ".join(str(a["sql"]).split())[:80] + (f"  expect {a['expect']}" if a.get("expect") else ""),
        "export": lambda: f"{a.get('table') or ' '.join(str(a.get('query')).split())[:60]} -> {a['output']}",
        "import": lambda: f"{a['file']} -> {a['table']}" + (" (replace)" if a.get("replace") else "")
        + (" (create)" if a.get("create") else ""),
        "copy": lambda: f"{a['from']} -> {a['to']}: {a.get('tables') or 'all tables'}",
        "backup": lambda: f"-> {a['output']}",
        "restore": lambda: f"{a['file']}" + (" (replace)" if a.get("replace") else ""),
        "migrate": lambda: f"up from {a['dir']}" + (f" to {a['to']}" if a.get("to") else ""),
        "health": lambda: f"checks: {a.get('checks') or 'all'}; fails on {a.get('fail_on', 'critical')}",
        "shell": lambda: " ".join(str(x) for x in a["argv"])[:100],
    }[step.kind]()
    notes = []
    if step.needs:
        notes.append("needs " + ", ".join(step.needs))
    if step.when is not None:
        notes.append(f"when {step.when_text if step.when_text is not None else step.when}")
    if step.retry.attempts > 1:
        notes.append(f"{step.retry.attempts} attempts")
    if step.timeout:
        notes.append(f"timeout {step.timeout:g}s")
    if step.db:
        notes.append(f"db {step.db}")
    if step.kind in WRITES:
        notes.append("changes data" + ("" if step.yes or consent else ": refused without yes: true or --yes"))
    elif step.kind == "query" and not (step.yes or consent):
        notes.append("a write is refused without yes: true or --yes")
    return f"{step.kind:<8} {what}" + (f"  [{'; '.join(notes)}]" if notes else "")
