éSUM--ignore--atlas:sumignor
SELECT 538;
