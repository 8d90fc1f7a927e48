-- #é--
SELECT 583;
