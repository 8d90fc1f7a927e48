ignoreignored
SELECT 542;
