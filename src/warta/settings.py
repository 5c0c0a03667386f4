"""Settings: one table of (name, default, help), the fields of the frozen ``Options`` object.

Options are passed explicitly; nothing reads them from a global. ``Options.from_env()`` lets a deployment set
any of them as ``WARTA_<NAME>`` environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace


def _setting(default: object, help: str):  # noqa: A002 - "help" reads best in the table below
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Options:
    max_chars: int = _setting(1_000_000, "Longest article text analysed, in characters; longer inputs are refused.")
    max_bytes: int = _setting(20_000_000, "Largest input file read, in bytes (HTML pages are larger than their text).")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Options:
        environ = os.environ if environ is None else environ
        changes = {
            f.name: type(f.default)(environ[f"WARTA_{f.name.upper()}"])
            for f in fields(cls)
            if f"WARTA_{f.name.upper()}" in environ
        }
        return replace(cls(), **changes)


def describe() -> list[tuple[str, object, str]]:
    """The settings table (name, default, help), for docs and --help texts."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Options)]
