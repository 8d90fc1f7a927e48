atlas:nolintéé﻿xatlas:sum  ignore 
SELECT 31;
