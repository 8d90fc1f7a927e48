atlas:﻿atlas:sum#__sumatlas:sum   ignore 
SELECT 280;
