-- Origins left without fact rows (all their keys were taken over by a newer file) go too.
delete from {origin} o where not exists (select 1 from {fact} f where f.origin_id = o.origin_id)
