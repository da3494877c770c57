"""The command line: ``aishell [query|conn|...]``.

A thin face: it parses arguments, builds a :class:`~aishell.services.session.Session`
and a sink, and maps errors to exit codes.  Heavy modules are imported inside
the commands that need them, so ``aishell --help`` and start-up stay fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from aishell import __version__
from aishell.errors import (
    EXIT_INTERRUPTED,
    EXIT_QUERY,
    EXIT_USAGE,
    AishellError,
    UsageError,
    redact,
)

if TYPE_CHECKING:
    from aishell.services.session import Session

F = TypeVar("F", bound=Callable[..., Any])

DB_HELP = (
    "Database URL or saved connection name "
    "(default: $AISHELL_DB, $DATABASE_URL, the default connection, or the demo)."
)


#: optional third-party modules besides the engines' drivers -> the pip extra that installs them
OPTIONAL_MODULES = {
    "pyarrow": "data", "zstandard": "data", "cryptography": "data",
    "fastapi": "web", "uvicorn": "web", "starlette": "web", "multipart": "web",
    "mcp": "mcp", "numpy": "embeddings", "safetensors": "embeddings", "tokenizers": "embeddings",
    "celery": "fleet",
    "yaml": "flow",
    "argon2": "vault", "keyring": "vault",
}  # fmt: skip

#: the extra a part of aishell needs, when a module it lacks is in more than one extra
#: (``cryptography``: archives' encryption in ``data``, the vault in ``vault``)
PACKAGE_EXTRAS = {"aishell.vault": "vault", "aishell.cli.cmd_vault": "vault"}


def optional_extra(module: str, raised_in: str = "") -> str | None:
    """The pip extra that installs the top-level ``module``: an engine's driver (as the engine
    registry declares it) or one of :data:`OPTIONAL_MODULES`; None for anything else.  When the
    import failed in a part of aishell with an extra of its own (``raised_in``, a module name, per
    :data:`PACKAGE_EXTRAS`), that extra is named instead of the module's usual one."""
    for package, extra in PACKAGE_EXTRAS.items():
        if module in OPTIONAL_MODULES and (raised_in == package or raised_in.startswith(package + ".")):
            return extra
    if module in OPTIONAL_MODULES:
        return OPTIONAL_MODULES[module]
    from aishell.engines import ENGINES

    return next((extra for _m, _c, extra, driver in ENGINES.values() if driver == module), None)


def _debug() -> bool:
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx else None
    return bool(root and root.obj and root.obj.get("debug")) or os.environ.get("AISHELL_DEBUG") == "1"


def _raised_in(exc: BaseException) -> str:
    """The innermost aishell module on ``exc``'s traceback ("" when none)."""
    found = ""
    tb = exc.__traceback__
    while tb is not None:
        name = str(tb.tb_frame.f_globals.get("__name__", ""))
        if name.startswith("aishell."):
            found = name
        tb = tb.tb_next
    return found


def fail(exc: BaseException) -> None:
    """Report an error on stderr (one line) and exit with its documented code."""
    if _debug():
        import traceback

        traceback.print_exc(file=sys.stderr)
    if isinstance(exc, AishellError):
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    module = (exc.name or "").split(".")[0] if isinstance(exc, ModuleNotFoundError) else ""
    extra = optional_extra(module, _raised_in(exc)) if module else None
    if extra is not None:
        click.echo(f"error: this needs {module}, which is not installed; run: pip install 'aishell[{extra}]'",
                   err=True)  # fmt: skip
        sys.exit(EXIT_USAGE)
    if isinstance(exc, BrokenPipeError):
        # the reader went away (e.g. `| head`): not an error for a shell tool
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stop further flush errors
        except OSError:
            pass
        sys.exit(0)
    msg = " ".join(redact(str(exc)).split()) or type(exc).__name__
    click.echo(f"error: internal error: {type(exc).__name__}: {msg} (run with --debug for details)", err=True)
    sys.exit(EXIT_QUERY)


