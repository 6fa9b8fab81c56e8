"""Article text: the seed article read from its file, sentences, quotes and the HTML body."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# A sentence ends at . ! or ? (a closing quote may follow) before a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[.!?][\"”])\s+(?=[A-Z\"“])")
# The article quotes with straight and with curly quotation marks.
_QUOTE = re.compile(r"\"([^\"]+)\"|“([^”]+)”")


@dataclass(frozen=True, slots=True)
class SeedArticle:
    category: str
    title: str
    header: tuple[str, ...]  # the bullet lines under the title: author, date, time, ...
    paragraphs: tuple[str, ...]

    @property
    def quotes(self) -> tuple[str, ...]:
        """The passages in quotation marks, exactly as printed between the marks."""
        found = (a or b for p in self.paragraphs for a, b in _QUOTE.findall(p))
        return tuple(found)

    def sentence_naming(self, phrase: str) -> str:
        """The first sentence of the body that contains `phrase`."""
        for paragraph in self.paragraphs:
            for sentence in sentences(paragraph):
                if phrase in sentence:
                    return sentence
        raise LookupError(f"the seed article never says {phrase!r}")


@cache
def seed_article() -> SeedArticle:
    """Parse data/seed-article.txt: category, title, header bullets, then body paragraphs."""
    raw = resources.files("api.demo").joinpath("data/seed-article.txt").read_text("utf-8")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw) if b.strip()]
    category, title, bullets, *paragraphs = blocks
    header = tuple(line.strip().lstrip("•").strip() for line in bullets.splitlines())
    return SeedArticle(category, title, header, tuple(paragraphs))


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def html_body(paragraphs: tuple[str, ...] | list[str]) -> str:
    """Paragraphs as `<p>` elements; text is escaped, so the HTML needs no further sanitising."""
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
