atlas:atlas:sum ignore  _
SELECT 513;