def guarded(fn: F) -> F:
    """Turn exceptions into one-line messages and exit codes."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except (Exception, KeyboardInterrupt) as exc:
            fail(exc)

    return wrapper  # type: ignore[return-value]


def _confirm_on_tty(question: str, reasons: list[str]) -> bool:
    return click.confirm(question, default=False, err=True)


def _password_on_tty(prompt: str) -> str | None:
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def make_session(
    db: str | None,
    *,
    read_only: bool = False,
    timeout: float | None = None,
    source: str = "cli",
    interactive: bool | None = None,
    create: bool | None = None,
) -> Session:
    """The CLI's session: :func:`aishell.services.factory.make_session` with prompts on the
    terminal when there is one (``interactive``: None means stdin and stderr are a tty).

    ``create``: make a missing SQLite or DuckDB file; None means as ``aishell --create``.  A
    connection that fails is reported at once (no retry: a command is not a long-lived session
    that could ride out a server's restart, and a stopped server fails as fast as with psql)."""
    from aishell.services.factory import make_session as build

    if create is None:
        ctx = click.get_current_context(silent=True)
        create = bool(ctx is not None and _inherit(ctx, "create", False))
    tty = sys.stdin.isatty() and sys.stderr.isatty() if interactive is None else interactive
    ctx = click.get_current_context(silent=True)
    role = _inherit(ctx, "role", None) if ctx is not None else None  # --role: the session enforces it
    return build(db, read_only=read_only, timeout=timeout, source=source, create=create,
                 confirm=_confirm_on_tty if tty else None,
                 password_prompt=_password_on_tty if tty else None, connect_retries=0, role=role)  # fmt: skip


# --------------------------------------------------------------------------- root
class _RootGroup(click.Group):
    """The root command group.  The commands declared in this module (``query``, ``conn``,
    ``history``) are always here; a command of a ``cmd_*`` module loads that module alone
    (:data:`COMMAND_MODULES`) the first time its name is looked up, and every module loads for
    a name not in that table or when the commands are listed (``--help``, completion), so
    ``aishell query`` imports none of them and ``aishell ask`` only ``cmd_ask``."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and not _COMMAND_MODULES_LOADED:
            module = COMMAND_MODULES.get(cmd_name)
            if module is not None:
                import importlib

                importlib.import_module(f"aishell.cli.{module}")
                command = super().get_command(ctx, cmd_name)
            if command is None:
                _load_command_modules()
                command = super().get_command(ctx, cmd_name)
        return command

    def list_commands(self, ctx: click.Context) -> list[str]:
        _load_command_modules()
        return super().list_commands(ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # at the root -h is the host (psql, mysql); help is --help or -? there, and -h alone still shows it
        if args == ["-h"]:
            args = ["--help"]
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:  # the commands keep -h for help
            command.context_settings.setdefault("help_option_names", ["-h", "--help", "-?"])
        return name, command, rest


@click.group(cls=_RootGroup, invoke_without_command=True, context_settings={"help_option_names": ["--help", "-?"]})
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP + " With -h, -p or -U: the database name.")
@click.option("--host", "-h", metavar="HOST", help="Server host, as psql and mysql take it (a URL with -p, -U, -d).")
@click.option("--port", "-p", type=int, metavar="PORT", help="Server port (3306: MySQL/MariaDB unless --engine says).")
@click.option("--user", "-U", metavar="USER", help="User name on the server.")
@click.option("--engine", metavar="ENGINE", default=None,
              help="The server's engine for -h/-p/-U: postgres, mysql ... (default: by the port, else PostgreSQL).")
@click.option("--command", "-c", "commands", multiple=True, metavar="SQL",
              help="Run SQL (or a backslash command) and exit, as psql -c; may repeat.")
@click.option("--read-only", is_flag=True, help="Refuse anything but reads (enforced by the engine too).")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before destructive statements.")
@click.option("--create", is_flag=True,
              help="Make the SQLite or DuckDB file of --db when it does not exist (else that is an error).")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option("--role", metavar="NAME",
              help="Run under this role (viewer, analyst, admin or one of [roles]); a saved connection's role is a "
                   "ceiling it can only narrow.")  # fmt: skip
@click.version_option(__version__, prog_name="aishell")
@click.pass_context
def cli(ctx: click.Context, db: str | None, host: str | None, port: int | None, user: str | None,
        engine: str | None, commands: tuple[str, ...], read_only: bool, timeout: float | None, yes: bool,
        create: bool, debug: bool, role: str | None) -> None:  # fmt: skip
    """aishell: an AI-powered database shell.

    With no command, opens the interactive shell (on the demo database when
    no connection is configured).  Connection flags as psql and mysql take
    them: aishell -h HOST -p PORT -U USER -d DBNAME [-c SQL].  Help: --help or -?.

    \b
    Exit codes: 0 success, 1 query error, 2 usage or configuration error,
                3 connection error, 4 audit log not written (the result
                was delivered) or tampered with, 130 interrupted.
    """
    ctx.ensure_object(dict)
    db = _flags_url(db, host=host, port=port, user=user, engine=engine)
    ctx.obj.update(debug=debug, db=db, read_only=read_only, timeout=timeout, yes=yes, create=create, role=role)
    if commands:
        if ctx.invoked_subcommand is not None:
            fail(UsageError("-c runs its statements and exits: give it without a command"))
        _run_commands(db, commands, read_only, timeout, yes, create, role)
    if ctx.invoked_subcommand is None:
        _start_repl(db, read_only, timeout, yes, create, role)


@guarded
def _flags_url(db: str | None, **flags: Any) -> str | None:
    from aishell.connections import url_from_flags

    return url_from_flags(db, **flags) or db


@guarded
def _run_commands(db: str | None, commands: tuple[str, ...], read_only: bool, timeout: float | None, yes: bool,
                  create: bool, role: str | None) -> None:  # fmt: skip
    from aishell.repl.app import run_commands

    since = audit_failures()
    sys.exit(audited_exit(run_commands(commands, db=db, read_only=read_only, timeout=timeout, assume_yes=yes,
                                       create=create, role=role), since))  # fmt: skip


def audit_failures() -> int:
    """How many audit entries this process could not write so far (0 before the log was used)."""
    if "aishell.audit.log" not in sys.modules:
        return 0
    from aishell.audit.log import failures

    return failures()


def audited_exit(code: int, since: int) -> int:
    """``code``, or 4 when it is 0 but an audit entry of this command could not be written
    (``since``: :func:`audit_failures` when the command began; the results are out)."""
    if code == 0 and audit_failures() > since:
        from aishell.errors import EXIT_AUDIT

        return EXIT_AUDIT
    return code


@guarded
def _start_repl(db: str | None, read_only: bool, timeout: float | None, yes: bool, create: bool = False,
                role: str | None = None) -> None:  # fmt: skip
    from aishell.repl.app import run_repl

    sys.exit(run_repl(db=db, read_only=read_only, timeout=timeout, assume_yes=yes, create=create, role=role))


# --------------------------------------------------------------------------- query
FORMAT_CHOICES = click.Choice(["table", "vertical", "csv", "tsv", "json", "jsonl", "markdown"])


def _inherit(ctx: click.Context, name: str, value: Any) -> Any:
    if value not in (None, False):
        return value
    root = ctx.find_root().obj or {}
    return root.get(name, value)


@cli.command()
@click.argument("sql", required=False)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True), help="Read SQL from FILE.")
@click.option("--format", "-F", "fmt", type=FORMAT_CHOICES, default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write results to FILE.")
@click.option("--read-only", is_flag=True, help="Refuse anything but reads (enforced by the engine too).")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.option("--yes", "-y", is_flag=True, help="Run destructive statements without asking.")
@click.option("--timing", is_flag=True, help="Print each statement's duration on stderr.")
@click.option("--null", "null", default=None,
              help="Text shown for NULL in table/vertical output (default: the REPL's, <null>).")
@click.option("--continue-on-error", is_flag=True, help="Run the remaining statements after an error.")
@click.option("--attach", "attach", multiple=True, metavar="NAME=URL|FILE",
              help="Attach a database or a CSV/Parquet/JSON file as NAME, read-only, and run the SQL "
                   "across them all in DuckDB (repeatable; --db, if given, is attached too as the default).")
@click.pass_context
@guarded
def query(
    ctx: click.Context,
    sql: str | None,
    db: str | None,
    file: str | None,
    fmt: str,
    output: str | None,
    read_only: bool,
    timeout: float | None,
    yes: bool,
    timing: bool,
    null: str | None,
    continue_on_error: bool,
    attach: tuple[str, ...],
) -> None:
    """Run SQL and stream the results.

    SQL comes from the argument, from --file, or from stdin.  Data goes to
    stdout (or --output); messages go to stderr.  With --attach, one statement
    may join tables of several databases and files (see docs/federation.md).
    """
    text = _read_sql(sql, file)
    since = audit_failures()
    session = open_session(ctx, db, read_only, timeout, attach)
    assume_yes = _inherit(ctx, "yes", yes)
    try:
        code = run_to_output(
            session, text, fmt=fmt, output=output, assume_yes=assume_yes, timing=timing, null=null,
            stop_on_error=not continue_on_error,
        )  # fmt: skip
    finally:
        session.close()
    sys.exit(audited_exit(code, since))


def open_session(ctx: click.Context, db: str | None, read_only: bool, timeout: float | None,
                 attach: tuple[str, ...] = ()) -> Session:  # fmt: skip
    """The command's session: a federated one (read-only, in DuckDB) with ``--attach``."""
    if attach:
        from aishell.services.federation import federated_session

        return federated_session(attach, _inherit(ctx, "db", db), timeout=_inherit(ctx, "timeout", timeout),
                                 role=_inherit(ctx, "role", None))  # fmt: skip
    return make_session(_inherit(ctx, "db", db), read_only=_inherit(ctx, "read_only", read_only),
                        timeout=_inherit(ctx, "timeout", timeout))  # fmt: skip


def _read_sql(sql: str | None, file: str | None) -> str:
    if sql is not None and file is not None:
        raise UsageError("give SQL either as an argument or with --file, not both")
    if file is not None:
        if file == "-":
            return sys.stdin.read()
        try:
            with open(file, encoding="utf-8") as fh:
                return fh.read()
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}") from None
    if sql is not None:
        return sql
    if sys.stdin.isatty():
        raise UsageError("no SQL given: pass it as an argument, with --file, or on stdin")
    return sys.stdin.read()


