xatlas:nolintatlas:ignoredatlas:sumignor
SELECT 425;
