  --SUM~~﻿atlas:sum
SELECT 154;
