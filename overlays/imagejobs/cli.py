"""The ``imagejobs`` command: submit, status, list, watch, sandbox, demo (and operations).

Credentials come from the ``IMAGEJOBS_<VENDOR>_<FIELD>`` variables the client factories read; ``imagejobs sandbox``
prints a ready set for the local sandboxes. ``--json`` prints one normalized Job per line, keys as in the schema.
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
from ._registry import VENDORS, check_vendor, vendor_module
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


# --- output -------------------------------------------------------------------------------------------------------


def _print_jobs(jobs: Iterable[Any], as_json: bool, title: str | None = None) -> None:
    if as_json:
        for job in jobs:
            _print_json(job)
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
    """A terminal's own width; piped output gets a wide table rather than one folded to 80 columns."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def _table(jobs: list[Any], title: str | None = None) -> Any:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in ("vendor", "job id", "kind", "state", "vendor status", "progress", "updated", "outputs / error"):
        table.add_column(column, overflow="fold")
    colours = {"completed": "green", "failed": "red", "running": "cyan", "pending": "yellow", "unknown": "magenta"}
    for job in jobs:
        detail = (
            f"{job.error.code or ''} {job.error.message or ''}".strip()
            if job.error
            else ", ".join(o.name for o in job.outputs)
        )
        table.add_row(
            job.vendor.value,
            scrub(job.job_id),
            scrub(job.kind or ""),
            f"[{colours.get(job.state.value, 'white')}]{job.state.value}[/]",
            scrub(job.vendor_status or ""),
            "" if job.progress is None else f"{job.progress:.0%}",
            (job.updated_at or job.created_at).isoformat(timespec="seconds")
            if (job.updated_at or job.created_at)
            else "",
            scrub(detail),
        )
    return table


# --- job sources from the environment ----------------------------------------------------------------------------


def _source(vendor: str) -> Any:
    module = vendor_module(check_vendor(vendor))
    return module.jobs(module.client())


def _ref(vendor: str, job_id: str, user_id: str | None) -> Any:
    from imagejobs_generated.normalized_job import JobRef, Vendor

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
    vendor = args.vendor
    if vendor == "sasha":
        return {"operation": args.operation, "media_url": args.media_url, "media_mime_type": args.mime_type,
                "file": args.file, "callback_url": args.callback_url}  # fmt: skip
    if vendor == "huawei_moderation":
        return {"urls": args.url, "categories": args.category}
    if vendor == "alibaba_vod":
        return {"video_id": args.video_id, "template_id": args.template_id, "user_data": args.user_data}
    if vendor == "tic_lens":
        return {"file": args.file, "language": args.language, "webhook_url": args.webhook_url}
    return {}


def _cmd_submit(args: argparse.Namespace) -> int:
    job = _source(args.vendor).submit(**{k: v for k, v in _submit_kwargs(args).items() if v is not None})
    _print_jobs([job], args.json, "submitted")
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    source = _source(args.vendor)
    jobs = source.get_many([_ref(args.vendor, job_id, args.user_id) for job_id in args.job_ids])
    _print_jobs(jobs, args.json)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    source = _source(args.vendor)
    jobs = []
    for job in source.list(args.state):
        jobs.append(job)
        if args.limit and len(jobs) >= args.limit:
            break
    _print_jobs(jobs, args.json)
    return EXIT_OK


def _cmd_watch(args: argparse.Namespace) -> int:
    from ._poller import wait

    refs = [_ref(args.vendor, job_id, args.user_id) for job_id in args.job_ids]
    if not refs and not args.token:
        raise UsageError("give job ids or --token")
    sources = {args.vendor: _source(args.vendor)} if refs else None
    result = _watch(lambda on_change: wait(refs, token=args.token, sources=sources, timeout=args.timeout,
                                           on_change=on_change), args.json)  # fmt: skip
    return _exit_for(result)


def _watch(run: Any, as_json: bool, final_table: bool = True) -> Any:
    """Run a wait with a live table (or, with --json, one line per change) and print where every job ended."""
    if as_json:
        return run(_print_json)
    if not sys.stdout.isatty():  # no live display in a pipe or a log: the final table is printed once, below
        result = run(lambda job: None)
        if final_table:
            _print_jobs([*result.done, *(p for p in result.pending if hasattr(p, "state"))], False, "done")
        return _report_pending(result)
    from rich.live import Live

    latest: dict[tuple[str, str], Any] = {}
    with Live(_table([], "waiting"), console=_console(), refresh_per_second=8, transient=True) as live:

        def on_change(job: Any) -> None:
            latest[(job.vendor.value, job.job_id)] = job
            live.update(_table(list(latest.values()), "waiting"))

        result = run(on_change)
    if final_table:
        _print_jobs([*result.done, *(p for p in result.pending if hasattr(p, "state"))], False, "done")
    return _report_pending(result)


