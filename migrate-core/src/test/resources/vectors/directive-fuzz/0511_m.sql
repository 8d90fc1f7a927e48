_xatlas:sumsumsum
SELECT 511;
