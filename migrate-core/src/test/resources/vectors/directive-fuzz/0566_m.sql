atlas:sum ignore atlas:sum ignore:_
SELECT 566;
