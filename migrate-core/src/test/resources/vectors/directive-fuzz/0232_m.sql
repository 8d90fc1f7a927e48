~SUMatlas:nolintsumatlas:sum  ignor
SELECT 232;
