-- Every row of {table}, an article_* table (a claim, quote, person or country found in an article), with the
-- length of its article's body: the suites check each row's character span against it (body_length is not
-- stored, only validated with).
with parts as (
    select * from {table}
),

articles as (
    select article_id, length(body) as body_length from article
),

final as (
    select parts.*, articles.body_length
    from parts
    left join articles using (article_id)
)

select * from final