def display_null(null: str | None) -> str:
    """What table and vertical output show for NULL: ``--null``, else the REPL's ``null_string``
    (``<null>``), so that NULL and the empty string never look the same."""
    if null is not None:
        return null
    from aishell.config import load_settings

    return load_settings().repl.null_string


def run_to_output(
    session: Session,
    text: str,
    *,
    fmt: str,
    output: str | None,
    assume_yes: bool,
    timing: bool = False,
    null: str | None = None,
    stop_on_error: bool = True,
) -> int:
    """Run ``text`` and write its results; return the exit code."""
    from aishell.output.formats import make_writer

    if not text.strip():
        raise UsageError("no SQL statement given")
    out: IO[str]
    close = False
    if output and output != "-":
        try:
            out = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror}") from None
        close = True
    else:
        out = sys.stdout
    binary = getattr(out, "buffer", None)
    machine = fmt not in ("table", "vertical")
    writer = make_writer(fmt, out, null=display_null(null), binary=binary.write if binary is not None else None,
                         show_status=not machine)  # fmt: skip
    try:
        result = session.run(text, writer, assume_yes=assume_yes, stop_on_error=stop_on_error)
    finally:
        writer.close()
        if close:
            out.close()
        else:
            out.flush()
    for outcome in result.outcomes:
        if outcome.summary is not None:
            if machine and not outcome.summary.returns_rows and outcome.summary.status:
                click.echo(outcome.summary.status, err=True)
            if machine and outcome.summary.hidden:  # the role's row cap cut the result
                click.echo(f"truncated: {outcome.summary.hidden} more rows not returned (max_rows of role "
                           f"{session.role.name if session.role else '?'})", err=True)  # fmt: skip
            if timing:
                click.echo(f"Time: {outcome.summary.elapsed * 1000:.3f} ms", err=True)
    errors = [o.error for o in result.outcomes if o.error is not None]
    for err in errors:
        if _debug():
            import traceback

            traceback.print_exception(err, file=sys.stderr)
        click.echo(f"error: {err.one_line()}", err=True)
    return errors[0].exit_code if errors else 0


