-- claim_check with what the report needs to name each article (title, else its file) and link it.
select
    c.article_id,
    coalesce(nullif(trim(c.title), ''), a.source_file, c.article_id) as article_label,
    c.title is not null and trim(c.title) <> '' as has_title,
    c.published,
    a.url,
    a.source_file,
    c.claim_type, c.position, c.sentence, c.claim, c.claimed_value, c.claimed_unit, c.verdict, c.gap_pct,
    c.evidence_value, c.evidence, c.evidence_source, c.other_evidence_count, c.explanation
from claim_check c
left join article a using (article_id)
order by c.published nulls last, article_label, c.article_id, c.claim_type, c.position