def _report_pending(result: Any) -> Any:
    for lost in result.lost:  # a job the wait could not follow: its typed error (no secret is ever in one)
        print(f"{lost.ref.vendor.value} {lost.ref.job_id}: {type(lost.error).__name__}: {lost.error}", file=sys.stderr)
    if result.pending:
        print(f"still pending after the timeout; resume with: imagejobs watch --token {result.token}", file=sys.stderr)
    return result


def _exit_for(result: Any) -> int:
    if result.failed or result.lost:
        return EXIT_FAILED_JOBS
    return EXIT_TIMEOUT if result.pending else EXIT_OK


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from .sandbox import env_lines, serve_forever

    if args.print_env:
        print("\n".join(env_lines(args.port)))
        return EXIT_OK
    serve_forever(args.port)
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from ._demo import run_demo

    started = time.monotonic()
    live = not args.json and sys.stdout.isatty()
    jobs = run_demo(on_table=functools.partial(_watch, final_table=False) if live else None, as_json=args.json)
    if args.json:
        _print_jobs(jobs, True)
    else:
        _print_jobs(jobs, False, f"imagejobs demo: {len(jobs)} jobs at 5 vendors ({time.monotonic() - started:.1f} s)")
    return EXIT_OK


# --- parser -------------------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imagejobs",
        description="Submit, poll and inspect image-processing jobs.",
        epilog="The commands need the [cli] extra (pip install 'imagejobs[cli]'); sandbox and demo also the "
        "[sandbox] extra (pip install 'imagejobs[cli,sandbox]').",
    )
    parser.add_argument("--version", action="version", version=f"imagejobs {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Any, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    ops = command("operations", _cmd_operations, "list each vendor's generated operations")
    ops.add_argument("vendors", nargs="*", metavar="VENDOR", help=f"one of: {', '.join(VENDORS)} (default: all)")

    submit = command("submit", _cmd_submit, "submit a job")
    vendors = submit.add_subparsers(dest="vendor", required=True, metavar="VENDOR")
    s = vendors.add_parser("sasha", help="embed a signature by URL, or look one up by URL or file")
    s.add_argument("--operation", choices=["embed", "lookup"], default="embed")
    s.add_argument("--media-url")
    s.add_argument("--mime-type")
    s.add_argument("--file", help="an image to look up (upload)")
    s.add_argument("--callback-url")
    h = vendors.add_parser("huawei_moderation", help="moderate a batch of image URLs")
    h.add_argument("--url", action="append", required=True, help="an image URL (repeat for a batch)")
    h.add_argument("--category", action="append", help="politics, terrorism, porn (repeat)")
    a = vendors.add_parser("alibaba_vod", help="run an image AI template on a video")
    a.add_argument("--video-id", required=True)
    a.add_argument("--template-id", required=True)
    a.add_argument("--user-data", help="a JSON string")
    t = vendors.add_parser("tic_lens", help="analyze an image or PDF")
    t.add_argument("--file", required=True)
    t.add_argument("--language")
    t.add_argument("--webhook-url")
    vendors.add_parser("smile_identity", help="(not supported: Smile jobs come from Smile's other products)")
    for sub in (s, h, a, t, vendors.choices["smile_identity"]):
        sub.add_argument("--json", action="store_true", help="one normalized Job per line, as JSON")

    status = command("status", _cmd_status, "show jobs by id")
    list_ = command("list", _cmd_list, "list a vendor's jobs")
    watch = command("watch", _cmd_watch, "wait for jobs, with live progress; exit 1 if any failed")
    for sub in (status, list_, watch):
        sub.add_argument("vendor", metavar="VENDOR", help=f"one of: {', '.join(VENDORS)}")
        sub.add_argument("--json", action="store_true", help="one normalized Job per line, as JSON")
    for sub in (status, watch):
        sub.add_argument("job_ids", nargs="*" if sub is watch else "+", metavar="JOB_ID")
        sub.add_argument("--user-id", help="Smile: the job's user_id")
    list_.add_argument("--state", choices=["pending", "running", "completed", "failed"])
    list_.add_argument("--limit", type=int, default=50)
    watch.add_argument("--timeout", type=float, default=600.0, help="seconds (default 600)")
    watch.add_argument("--token", help="resume from the continuation token an earlier watch printed")

    sandbox = command("sandbox", _cmd_sandbox, "run the five local vendor sandboxes on ports N..N+4")
    sandbox.add_argument("--port", type=int, default=8600)
    sandbox.add_argument("--print-env", action="store_true", help="print the variables for that port and exit")

    demo = command("demo", _cmd_demo, "submit jobs to the local sandboxes, wait for them, print the table")
    demo.add_argument("--json", action="store_true", help="one normalized Job per line, as JSON")
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
