atlas:nolint  ignore
SELECT 22;
