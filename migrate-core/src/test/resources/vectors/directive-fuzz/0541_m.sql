-- xxatlas:nolint	atlas:atlas:sum   ignor
SELECT 541;
