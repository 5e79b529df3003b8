"""The ``imagejobs`` command: submit, status, list, watch, sandbox, demo (and operations).

Credentials come from the ``IMAGEJOBS_<VENDOR>_<FIELD>`` variables the client factories read; ``imagejobs sandbox``
prints a ready set for the local sandboxes. ``--json`` prints one normalized Job per line, keys as in the schema.
Tables are drawn with rich on a terminal (imported only then) and printed as plain text at their natural width in a
pipe or a file.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic_core import PydanticSerializationError

from ._extras import require
from ._redact import scrub
from ._registry import VENDORS, check_vendor, descriptor, vendor_module
from ._version import __version__
from .errors import (
    CredentialsError,
    ImageJobsError,
    MissingDependencyError,
    UnknownVendorError,
    UnsupportedOperation,
    UsageError,
)

EXIT_OK, EXIT_FAILED_JOBS, EXIT_USAGE, EXIT_ERROR, EXIT_TIMEOUT = 0, 1, 2, 3, 4

EXIT_CODES = """exit codes:
  0    success (watch: every job completed)
  1    watch: a job failed (the vendor could not process it)
  2    bad usage: arguments, credentials, an unsupported operation, a busy port
  3    the vendor or the network refused or failed (the error is printed)
  4    watch: the timeout came first (a token to resume is printed, or written to --token-file)
  130  interrupted (Ctrl-C)"""

#: The final states a watch waits for (``unknown`` is not final).
_FINAL = ("completed", "failed")


# --- output -------------------------------------------------------------------------------------------------------


def _print_jobs(jobs: Iterable[Any], as_json: bool, title: str | None = None) -> None:
    if as_json:
        for job in jobs:
            _print_json(job)
        return
    if not sys.stdout.isatty():  # a pipe or a file: plain text, every cell whole, at its natural width
        print(_plain_table(list(jobs), title), flush=True)
        return
    _console().print(_table(list(jobs), title))


def _tolerant_stdout() -> None:
    """Vendor text with a lone surrogate (cut mid-emoji) prints escaped in a table rather than ending the command."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def _print_json(job: Any) -> None:
    try:
        line = job.model_dump_json()
    except PydanticSerializationError:  # a lone surrogate (text cut mid-emoji by the vendor) is not UTF-8
        line = json.dumps(job.model_dump(mode="json"))  # JSON escapes it as \udXXX
    print(scrub(line), flush=True)  # a vendor echoing a configured secret into a job is not repeated here


def _console() -> Any:
    """The terminal's console (rich is imported only when a table is drawn on a terminal)."""
    from rich.console import Console

    return Console()


_COLUMNS = ("vendor", "job id", "kind", "state", "vendor status", "progress", "updated", "outputs / error")
#: Columns never folded: an id cut in two cannot be copied.
_WHOLE = ("vendor", "job id", "state")


def _row(job: Any) -> tuple[str, ...]:
    detail = (
        f"{job.error.code or ''} {job.error.message or ''}".strip()
        if job.error
        else ", ".join(o.name for o in job.outputs)
    )
    when = job.updated_at or job.created_at
    return (  # what the vendor wrote is scrubbed: a vendor echoing a configured secret is not repeated here
        job.vendor.value,
        scrub(job.job_id),
        scrub(job.kind or ""),
        job.state.value,
        scrub(job.vendor_status or ""),
        "" if job.progress is None else f"{job.progress:.0%}",
        when.isoformat(timespec="seconds") if when else "",
        scrub(detail),
    )


