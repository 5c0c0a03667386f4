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
    # 300,000 characters is ten times a very long article; analysis time grows faster than linearly beyond it
    max_chars: int = _setting(300_000, "Longest article text analysed, in characters; longer inputs are refused.")
    max_bytes: int = _setting(20_000_000, "Largest input file read, in bytes (HTML pages are larger than their text).")
    fetch_timeout: float = _setting(10.0, "Seconds to wait for a connection or a read when fetching a URL.")
    fetch_deadline: float = _setting(30.0, "Seconds a whole URL fetch may take, redirects included.")
    fetch_max_redirects: int = _setting(5, "Redirects followed when fetching a URL; each hop is checked again.")
    fetch_allow_private: bool = _setting(False, "Let URLs reach loopback and private addresses (tests, intranet "
                                                "mirrors); cloud metadata addresses stay refused.")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Options:
        environ = os.environ if environ is None else environ
        changes = {f.name: _parse(f.default, environ[f"WARTA_{f.name.upper()}"])
                   for f in fields(cls) if f"WARTA_{f.name.upper()}" in environ}
        return replace(cls(), **changes)


def _parse(default: object, raw: str) -> object:
    if isinstance(default, bool):  # bool("0") is True: read the words people write
        value = raw.strip().lower()
        if value not in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
            raise ValueError(f"expected true or false, got {raw!r}")
        return value in ("1", "true", "yes", "on")
    return type(default)(raw)


def describe() -> list[tuple[str, object, str]]:
    """The settings table (name, default, help), for docs and --help texts."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Options)]
