#!/usr/bin/env python3
"""Run the fault catalogue against the local sandboxes and print a table: each fault x vendor x action, its outcome.

    python scripts/faults.py            # every case
    python scripts/faults.py sasha      # one vendor

The closing line is ``N passed, N failed``; the exit status is 1 if any case failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _fault_matrix import TIMINGS, cases, run_case

from imagejobs.sandbox import Sandbox


def main(argv: list[str]) -> int:
    wanted = set(argv)
    selected = [c for c in cases() if not wanted or c.vendor in wanted]
    rows = []
    with Sandbox(timings=TIMINGS) as sandbox:
        for case in selected:
            outcome = run_case(sandbox, case)
            rows.append((case.vendor, case.action, case.label or case.fault.kind, outcome.detail,
                         str(outcome.attempts), f"{outcome.seconds:.2f}", "ok" if outcome.passed else
                         "FAIL: " + "; ".join(outcome.problems)))  # fmt: skip
    header = ("vendor", "action", "fault", "outcome", "attempts", "seconds", "result")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, [*widths, 6], strict=False)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in [*widths, 6]) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, [*widths, 6], strict=False)) + " |")
    failed = sum(1 for r in rows if r[-1] != "ok")
    print(f"{len(rows) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