def _plain_table(jobs: list[Any], title: str | None = None) -> str:
    rows = [_COLUMNS, *(tuple(" ".join(cell.split()) for cell in _row(job)) for job in jobs)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS) - 1)]
    lines = [title] if title else []
    lines += ["  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]).rstrip() for row in rows]
    return "\n".join(lines)


def _table(jobs: list[Any], title: str | None = None) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    rows = [_row(job) for job in jobs]
    for index, column in enumerate(_COLUMNS):
        if column in _WHOLE:
            width = max([len(column), *(len(row[index]) for row in rows)])
            table.add_column(column, no_wrap=True, overflow="ignore", min_width=width)
        else:
            table.add_column(column, overflow="fold")
    colours = {"completed": "green", "failed": "red", "running": "cyan", "pending": "yellow", "unknown": "magenta"}
    for row in rows:  # Text, not markup: a vendor's "[" in an id or a message is printed as it is
        cells = [Text(cell) for cell in row]
        cells[3].stylize(colours.get(row[3], "white"))
        table.add_row(*cells)
    return table


# --- job sources from the environment ----------------------------------------------------------------------------


def _source(vendor: str) -> Any:
    module = vendor_module(check_vendor(vendor))
    return module.jobs(module.client())


def _ref(vendor: str, job_id: str, user_id: str | None) -> Any:
    from imagejobs_generated.normalized_job import JobRef, Vendor

    if "user_id" in vendor_module(vendor).Jobs.required_extra and not user_id:  # Smile
        raise UsageError(f"{vendor}: job {job_id!r} needs its user id: add --user-id USER_ID")
    return JobRef(vendor=Vendor(vendor), job_id=job_id, extra={"user_id": user_id} if user_id else {})


# --- commands -----------------------------------------------------------------------------------------------------


def _cmd_operations(args: argparse.Namespace) -> int:
    from ._operations import operations

    vendors = [check_vendor(v) for v in args.vendors] or list(VENDORS)
    rows = [("VENDOR", "FUNCTION", "METHOD", "PATH", "SUMMARY")]
    for vendor in vendors:
        for op in operations(vendor):
            rows.append((vendor, f"{op.tag}.{op.name}", op.method, op.path, op.summary))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    return EXIT_OK


def _submit_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """The submit keywords the vendor's flags (its descriptor's ``submit.flags``) filled in."""
    form = descriptor(args.vendor).submit
    return {flag.keyword: getattr(args, flag.keyword) for flag in form.flags} if form is not None else {}


def _check_submit_flags(args: argparse.Namespace) -> None:
    """What the job source would refuse, said with the command's flags rather than its Python keywords (the
    vendor's descriptor's ``submit.check_flags``)."""
    form = descriptor(args.vendor).submit
    if form is not None and form.check_flags is not None:
        form.check_flags(_submit_kwargs(args))


def _cmd_submit(args: argparse.Namespace) -> int:
    _check_submit_flags(args)
    job = _source(args.vendor).submit(**{k: v for k, v in _submit_kwargs(args).items() if v is not None})
    _print_jobs([job], args.json, "submitted")
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    source = _source(args.vendor)
    jobs = source.get_many([_ref(args.vendor, job_id, args.user_id) for job_id in args.job_ids])
    _print_jobs(jobs, args.json)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")
    source = _source(args.vendor)
    jobs: list[Any] = []
    more = False
    for job in source.list(args.state):
        if args.limit and len(jobs) >= args.limit:
            more = True  # one past the limit: there is at least one more
            break
        jobs.append(job)
    title = f"first {len(jobs)} jobs (--limit {args.limit}; more exist)" if more else f"{len(jobs)} jobs"
    _print_jobs(jobs, args.json, title)
    if more:
        print(f"imagejobs: stopped at --limit {args.limit}; more jobs exist (--limit 0 lists all)", file=sys.stderr)
    return EXIT_OK


def _read_token(path: str) -> str | None:
    """The token in ``path`` (``-``: standard input); None when the file does not exist yet."""
    if path == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UsageError(f"--token-file {path}: {exc.strerror}") from None
    token = text.strip()
    if not token:
        raise UsageError(f"--token-file {path}: empty, no token in it")
    return token


def _token_vendors(token: str) -> set[str]:
    from ._poller import decode_token

    return {ref.vendor.value for ref, _, _ in decode_token(token)}


def _cmd_watch(args: argparse.Namespace) -> int:
    from ._poller import wait

    if args.token is not None and args.token_file is not None:
        raise UsageError("give --token or --token-file, not both")
    token = args.token if args.token is not None else _read_token(args.token_file) if args.token_file else None
    if args.job_ids and args.vendor is None:
        raise UsageError("job ids need their VENDOR: imagejobs watch VENDOR JOB_ID ...")
    if token is not None and args.vendor is not None:
        others = _token_vendors(token) - {args.vendor}
        if others:
            raise UsageError(
                f"the token holds jobs of {', '.join(sorted(others))}, not {args.vendor}: resume without VENDOR "
                f"(imagejobs watch --token ...) or give {args.vendor}'s own token"
            )
    elif args.vendor is None and token is None:
        if args.token_file is not None:
            raise UsageError(f"--token-file {args.token_file}: no such file; give VENDOR JOB_ID ... to start a watch")
        raise UsageError("give VENDOR JOB_ID ..., or --token/--token-file to resume an earlier watch")
    refs = [_ref(args.vendor, job_id, args.user_id) for job_id in args.job_ids]
    if not refs and token is None:
        raise UsageError(f"give job ids to watch: imagejobs watch {args.vendor} JOB_ID ...")
    total = len(refs) + (len(_pending_in(token)) if token is not None else 0)
    sources = {args.vendor: _source(args.vendor)} if refs else None
    result = _watch(lambda on_change: wait(refs, token=token, sources=sources, timeout=args.timeout,
                                           on_change=on_change), args.json, total=total,
                    timeout=args.timeout)  # fmt: skip
    _save_token(result, args.token_file)
    return _exit_for(result)


def _pending_in(token: str) -> list[Any]:
    """The jobs of a token still to wait for (those not already final in it)."""
    from ._poller import decode_token

    return [ref for ref, state, _ in decode_token(token) if state is None or state.value not in _FINAL]


def _save_token(result: Any, token_file: str | None) -> None:
    """Where to resume: written back to --token-file PATH (always), else printed on stderr when jobs are pending."""
    if token_file is not None and token_file != "-":
        try:
            with open(token_file, "w", encoding="utf-8") as fh:
                fh.write(result.token + "\n")
        except OSError as exc:
            raise UsageError(f"--token-file {token_file}: cannot write the token: {exc.strerror}") from None
        if result.pending:
            print(f"still pending after the timeout; resume with: imagejobs watch --token-file {token_file}",
                  file=sys.stderr)  # fmt: skip
    elif result.pending:
        print(f"still pending after the timeout; resume with: imagejobs watch --token {result.token}", file=sys.stderr)


def _title(result: Any, started: float, timeout: float | None) -> str:
    total = len(result.done) + len(result.pending) + len(result.lost)  # lost: on stderr, with their errors
    elapsed = time.monotonic() - started
    if result.pending:
        limit = f" after {timeout:g} s" if timeout is not None else ""
        return f"timed out{limit}: {len(result.done)}/{total} done, {len(result.pending)} still pending"
    failed = f", {len(result.failed)} failed" if result.failed else ""
    lost = f", {len(result.lost)} lost (errors on stderr)" if result.lost else ""
    return f"done: {len(result.done)}/{total} in {elapsed:.1f} s{failed}{lost}"


def _watch(
    run: Any, as_json: bool, final_table: bool = True, total: int | None = None, timeout: float | None = None
) -> Any:
    """Run a wait with a live table (or, with --json, one line per change) and print where every job ended."""
    started = time.monotonic()
    if as_json:
        result = run(_print_json)
        _report_lost(result)
        return result
    if not sys.stdout.isatty():  # no live display in a pipe or a log: the final table is printed once, below
        result = run(lambda job: None)
    else:
        from rich.live import Live

        latest: dict[tuple[str, str], Any] = {}

        def view() -> Any:
            done = sum(job.state.value in _FINAL for job in latest.values())
            of = total if total is not None else len(latest)
            elapsed = time.monotonic() - started
            return _table(list(latest.values()), f"waiting: {done}/{of} done, {elapsed:.1f} s elapsed")

        def on_change(job: Any) -> None:
            latest[(job.vendor.value, job.job_id)] = job

        with Live(console=_console(), get_renderable=view, refresh_per_second=8, transient=True):
            result = run(on_change)
    if final_table:
        jobs = [*result.done, *(p for p in result.pending if hasattr(p, "state"))]
        _print_jobs(jobs, False, _title(result, started, timeout))
    _report_lost(result)
    return result


def _report_lost(result: Any) -> None:
    for lost in result.lost:  # a job the wait could not follow: its typed error (no secret is ever in one)
        print(f"{lost.ref.vendor.value} {lost.ref.job_id}: {type(lost.error).__name__}: {lost.error}", file=sys.stderr)


def _exit_for(result: Any) -> int:
    if result.failed or result.lost:
        return EXIT_FAILED_JOBS
    return EXIT_TIMEOUT if result.pending else EXIT_OK


def _export_lines(env: dict[str, str]) -> list[str]:
    """``export NAME=value`` lines that a POSIX shell's ``eval "$(...)"`` accepts, values quoted."""
    import shlex

    return [f"export {name}={shlex.quote(value)}" for name, value in env.items()]


def _seeded_lines() -> list[str]:
    """Comment lines (the shell ignores them) naming the jobs the sandboxes seed (each sandbox class's ``seeded``:
    Smile's jobs come from Smile's other products), ready to copy."""
    from .sandbox import sandbox_class

    lines = []
    for vendor in VENDORS:
        refs = sandbox_class(vendor).seeded()
        if refs:
            lines.append(f"# {vendor}: the sandbox seeds these jobs (they are not submitted here)")
        for ref in refs:
            user = f" --user-id {ref.extra['user_id']}" if ref.extra.get("user_id") else ""
            lines.append(f"#   imagejobs status {vendor} {ref.job_id}{user}")
    return lines


def _cmd_sandbox(args: argparse.Namespace) -> int:
    last = len(VENDORS) - 1
    if not 0 < args.port <= 65535 - last:
        raise UsageError(
            f"--port {args.port}: give a port from 1 to {65535 - last} (the sandbox uses --port..--port+{last})"
        )
    from .sandbox import Sandbox, env_lines

    if args.print_env:
        env = dict(line.split("=", 1) for line in env_lines(args.port))
        print("\n".join([*_export_lines(env), *_seeded_lines()]))
        return EXIT_OK
    sandbox = Sandbox(port=args.port)
    try:
        sandbox.start()
    except OSError as exc:
        raise UsageError(f"{exc.strerror or exc} (choose other ports with --port)") from None
    try:
        print("\n".join([*_export_lines(sandbox.env()), *_seeded_lines()]), flush=True)
        print(f"# imagejobs sandbox on 127.0.0.1:{args.port}..{args.port + 4}; Ctrl-C to stop", file=sys.stderr,
              flush=True)  # fmt: skip
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        sandbox.stop()


def _cmd_demo(args: argparse.Namespace) -> int:
    from ._demo import run_demo

    started = time.monotonic()
    live = not args.json and sys.stdout.isatty()
    jobs = run_demo(on_table=functools.partial(_watch, final_table=False) if live else None, as_json=args.json)
    if args.json:
        _print_jobs(jobs, True)
    else:
        seconds = time.monotonic() - started
        _print_jobs(jobs, False, f"imagejobs demo: {len(jobs)} jobs at {len(VENDORS)} vendors ({seconds:.1f} s)")
    return EXIT_OK


# --- parser -------------------------------------------------------------------------------------------------------


def _job_states() -> list[str]:
    """Every normalized state, from the generated Job schema (so a state added to the schema is offered too)."""
    from imagejobs_generated.normalized_job import JobState

    return [state.value for state in JobState]


def _add_submit_parser(vendors: Any, vendor: str, formatting: dict[str, Any]) -> None:
    """``imagejobs submit VENDOR``, its options read from the vendor's descriptor."""
    form = descriptor(vendor).submit
    if form is None:
        help = f"(not supported: {vendor_module(vendor).Jobs.no_submit_reason})"
        sub = vendors.add_parser(vendor, help=help, description=help, **formatting)
    else:
        sub = vendors.add_parser(vendor, help=form.help, description=form.help, **formatting)
        for flag in form.flags:
            options: dict[str, Any] = {"dest": flag.keyword, "help": flag.help, "required": flag.required}
            if flag.metavar is not None:
                options["metavar"] = flag.metavar
            if flag.repeat:
                options["action"] = "append"
            if flag.choices:
                options["choices"] = list(flag.choices)
            if flag.default is not None:
                options["default"] = flag.default
            sub.add_argument(flag.flag, **options)
    sub.add_argument("--json", action="store_true", help="print one normalized Job per line, as JSON")


def _parser() -> argparse.ArgumentParser:
    formatting: dict[str, Any] = {"formatter_class": argparse.RawDescriptionHelpFormatter, "epilog": EXIT_CODES}
    extras = (
        "The commands need the [cli] extra (pip install 'imagejobs[cli]'); sandbox and demo also the\n"
        "[sandbox] extra (pip install 'imagejobs[cli,sandbox]')."
    )
    parser = argparse.ArgumentParser(
        prog="imagejobs",
        description="Submit, poll and inspect image-processing jobs.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"{EXIT_CODES}\n\n{extras}",
    )
    parser.add_argument("--version", action="version", version=f"imagejobs {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", help="what to do")

    def command(name: str, handler: Any, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, **formatting)
        sub.set_defaults(handler=handler)
        return sub

    def as_json(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help="print one normalized Job per line, as JSON")

    one_of = f"one of: {', '.join(VENDORS)}"
    ops = command("operations", _cmd_operations, "list each vendor's generated operations")
    ops.add_argument("vendors", nargs="*", metavar="VENDOR", help=f"{one_of} (default: all)")

    submit = command("submit", _cmd_submit, "submit a job (credentials from the IMAGEJOBS_<VENDOR>_* variables)")
    vendors = submit.add_subparsers(dest="vendor", required=True, metavar="VENDOR", help="the vendor to submit to")
    for name in VENDORS:
        _add_submit_parser(vendors, name, formatting)

    status = command("status", _cmd_status, "show jobs by id")
    list_ = command("list", _cmd_list, "list a vendor's jobs, newest first as the vendor pages them")
    watch = command(
        "watch",
        _cmd_watch,
        "wait for jobs with live progress (elapsed time, done/total); resume a timed-out watch with its token",
    )
    for sub in (status, list_):
        sub.add_argument("vendor", metavar="VENDOR", help=one_of)
    watch.add_argument("vendor", nargs="?", metavar="VENDOR", help=f"{one_of} (optional with a token)")
    for sub in (status, list_, watch):
        as_json(sub)
    status.add_argument("job_ids", nargs="+", metavar="JOB_ID", help="the jobs to show")
    watch.add_argument("job_ids", nargs="*", metavar="JOB_ID", help="the jobs to wait for")
    for sub in (status, watch):
        sub.add_argument("--user-id", metavar="USER_ID", help="smile_identity: the jobs' user id (required there)")
    list_.add_argument("--state", choices=_job_states(), help="only jobs in this normalized state")
    list_.add_argument("--limit", type=int, default=50, metavar="N", help="stop after N jobs (default 50; 0: all)")
    watch.add_argument("--timeout", type=float, default=600.0, metavar="SECONDS", help="give up after (default 600)")
    watch.add_argument("--token", help="resume from the token a timed-out watch printed (VENDOR optional)")
    watch.add_argument(
        "--token-file",
        metavar="PATH",
        help="resume from the token in PATH if it exists ('-': standard input); the new token is written back to "
        "PATH, so the same command resumes again",
    )

    sandbox = command(
        "sandbox", _cmd_sandbox, f"run the {len(VENDORS)} local vendor sandboxes on ports PORT..PORT+{len(VENDORS) - 1}"
    )
    sandbox.add_argument("--port", type=int, default=8600, help=f"the first of {len(VENDORS)} ports (default 8600)")
    sandbox.add_argument(
        "--print-env",
        action="store_true",
        help='print the export lines for that port and exit (eval "$(imagejobs sandbox --print-env)")',
    )

    demo = command("demo", _cmd_demo, "submit jobs to the local sandboxes, wait for them, print the table")
    as_json(demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _tolerant_stdout()
    try:
        require("cli", "the imagejobs command")
        if args.handler in (_cmd_sandbox, _cmd_demo):
            require("sandbox", f"imagejobs {args.command}")
        if getattr(args, "vendor", None) is not None:
            check_vendor(args.vendor)
        code: int = args.handler(args)
    except MissingDependencyError as exc:
        print(f"imagejobs: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (UnknownVendorError, UsageError, CredentialsError, UnsupportedOperation) as exc:
        print(f"imagejobs: {scrub(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except ImageJobsError as exc:
        print(f"imagejobs: {type(exc).__name__}: {scrub(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
