-- Finer statistics on the texts the Tenants page searches (slug, name, email), so the planner
-- estimates a search that matches many tenants as many.
--
-- A search as you type is `slug ILIKE '%x%' OR name ILIKE '%x%' OR email ILIKE '%x%'`, its first
-- page in slug order. PostgreSQL estimates such a pattern by trying it on the column's histogram.
-- With the default 100 entries (or 300: tried), a pattern that matches 1% of a million tenants (a
-- mail domain) often matches none of them, the estimate falls to its floor (100 rows), and the
-- planner reads every match through the trigram indexes: for "@mail-7.example" 10,000 heap rows
-- and ~340 ms, where walking the slug index until the page is full takes ~55 ms. 1000 entries
-- see the 1%; planning a search took ~1-2 ms longer (1,000,000 tenants, issue #4's benchmark).
ALTER TABLE meter.tenants
    ALTER COLUMN slug SET STATISTICS 1000,
    ALTER COLUMN name SET STATISTICS 1000,
    ALTER COLUMN email SET STATISTICS 1000;

ANALYZE meter.tenants;
