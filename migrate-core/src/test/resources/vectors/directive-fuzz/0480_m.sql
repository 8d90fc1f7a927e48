xsumésumatlas:sum  ignore
SELECT 480;
