ignore﻿atlas:sumatlas:sum ignore#
SELECT 141;