# --------------------------------------------------------------------------- conn
@cli.group()
def conn() -> None:
    """Manage saved connections (passwords are never stored)."""


@conn.command("add")
@click.argument("name")
@click.argument("url")
@click.option("--read-only", is_flag=True, help="Always open this connection read-only.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout for this connection.")
@click.option("--replace", is_flag=True, help="Overwrite a connection with the same name.")
@click.option("--default", "make_default", is_flag=True, help="Make it the default connection.")
@click.option("--role", metavar="NAME", help="Bind a role: the most any face may do on this connection.")
@click.option("--password", "ask_password", is_flag=True,
              help="Store a password in the vault as conn/NAME (typed when asked, else read from stdin).")
@guarded
def conn_add(name: str, url: str, read_only: bool, timeout: float | None, replace: bool, make_default: bool,
             role: str | None, ask_password: bool) -> None:  # fmt: skip
    """Save URL under NAME.

    \b
    A password is never written to connections.toml: one given with --password (or said in
    URL) is stored in the vault as conn/NAME (see `aishell vault`).  On connecting, the
    password is looked up in this order:
      1. the URL's own password (--db URL)
      2. $AISHELL_PASSWORD_<NAME>, then the engine's variable ($PGPASSWORD, $MYSQL_PWD)
      3. the vault's conn/NAME, when it unlocks without a prompt
      4. ~/.pgpass or the engine's own option files
      5. a prompt, on a terminal
    """
    from aishell.connections import ConnectionStore, password_env_var
    from aishell.engines import dialect_of
    from aishell.urls import DatabaseURL
    from aishell.vault import connection_secret, vault_for_saving

    if role:
        from aishell.services.roles import role_named

        role_named(role)  # an unknown role is a configuration error, before anything is saved
    secret = _read_new_password(name) if ask_password else DatabaseURL.parse(url).password
    prompt = _password_on_tty if _interactive() else None
    vault = vault_for_saving(required=ask_password, prompt=prompt, note=_echo_err) if secret else None
    store = ConnectionStore()
    saved, stripped = store.add(name, url, read_only=read_only, timeout=timeout, replace=replace, role=role)
    if make_default:
        store.set_default(name)
    click.echo(f"saved {name}: {saved.url}", err=True)
    if vault is not None and secret:
        vault.set(connection_secret(name), secret)
        click.echo(f"note: the password is stored in the vault as {connection_secret(name)}, not in the config",
                   err=True)  # fmt: skip
    elif stripped:
        hint = "set " + dialect_of(saved.parsed().engine).password_hint(password_env_var(name))
        click.echo(f"note: the password was not saved; {hint}, or type it when asked "
                   "(or keep it in the vault: aishell vault init, then conn add --password)", err=True)  # fmt: skip
    if read_only:
        _check_read_only_login(name, url)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _echo_err(text: str) -> None:
    click.echo(text, err=True)


