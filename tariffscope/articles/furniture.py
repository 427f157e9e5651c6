"""Page furniture that survives body normalisation: link blocks, "Read more:" lines, teasers.

People and quotes skip these spans (LABELING.md: people are named in the article body; headline
quotes are not quotes).  A link block is a heading such as "Related" or "More from World" followed
by short headline lines up to the end of the body (a heading followed by prose is a subheading).
Offsets are into the normalised body; masking replaces characters with spaces so offsets stay valid.
"""
from __future__ import annotations

import re

from .constants import LINK_BLOCK_HEADINGS, LINK_LINE
from .text import paragraph_spans

_BLOCK_HEADING = re.compile(LINK_BLOCK_HEADINGS)
_LINK_LINE = re.compile(LINK_LINE)
_EMPHASIS = re.compile(r"^(?:\*[^*\n].*\*|_[^_\n].*_)$")      # a whole paragraph in *...* or _..._


def _is_prose(para: str) -> bool:
    """A paragraph of article text (not a headline in a list of links)."""
    return len(para.split()) > 30


def link_spans(body: str) -> list[tuple[int, int]]:
    """[start, end) spans of link blocks and single link lines ("Read more: ...")."""
    out: list[tuple[int, int]] = []
    paras = paragraph_spans(body)
    i = 0
    while i < len(paras):
        ps, pe = paras[i]
        para = body[ps:pe].strip()
        if _BLOCK_HEADING.match(para):
            j = i + 1
            while j < len(paras) and not _is_prose(body[paras[j][0]:paras[j][1]]):
                j += 1
            if j == len(paras):                 # a trailing block only: a subheading mid-story is text
                out.append((ps, paras[j - 1][1]))
                break
        if _LINK_LINE.match(para):
            out.append((ps, pe))
        i += 1
    return out


def teaser_spans(body: str) -> list[tuple[int, int]]:
    """Paragraphs set entirely in emphasis (decks, teasers, captions in markdown): no quotes there."""
    return [(ps, pe) for ps, pe in paragraph_spans(body) if _EMPHASIS.match(body[ps:pe].strip())]


def mask(body: str, spans: list[tuple[int, int]]) -> str:
    """`body` with the spans blanked out (newlines kept, so paragraphs and offsets stay as they were)."""
    if not spans:
        return body
    chars = list(body)
    for s, e in spans:
        for k in range(s, e):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)
