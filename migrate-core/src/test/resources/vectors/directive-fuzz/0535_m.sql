----sum#atlas:
SELECT 535;
