-- No query reads stage history by stage or by time alone: the analytics stream the whole
-- history in deal order (idx_history_opp), the editor and the imports look it up by deal.
-- The two indexes below only cost time on every write (a 100,000-deal import spent a
-- fifth of its index building on them). Add an index back with the query that needs it.
DROP INDEX idx_history_stage;
DROP INDEX idx_history_time;
