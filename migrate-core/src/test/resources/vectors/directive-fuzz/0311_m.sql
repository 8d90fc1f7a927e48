ignore﻿atlas:sum  ignore 
SELECT 311;
