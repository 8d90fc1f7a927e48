--ignoresum﻿sumatlas:sum  ignore 
SELECT 598;
