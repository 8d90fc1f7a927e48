sumSUM	éatlas:nolint:atlas:sumignor
SELECT 461;
