"""``python -m creditcheck`` and the ``creditcheck`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    from .quick import try_quick

    code = try_quick(sys.argv[1:])
    if code is None:
        from .cli import run

        code = run(sys.argv[1:])
    sys.exit(code)


if __name__ == "__main__":
    main()
