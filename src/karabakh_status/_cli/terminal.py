"""The output stream as a terminal shows it: its width, text wrapped under its label, control characters escaped.

`Screen` wraps a command's standard output. On a terminal it knows the width (`shutil.get_terminal_size`)
and escapes every control character that reaches it from the data or an input text (an ESC sequence, a
right-to-left override): the one place that does. Piped or redirected, text goes through as it is, and
`width` is None: nothing is wrapped, cut or padded for a screen. ``--wide`` turns wrapping off in a terminal
too. `error_line` makes any message one line on standard error, its long values elided.
"""

from __future__ import annotations

import os
from typing import Any, TextIO, cast

__all__ = [
    "LONGEST", "Screen", "colour", "emit", "error_line", "escape", "length", "screen", "verbatim", "width", "wrap",
]  # fmt: skip

LONGEST = 300
"""Past this many characters, a value in an error is elided in its middle."""

_KEEP = frozenset("\n")
_NAMES = {"\t": "\\t", "\r": "\\r", "\x1b": "\\e"}


def _control(char: str) -> bool:
    """A character that moves the cursor, changes how the terminal draws, or reorders text (bidi controls)."""
    code = ord(char)
    return (
        code < 0x20
        or 0x7F <= code < 0xA0
        or 0x200E <= code <= 0x200F
        or 0x202A <= code <= 0x202E
        or (0x2066 <= code <= 0x2069)
    )


def escape(text: str, keep: frozenset[str] = _KEEP) -> str:
    """``text`` with each control character but those kept written as an escape (``\\e``, ``\\x9b``, ``\\u202e``).

    Examples:
        >>> escape("a\\x1b[31mred\\u202egnp.exe")
        'a\\\\e[31mred\\\\u202egnp.exe'
        >>> escape("two\\nlines", keep=frozenset())
        'two\\\\nlines'
    """
    if text.isprintable() and "\u200e" not in text and "\u200f" not in text:
        return text  # the common case, at C speed (isprintable is False for every control character)
    out = []
    for char in text:
        if char in keep or not _control(char):
            out.append(char)
        elif char in _NAMES:
            out.append(_NAMES[char])
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
    return "".join(out)


class Screen:
    """A command's output stream: on a terminal, each line fitted to its width and its control characters escaped.

    A line wider than the terminal wraps at a space, its continuation indented two more than the line
    (`wrap`). `verbatim` turns fitting off for data formats (JSON, CSV), ``--wide`` for everything.
    """

    def __init__(self, stream: TextIO, *, wide: bool = False) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        try:
            self.tty = bool(isatty()) if isatty is not None else False
        except ValueError:  # a closed stream
            self.tty = False
        self.width: int | None = None
        if self.tty and not wide:
            import shutil

            self.width = max(20, shutil.get_terminal_size((80, 24)).columns)
        self.colour = self.tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        self.fit = True
        self._pending = ""

    def write(self, text: str) -> int:
        """Write text; on a terminal its control characters escaped, and each line fitted to the width."""
        if not self.tty:
            return self.stream.write(text)
        if self.width is None or not self.fit:
            return self.stream.write(escape(text))
        *lines, self._pending = (self._pending + text).split("\n")
        for line in lines:
            self._line(line)
        return len(text)

    def _line(self, line: str) -> None:
        line = escape(line)
        lead = line[: len(line) - len(line.lstrip(" "))]
        body = wrap(line[len(lead) :], self.width, lead, lead + "  ")
        self.stream.write("\n".join(body) + "\n")

    def raw(self, text: str) -> int:
        """Write text as it is: lines the command has fitted and escaped itself, with its colour sequences."""
        self._flush_pending()
        return self.stream.write(text)

    def _flush_pending(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, ""
            self.stream.write(escape(pending))

    def flush(self) -> None:
        """Write a last unfinished line, and flush the stream."""
        self._flush_pending()
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def screen(stream: TextIO, *, wide: bool = False) -> TextIO:
    """The stream as a `Screen`, typed as the stream it wraps (commands print to it)."""
    return cast(TextIO, Screen(stream, wide=wide))


def width(out: TextIO) -> int | None:
    """The width to fit lines to: a terminal's columns, or None when piped or ``--wide``."""
    return getattr(out, "width", None)


def verbatim(out: TextIO) -> None:
    """Write data formats (JSON, CSV) unwrapped, even on a terminal (control characters are still escaped)."""
    if isinstance(out, Screen):
        out.fit = False


def colour(out: TextIO, text: str, code: str) -> str:
    """``text`` marked for a colour (an SGR code: ``31`` red, ``32`` green) when ``out`` is a colour terminal.

    Only `emit` reads the marks; ``text`` must be escaped already (`escape`). Elsewhere: ``text`` as it is.
    """
    return f"\x00{code}\x00{text}\x00\x00" if getattr(out, "colour", False) else text


def length(line: str) -> int:
    """How many columns a line takes, its `colour` marks left out."""
    return len(line) if "\x00" not in line else sum(len(part) for part in line.split("\x00")[::2])


def emit(out: TextIO, lines: list[str]) -> None:
    """Write lines that the command fitted itself and that may hold `colour` marks (as colour sequences)."""
    if not isinstance(out, Screen) or not out.tty:
        out.write("".join(line + "\n" for line in lines))
        return
    text = []
    for line in lines:
        for index, part in enumerate(line.split("\x00")):
            if index % 2 == 0:
                text.append(escape(part))
            elif part.replace(";", "").isdigit() or not part:  # a mark: a code opens, an empty one closes
                text.append(f"\x1b[{part}m" if part else "\x1b[0m")
        text.append("\n")
    out.raw("".join(text))


def wrap(text: str, limit: int | None, indent: str = "", hang: str | None = None) -> list[str]:
    """``text`` as lines of at most ``limit`` characters, the first indented by ``indent``, the rest by ``hang``.

    A word (an id, a URL) is never broken, unless it alone is wider than a line: then it runs on over the
    next lines, whole (nothing left out). ``limit`` None (piped, or ``--wide``): one line.

    Examples:
        >>> wrap("summary: one two three four", 16, "", "  ")
        ['summary: one two', '  three four']
        >>> wrap("see rec-a-long-id", 16, "", "  ")
        ['see', '  rec-a-long-id']
        >>> wrap("see rec-a-very-long-id", 12, "", "  ")
        ['see', '  rec-a-very', '  -long-id']
    """
    hang = indent if hang is None else hang
    if limit is None or length(indent + text) <= limit:
        return [indent + text]
    lines: list[str] = []
    line, fresh = indent, True
    for word in text.split(" "):
        if fresh and not word:
            continue
        if not fresh and length(line) + 1 + length(word) <= limit:
            line += " " + word
            continue
        if not fresh:
            lines.append(line)
            line = hang
        line, fresh = line + word, False
        while length(line) > limit and len(line) > len(hang) + 1 and "\x00" not in line:  # wider than a line
            lines.append(line[:limit])
            line = hang + line[limit:]
    lines.append(line)
    return lines


def error_line(message: str) -> str:
    """A message as one line: control characters escaped (a newline in an id too), long values elided.

    Examples:
        >>> error_line("no record has id 'a\\nb'")
        "no record has id 'a\\\\nb'"
        >>> len(error_line("bad value " + "x" * 100_000)) < 400
        True
    """
    text = escape(message, keep=frozenset())
    if len(text) > LONGEST:
        cut = len(text) - LONGEST + 40
        text = f"{text[: LONGEST - 80]}… ({cut:,} characters left out) …{text[-40:]}"
    return text
