-- The head of a model: sql/models/<name>.sql holds a view's select; the view is named after its file
-- (tariffscope/warehouse.py apply_models and tariffscope/columns.py put the file's text after this line).
create or replace view {view} as
