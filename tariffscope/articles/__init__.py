"""Article reader and fact extractor (issue 3).

    art = read_article(path)            # Article; ArticleError on unreadable input
    facts = extract_facts(art)          # DESIGN.md "Article facts JSON" contract
    frames = article_frames(art, facts) # polars frames for the article_* tables
"""
from .extract import extract_facts
from .frames import article_frames
from .read import Article, ArticleError, read_article

__all__ = ["Article", "ArticleError", "read_article", "extract_facts", "article_frames"]
