atlas::	é
SELECT 331;
