-- -- ignoredignoresumatlas:sum ignore
SELECT 306;
