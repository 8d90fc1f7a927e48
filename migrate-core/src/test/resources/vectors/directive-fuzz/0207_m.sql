_atlas:nolint	: _atlas:sum ignore
SELECT 207;
