--x#atlas:_x
SELECT 60;
