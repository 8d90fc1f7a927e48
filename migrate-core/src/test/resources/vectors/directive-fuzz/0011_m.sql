~:_atlas:sum﻿atlas:atlas:sumatlas:sum   ignore
SELECT 11;