def _read_new_password(name: str) -> str:
    """``conn add --password``: typed (hidden) on a terminal, else the first line of stdin."""
    password = _password_on_tty(f"Password for {name}: ") if _interactive() else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("no password given (type it when asked, or pipe it on stdin)")
    return password


#: statement timeout (seconds) of the rights check after ``conn add --read-only``
RIGHTS_CHECK_TIMEOUT = 10.0


def _check_read_only_login(name: str, url: str) -> None:
    """After ``conn add --read-only``: connect and say what the login could change.

    Read-only mode refuses writes in aishell and has the engine back it, but only a login
    without write rights is a guarantee.  On a terminal the user is asked first; otherwise
    the check just runs.  It never fails the command: a connection error is a warning.
    """
    from aishell.connections import resolve
    from aishell.engines import connect
    from aishell.urls import DatabaseURL

    if _interactive() and not click.confirm("Check what this login may change?", default=True, err=True):
        return
    try:
        parsed = DatabaseURL.parse(url)
        if parsed.password is None:
            parsed = resolve(name).url  # the saved connection's password variable, if set
        conn_ = connect(parsed, read_only=True, timeout=RIGHTS_CHECK_TIMEOUT)
        try:
            rights = conn_.write_privileges()
        finally:
            conn_.close()
    except Exception as exc:  # a failed check is a warning, never a failed `conn add`
        text = exc.one_line() if isinstance(exc, AishellError) else " ".join(redact(str(exc)).split())
        click.echo(f"warning: could not check what this login may change: {text or type(exc).__name__}", err=True)
        return
    if parsed.is_file:
        who, guarantee = "this OS user", "the hard guarantee is a database file this OS user cannot write"
    else:
        who = f"the login {parsed.user}" if parsed.user else "this login"
        guarantee = "the hard guarantee is a login (role) with only SELECT rights"
    if rights is None:
        click.echo(f"note: aishell cannot tell what {who} may change on this engine; {guarantee}", err=True)
    elif rights:
        click.echo(f"warning: {who} may change the database:", err=True)
        for right in rights:
            click.echo(f"  - {right}", err=True)
        click.echo(f"aishell's read-only mode refuses writes and has the engine back it, but {guarantee}", err=True)
    else:
        click.echo(f"ok: {who} has no write rights that aishell could find", err=True)


