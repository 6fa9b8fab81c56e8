"""The fenced blocks of a guide in docs/, for the tests that run its examples.

A block directly followed by another (nothing but blank lines between) has that one as its
`answer`: the result the guide shows for it, which a test can compare with the real one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
FENCE = re.compile(r"^ *```(\w*)\n(.*?)^ *```$", re.M | re.S)


@dataclass(frozen=True, slots=True)
class Block:
    language: str
    text: str
    answer: Block | None = None


def blocks(guide: str) -> list[Block]:
    """The blocks of docs/`guide` in order, answers attached to the block they follow."""
    text = (DOCS / guide).read_text(encoding="utf-8")
    found: list[Block] = []
    end = 0
    for match in FENCE.finditer(text):
        block = Block(match[1], match[2])
        last = found[-1] if found else None
        if last is not None and last.answer is None and not text[end : match.start()].strip():
            found[-1] = replace(last, answer=block)
        else:
            found.append(block)
        end = match.end()
    return found


def examples(guide: str, language: str = "graphql") -> list[Block]:
    return [block for block in blocks(guide) if block.language == language]
