"""The ``imagejobs`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._operations import operations
from ._registry import VENDORS, check_vendor
from ._version import __version__
from .errors import UnknownVendorError


def _cmd_operations(args: argparse.Namespace) -> int:
    vendors = [check_vendor(v) for v in args.vendors] or list(VENDORS)
    rows = [("VENDOR", "FUNCTION", "METHOD", "PATH", "SUMMARY")]
    for vendor in vendors:
        for op in operations(vendor):
            rows.append((vendor, f"{op.tag}.{op.name}", op.method, op.path, op.summary))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="imagejobs", description="Submit, poll and inspect image-processing jobs.")
    parser.add_argument("--version", action="version", version=f"imagejobs {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ops = commands.add_parser("operations", help="list each vendor's generated operations")
    ops.add_argument("vendors", nargs="*", metavar="VENDOR", help=f"one of: {', '.join(VENDORS)} (default: all)")
    ops.set_defaults(handler=_cmd_operations)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except UnknownVendorError as exc:
        print(f"imagejobs: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