@conn.command("list")
@guarded
def conn_list() -> None:
    """List saved connections."""
    from aishell.connections import ConnectionStore

    store = ConnectionStore()
    default = store.default()
    conns = store.list()
    if not conns:
        click.echo("no saved connections (add one with: aishell conn add NAME URL)", err=True)
        return
    width = max(len(c.name) for c in conns)
    for c in conns:
        flags = []
        if c.name == default:
            flags.append("default")
        if c.read_only:
            flags.append("read-only")
        if c.timeout:
            flags.append(f"timeout={c.timeout:g}s")
        if c.role:
            flags.append(f"role={c.role}")
        suffix = f"  ({', '.join(flags)})" if flags else ""
        click.echo(f"{c.name.ljust(width)}  {c.url}{suffix}")


@conn.command("rm")
@click.argument("name")
@guarded
def conn_rm(name: str) -> None:
    """Remove a saved connection."""
    from aishell.connections import ConnectionStore

    ConnectionStore().remove(name)
    click.echo(f"removed {name}", err=True)
    from aishell.vault import forget_connection

    said = forget_connection(name)  # its password goes with it
    if said:
        click.echo(said, err=True)


@conn.command("default")
@click.argument("name")
@guarded
def conn_default(name: str) -> None:
    """Make NAME the connection opened when no --db is given."""
    from aishell.connections import ConnectionStore

    ConnectionStore().set_default(name)
    click.echo(f"default connection: {name}", err=True)


@conn.command("test")
@click.argument("name")
@guarded
def conn_test(name: str) -> None:
    """Connect to NAME (a saved name or a URL) and report the server version."""
    from aishell.services.connect import test_connection

    session = make_session(name)
    check = test_connection(session)
    click.echo(f"ok: {session.target.url.display()} - {check.version} ({check.elapsed_ms:.0f} ms)")


# --------------------------------------------------------------------------- history
@cli.command()
@click.option("--db", "-d", metavar="URL|NAME", help="Only this connection's history.")
@click.option("-n", "--limit", type=int, default=20, show_default=True)
@click.option("--search", "-s", help="Only statements containing this text.")
@guarded
def history(db: str | None, limit: int, search: str | None) -> None:
    """Show recent statements with their timings."""
    import datetime as dt

    from aishell.state import StateStore

    label = identity = None
    if db:
        from aishell.connections import resolve

        target = resolve(db)
        label, identity = target.label, target.url.identity()  # a name's history includes its URL's
    for e in reversed(StateStore().history(connection=label, target=identity, limit=limit, search=search)):
        when = dt.datetime.fromtimestamp(e.ts).strftime("%Y-%m-%d %H:%M:%S")
        ms = f"{e.duration_ms:.1f} ms" if e.duration_ms is not None else "-"
        sql = " ".join(e.sql.split())
        click.echo(f"{when}  {e.connection}  {e.status:<9} {ms:>10}  {sql}")


