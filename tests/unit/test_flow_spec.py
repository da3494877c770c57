"""Workflow files: validation errors that name the step and field, the DAG order, references and
the tiny expression language (aishell.flow.spec)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aishell.flow.runner import idempotency_key
from aishell.flow.spec import (
    FlowSpecError,
    Retry,
    describe,
    evaluate,
    load_flow,
    parse_expr,
    parse_flow,
    substitute,
    truthy,
)


def _parse(doc: Any, params: dict[str, Any] | None = None) -> Any:
    return parse_flow(doc, path=Path("f.yaml"), params=params)


def _error(doc: Any, **kw: Any) -> str:
    with pytest.raises(FlowSpecError) as info:
        _parse(doc, **kw)
    assert info.value.exit_code == 2
    return str(info.value)


def test_order_respects_needs_and_keeps_the_files_order() -> None:
    flow = _parse({"steps": [{"id": "c", "needs": ["b"], "shell": "true"}, {"id": "a", "shell": "true"},
                             {"id": "b", "needs": "a", "query": "SELECT 1"}]})  # fmt: skip
    assert flow.order() == ["a", "b", "c"]
    assert flow.step("c").args == {"argv": ["true"]}
    assert flow.step("b").args == {"sql": "SELECT 1"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"steps": [{"id": "a", "needs": "a", "shell": "x"}]}, "step 'a': needs: a step cannot depend on itself"),
        ({"steps": [{"id": "a", "needs": "zz", "shell": "x"}]}, "step 'a': needs: unknown step 'zz'"),
        ({"steps": [{"id": "a", "shell": "x", "query": "y"}]}, "step 'a': exactly one operation"),
        ({"steps": [{"id": "a"}]}, "step 'a': exactly one operation"),
        ({"steps": [{"id": "a", "shell": "x", "retry": 3}]}, "step 'a': unknown field 'retry'"),
        ({"steps": [{"id": "a", "import": {"file": "x"}}]}, "step 'a': import: table is required"),
        ({"steps": [{"id": "a", "export": {"output": "x"}}]}, "step 'a': export: give either table or query"),
        ({"steps": [{"id": "a", "shell": "x"}, {"id": "a", "shell": "y"}]}, "step 'a': two steps have this id"),
        ({"steps": [{"id": "a b", "shell": "x"}]}, "step #1: id:"),
        ({"steps": [{"id": "a", "shell": "x", "retries": {"attempts": 0}}]}, "retries: attempts"),
        ({"steps": [{"id": "a", "shell": "x", "timeout": -1}]}, "step 'a': timeout"),
        ({"steps": [{"id": "a", "shell": "x", "yes": "sure"}]}, "step 'a': yes: true or false"),
        ({"steps": [{"id": "a", "shell": "x", "when": "steps.a.output.n >"}]}, "step 'a': when:"),
        ({"steps": []}, "steps: a non-empty list"),
        ({"stepz": []}, "unknown field 'stepz'"),
        ([1], "a flow file is a mapping"),
        ({"steps": [{"id": "a", "shell": "echo ${{ params.nope }}"}]}, "params.nope: no such parameter"),
        ({"steps": [{"id": "a", "shell": "x"}, {"id": "b", "shell": "echo ${{ steps.a.output.n }}"}]},
         "step 'b': steps.a.output.n: step 'a' is not one this step needs"),
        ({"steps": [{"id": "a", "shell": "x"}, {"id": "b", "needs": "a", "shell": "echo ${{ steps.a.n }}"}]},
         "refer to steps.<id>.output.<field>"),
        ({"steps": [{"id": "a", "shell": "echo ${{ 1 == 1 }}"}]}, "a reference is a path"),
        ({"steps": [{"id": "a", "shell": "x", "when": "env.HOME"}]}, "a reference starts with steps. or params."),
        ({"steps": [{"id": "a", "health": {"fail_on": "bad"}}]}, "fail_on"),
    ],
)
def test_errors_name_the_step_and_field(doc: Any, message: str) -> None:
    assert message in _error(doc)


def test_a_cycle_names_its_path() -> None:
    doc = {"steps": [{"id": "a", "needs": "c", "shell": "x"}, {"id": "b", "needs": "a", "shell": "x"},
                     {"id": "c", "needs": "b", "shell": "x"}, {"id": "d", "shell": "x"}]}  # fmt: skip
    assert "dependency cycle: a -> c -> b -> a" in _error(doc)


def test_params_override_only_declared_ones() -> None:
    doc = {"params": {"n": 1}, "steps": [{"id": "a", "shell": "echo ${{ params.n }}"}]}
    assert _parse(doc, {"n": 5}).params == {"n": 5}
    assert "--param m: the flow declares no such parameter" in _error(doc, params={"m": 1})


def test_yaml_keeps_yes_as_a_key_and_reports_bad_yaml(tmp_path: Path) -> None:
    file = tmp_path / "f.yaml"
    file.write_text("steps:\n  - id: a\n    query: DELETE FROM t\n    yes: true\n")
    assert load_flow(file).steps[0].yes is True
    file.write_text("steps:\n  - id: a\n    query: DELETE FROM t\n    when: on\n")
    with pytest.raises(FlowSpecError, match="step 'a': on: a reference starts with"):  # YAML 1.2: `on` is text
        load_flow(file)
    file.write_text("steps: [\n")
    with pytest.raises(FlowSpecError, match="not valid YAML at line"):
        load_flow(file)
    with pytest.raises(FlowSpecError, match="cannot read"):
        load_flow(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("steps.c.output.n > 2", True),
        ("steps.c.output.n == '3'", True),  # a number read as text compares as a number
        ("steps.c.output.name == \"bob\" and not steps.c.output.flag", True),
        ("(steps.c.output.n < 2 or steps.c.status == 'ok') and params.env != 'prod'", True),
        ("steps.missing.output.n > 1", False),
        ("steps.c.output.n >= null", False),
        ("steps.c.output.flag == false", True),
        ("steps.c.output.n <= 2.5", False),
        ("steps.c.output.name", True),
        ("steps.c.output.items.1 == 'y'", True),
    ],
)
def test_expressions(expr: str, expected: bool) -> None:
    scope = {"steps": {"c": {"status": "ok", "output": {"n": 3, "name": "bob", "flag": False, "items": ["x", "y"]}}},
             "params": {"env": "dev"}}  # fmt: skip
    assert truthy(evaluate(parse_expr(expr, "when"), scope)) is expected


@pytest.mark.parametrize("bad", ["a ==", "(a", "a b", "== 1", "a = 1", "and", "'x' ;"])
def test_bad_expressions_are_errors(bad: str) -> None:
    with pytest.raises(FlowSpecError):
        parse_expr(bad, "when")


def test_substitute_keeps_types_of_whole_references() -> None:
    scope = {"steps": {"c": {"output": {"n": 3, "obj": {"k": 1}, "none": None, "t": True}}}, "params": {"p": "x"}}
    value = {"a": "${{ steps.c.output.n }}", "b": ["n=${{ steps.c.output.n }}/${{params.p}}"],
             "c": "${{ steps.c.output.obj }} ${{ steps.c.output.none }}|${{ steps.c.output.t }}", "d": 4}  # fmt: skip
    assert substitute(value, scope) == {"a": 3, "b": ["n=3/x"], "c": '{"k": 1} |true', "d": 4}


def test_retry_backoff_is_capped() -> None:
    retry = Retry(attempts=5, delay=1.0, max_delay=5.0, backoff=2.0)
    assert [retry.wait(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]
    flow = _parse({"defaults": {"retries": 2, "timeout": 3},
                   "steps": [{"id": "a", "shell": "x"}, {"id": "b", "shell": "x", "retries": 0}]})  # fmt: skip
    assert flow.steps[0].retry.attempts == 3 and flow.steps[0].timeout == 3.0
    assert flow.steps[1].retry.attempts == 1


def test_idempotency_key_follows_the_resolved_spec() -> None:
    flow = _parse({"steps": [{"id": "a", "query": "SELECT 1"}]})
    spec = flow.steps[0].resolved({"steps": {}, "params": {}})
    assert idempotency_key("r1", "a", spec) == idempotency_key("r1", "a", dict(spec))
    assert idempotency_key("r1", "a", spec) != idempotency_key("r2", "a", spec)
    assert idempotency_key("r1", "a", spec) != idempotency_key("r1", "a", {**spec, "with": {"sql": "SELECT 2"}})


def test_describe_says_what_needs_consent() -> None:
    flow = _parse({"steps": [
        {"id": "m", "migrate": "mig"},
        {"id": "q", "needs": "m", "query": "DELETE FROM t", "when": "steps.m.status == 'ok'", "timeout": 2,
         "retries": 1, "db": "sqlite:///x.db"},
        {"id": "c", "copy": {"from": "a", "to": "b", "tables": ["t"]}, "yes": True},
    ]})  # fmt: skip
    assert "changes data: refused without yes" in describe(flow.step("m"))
    assert describe(flow.step("m"), consent=True).endswith("[changes data]")
    line = describe(flow.step("q"))
    assert "needs m" in line and "when steps.m.status == 'ok'" in line and "2 attempts" in line
    assert "timeout 2s" in line and "db sqlite:///x.db" in line
    assert describe(flow.step("c")) == "copy     a -> b: ['t']  [changes data]"


def test_a_command_string_is_split_without_breaking_references() -> None:
    flow = _parse({"params": {"name": "a b"},
                   "steps": [{"id": "s", "shell": "echo 'one two' x${{ params.name }}y"}]})  # fmt: skip
    argv = flow.steps[0].args["argv"]
    assert argv == ["echo", "one two", "x${{ params.name }}y"]
    assert substitute(argv, {"params": flow.params}) == ["echo", "one two", "xa by"]
    assert "No closing quotation" in _error({"steps": [{"id": "s", "shell": "echo 'x"}]})


def test_progress_lines_off_a_terminal_and_a_live_list_on_one() -> None:
    import io

    from aishell.flow.progress import Progress
    from aishell.flow.runner import Event

    plain = io.StringIO()
    p = Progress(plain)
    assert p.live is False
    for event in (Event("started", "a", attempt=1), Event("ok", "a", attempt=1, seconds=0.5, rows=3),
                  Event("retry", "b", attempt=1, detail="boom; attempt 2 of 3 in 1s")):  # fmt: skip
        p(event)
    assert plain.getvalue().splitlines() == ["flow: a started (attempt 1)", "flow: a ok in 0.50s, 3 rows",
                                             "flow: b retry: boom; attempt 2 of 3 in 1s"]  # fmt: skip
    live = io.StringIO()
    p = Progress(live, live=True)
    p(Event("started", "load", attempt=1))
    p(Event("started", "b", attempt=2))
    p.tick()
    p(Event("ok", "load", attempt=1, seconds=1.25))
    text = live.getvalue()
    assert "[..] load  running" in text and "(attempt 2)" in text
    assert "\x1b[2F" in text  # redrawn in place: up over the two lines drawn before
    assert text.rstrip().endswith("[..] b     running 0.0s (attempt 2)")
    assert "[ok] load  ok: 1.25s" in text
