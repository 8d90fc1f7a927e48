~ SUMsumatlas:sumignore
SELECT 561;