#: True once every ``cmd_*`` module has been imported
_COMMAND_MODULES_LOADED = False

#: the ``cmd_*`` module that declares each command not declared here (a command missing from
#: this table is still found: its look-up loads every module; a test keeps the table complete)
COMMAND_MODULES = {
    "vault": "cmd_vault",
    "advise": "cmd_advise", "ask": "cmd_ask", "eval": "cmd_ask", "backup": "cmd_data", "copy": "cmd_data",
    "export": "cmd_data", "import": "cmd_data", "doctor": "cmd_doctor", "explain": "cmd_explain",
    "health": "cmd_health", "mcp": "cmd_mcp", "slow": "cmd_slow", "top": "cmd_top", "web": "cmd_web",
    "monitor": "cmd_monitor", "migrate": "cmd_migrate", "fleet": "cmd_fleet", "worker": "cmd_fleet",
    "audit": "cmd_audit", "flow": "cmd_flow",
}  # fmt: skip


def _load_command_modules() -> None:
    """Each ``aishell/cli/cmd_*.py`` module adds its commands to :data:`cli` when imported.

    These modules only declare click commands; what they run is imported inside the
    command functions.  :class:`_RootGroup` calls this when the commands are listed or a name
    is looked up that neither this module nor :data:`COMMAND_MODULES` knows: a one-shot
    ``aishell query`` loads none of them, ``aishell ask`` only its own.
    """
    global _COMMAND_MODULES_LOADED
    if _COMMAND_MODULES_LOADED:
        return
    import importlib
    import pkgutil

    import aishell.cli as package

    _COMMAND_MODULES_LOADED = True  # before the imports: each module imports this one
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"aishell.cli.{info.name}")


#: set by :func:`main`: this process is the command line's own, so a command may end it with :func:`leave`
_OWN_PROCESS = False


def own_process() -> bool:
    """Whether this process is the command line's own (:func:`main`), not a test runner's."""
    return _OWN_PROCESS


def leave(code: int) -> NoReturn:
    """End a command with ``code``.  In its own process (:func:`main`) the output is flushed and the
    exit handlers run, then the process ends without tearing down its objects: the interpreter's
    teardown took 60-90 ms after ``aishell query "select 1"`` on PostgreSQL had printed its row (a
    third of its run), and ~150 ms after ``aishell ask`` on a 2,000-table catalog.  Every file a command
    writes is closed before it returns (the audit log writes through its own descriptor and closes at
    exit).  A thread that is no daemon still running, or a test runner's process: an ordinary exit."""
    threading = sys.modules.get("threading")
    if not _OWN_PROCESS or (threading is not None and any(
            t.is_alive() and not t.daemon and t is not threading.main_thread() for t in threading.enumerate())):
        sys.exit(code)
    import atexit

    _flush()
    atexit._run_exitfuncs()
    _flush()  # what the handlers wrote
    os._exit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


def exit_status(code: object) -> int:
    """The process's exit status for ``sys.exit(code)``, as the interpreter reckons it: ``None`` is 0,
    a number is itself, anything else is printed on stderr and is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    with contextlib.suppress(OSError, ValueError):
        print(code, file=sys.stderr)
    return 1


def main() -> None:
    """The ``aishell`` command: every command ends through :func:`leave`."""
    global _OWN_PROCESS
    _OWN_PROCESS = True
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - click turns most into Abort
        code = EXIT_INTERRUPTED
    except SystemExit as done:
        code = exit_status(done.code)
    else:  # pragma: no cover - standalone click always ends with SystemExit
        code = 0
    leave(code)


__all__ = ["EXIT_USAGE", "cli", "leave", "main"]
