atlas:nolintsumatlas:sumignor
SELECT 134;
