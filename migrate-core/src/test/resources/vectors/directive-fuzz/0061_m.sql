SUM :atlas:nolintatlas:sumSUM
SELECT 61;
