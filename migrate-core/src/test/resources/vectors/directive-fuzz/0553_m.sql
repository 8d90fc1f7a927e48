suméatlas:﻿:atlas:sum   ignore 
SELECT 553;
