xsumatlas:
SELECT 507;
