xignore  atlas:sumatlas:sum ignore:﻿
SELECT 506;
