	~ignoreatlas:nolint
SELECT 7;
