"""Characters Simpul will not keep: what XML 1.0 cannot hold, and what UTF-8 cannot encode.

The GraphML and GEXF exports are XML, so one vertical tab in a name (Word pastes it as a line
break) would break them for everyone. Text is cleaned where it comes in and again where it goes
out as XML, so rows written before this or by hand cannot break an export either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# XML 1.0 Char allows tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000 up; NUL is left to
# the callers (input refuses it, see fields.check_value).
_ILLEGAL = "\x01-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_LINE_BREAKS = "\x0b\x0c"  # vertical tab and form feed: line breaks in word processors
_REMOVED = re.compile(f"[{_ILLEGAL}]")
_NOT_XML = re.compile(f"[\x00{_ILLEGAL}{_LINE_BREAKS}]")
_BREAK = re.compile(f"[{_LINE_BREAKS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str, *, multiline: bool) -> str:
    """`text` without the characters XML cannot hold: a vertical tab or form feed becomes a
    line break (a space in a single-line field); the other controls, lone surrogates, U+FFFE
    and U+FFFF are removed. Tab, LF and CR stay."""
    if not _NOT_XML.search(text):
        return text
    return _REMOVED.sub("", _BREAK.sub("\n" if multiline else " ", text))


def xml_safe(text: str) -> str:
    """`text` as an XML 1.0 document can hold it (NUL included), for exports."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub("", _BREAK.sub(" ", text))


def lone_surrogate(value: Any, path: str = "") -> tuple[str, str] | None:
    """(where, which) for the first lone surrogate in a JSON value, else None. Such text
    cannot be encoded as UTF-8, stored or sent back; a JSON body can still spell it (\\ud800)."""
    for where, text in _strings(value, path):
        if (found := _SURROGATE.search(text)) is not None:
            return where, f"U+{ord(found.group()):04X}"
    return None


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    # A loop, not recursion: a body nested as deep as JSON parsing allows must not overflow.
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, inner in reversed(item.items()):
                stack.append((f"{where}.{key}" if where else str(key), inner))
                stack.append((where, key))
        elif isinstance(item, list):
            stack.extend((f"{where}[{n}]", inner) for n, inner in reversed(list(enumerate(item))))
