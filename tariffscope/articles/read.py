"""Reading article files (.txt/.md with optional YAML front matter, .html, .json) into `Article`."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from .constants import HTML_SUFFIXES, JSON_SUFFIXES, MAX_BYTES, TEXT_SUFFIXES
from .text import normalize_body, paragraph_spans


class ArticleError(Exception):
    """Unreadable article input.  str() is one line naming the file (and line/column)."""


@dataclass(frozen=True)
class Article:
    title: str | None
    published: date | None
    url: str | None
    body: str
    source_file: str
    sha256: str
    n_paragraphs: int


def _err(name: str, msg: str, line: int | None = None, col: int | None = None) -> ArticleError:
    where = name
    if line is not None:
        where += f":{line}" + (f":{col}" if col is not None else "")
    return ArticleError(f"{where}: {msg}".replace("\n", " "))


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data:
        i = data.index(b"\x00")
        raise _err(name, f"binary file, not text (NUL byte at offset {i}); expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise _err(name, f"invalid UTF-8 (byte 0x{data[e.start]:02x}); expected UTF-8 text", line, col) from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text[:65536]) // 100):
        raise _err(name, "binary file, not text (control characters); expected UTF-8 text")
    return text


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_POSTED = re.compile(
    r"^\s*(?:Posted|Published|Updated|First published|Last updated)\s*:?\s*(?:on\s+)?"
    r"(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", re.M)


def _date_from_text(text: str) -> date | None:
    m = _POSTED.search(text[:5000])
    if not m:
        return None
    mon = _MONTHS.get(m.group("mon")[:3].lower())
    try:
        return date(int(m.group("year")), mon, int(m.group("day"))) if mon else None
    except ValueError:
        return None


def _parse_date(name: str, value, field: str = "published", line: int | None = None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return date.fromisoformat(s[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", s) else _bad_date(name, field, value, line)
        except ValueError:
            _bad_date(name, field, value, line)
    _bad_date(name, field, value, line)
    return None


def _bad_date(name, field, value, line):
    raise _err(name, f"'{field}' is {value!r}; expected a date YYYY-MM-DD", line)


def _opt_str(name: str, meta: dict, key: str, line: int | None = None) -> str | None:
    v = meta.get(key)
    if v is None:
        return None
    if isinstance(v, (str, int, float)):
        s = str(v).strip()
        return s or None
    raise _err(name, f"'{key}' must be a string, got {type(v).__name__}", line)


def _front_matter(name: str, text: str) -> tuple[dict, str]:
    if not re.match(r"^---[ \t]*\r?\n", text):
        return {}, text
    lines = text.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if re.match(r"^(?:---|\.\.\.)[ \t]*\r?$", lines[i].rstrip("\n")):
            raw = "".join(lines[1:i])
            rest = "".join(lines[i + 1:])
            break
    else:
        raise _err(name, "front matter opened with '---' is never closed; expected a closing '---' line", 1)
    try:
        # BaseLoader: every scalar stays a string, so dates are validated here, not by YAML
        meta = yaml.load(raw, Loader=yaml.BaseLoader) if raw.strip() else {}
    except (ValueError, TypeError, RecursionError) as e:
        raise _err(name, f"malformed YAML front matter ({type(e).__name__}); expected 'key: value' lines", 2) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or "malformed YAML"
        if mark is not None:
            raise _err(name, f"malformed YAML front matter ({problem}); expected 'key: value' lines",
                       mark.line + 2, mark.column + 1) from None
        raise _err(name, f"malformed YAML front matter ({problem}); expected 'key: value' lines", 2) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _err(name, f"front matter is a {type(meta).__name__}; expected a mapping of title/published/url", 2)
    return meta, rest


def _html_text(name: str, html: str) -> tuple[str, str | None, date | None, str | None]:
    try:
        import trafilatura
    except Exception:  # pragma: no cover - environment without trafilatura's extras
        return _html_fallback(html), None, None, None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
    except Exception as e:  # noqa: BLE001 - any parser failure is "unreadable input"
        raise _err(name, f"could not parse HTML ({type(e).__name__}); expected an HTML article page") from None
    if not doc or not (doc.get("text") or "").strip():
        text = _html_fallback(html)
        if not text.strip():
            raise _err(name, "no main text found in HTML; expected an article page")
        return text, None, None, None
    published = None
    if doc.get("date"):
        try:
            published = date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            published = None
    return doc["text"], doc.get("title"), published, doc.get("url")


def _html_fallback(html: str) -> str:
    from html.parser import HTMLParser

    class _P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "nav", "header", "footer", "aside"):
                self.skip += 1
            elif tag in ("p", "br", "div", "h1", "h2", "h3", "li"):
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style", "nav", "header", "footer", "aside") and self.skip:
                self.skip -= 1

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    p = _P()
    p.feed(html)
    return "".join(p.parts)


def read_article(path) -> Article:
    """Read one article file.  Raises ArticleError (one-line message) for unreadable input."""
    try:
        p = Path(path)
    except TypeError:
        raise ArticleError(f"{path!r}: not a file path") from None
    name = str(p)
    suffix = p.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES:
        raise _err(name, f"unsupported file type {suffix or '(none)'!r}; expected .txt, .md, .html or .json")
    try:
        if not p.is_file():
            raise _err(name, "no such file" if not p.exists() else "not a regular file")
        size = p.stat().st_size
        if size == 0:
            raise _err(name, "empty file; expected article text")
        if size > MAX_BYTES:
            raise _err(name, f"file is {size} bytes; expected at most {MAX_BYTES} bytes of article text")
        data = p.read_bytes()
    except OSError as e:
        raise _err(name, f"cannot read file ({e.strerror or type(e).__name__})") from None
    text = _decode(name, data)
    if not text.strip():
        raise _err(name, "empty file (only whitespace); expected article text")

    title = url = None
    published: date | None = None
    if suffix in JSON_SUFFIXES:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise _err(name, f"invalid JSON ({e.msg}); expected an object {{title, published, url, body}}", e.lineno, e.colno) from None
        except RecursionError:
            raise _err(name, "invalid JSON (nested too deeply); expected an object {title, published, url, body}") from None
        if not isinstance(obj, dict):
            raise _err(name, f"JSON top level is {type(obj).__name__}; expected an object {{title, published, url, body}}")
        body_raw = obj.get("body")
        if not isinstance(body_raw, str) or not body_raw.strip():
            raise _err(name, "JSON object has no 'body' string; expected {title, published, url, body}")
        title, url = _opt_str(name, obj, "title"), _opt_str(name, obj, "url")
        published = _parse_date(name, obj.get("published"))
    elif suffix in HTML_SUFFIXES:
        body_raw, title, published, url = _html_text(name, text)
    else:
        meta, body_raw = _front_matter(name, text)
        title, url = _opt_str(name, meta, "title", 2), _opt_str(name, meta, "url", 2)
        published = _parse_date(name, meta.get("published"), line=2)
    if published is None:
        published = _date_from_text(body_raw)
    try:
        body = normalize_body(body_raw)
    except RecursionError:  # pragma: no cover
        raise _err(name, "text could not be normalized") from None
    if not body:
        raise _err(name, "no article text after removing page furniture; expected paragraphs of text")
    return Article(
        title=title, published=published, url=url, body=body, source_file=name,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        n_paragraphs=len(paragraph_spans(body)),
    )
