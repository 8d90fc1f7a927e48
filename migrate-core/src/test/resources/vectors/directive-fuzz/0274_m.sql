  atlas:sumatlas:sumx﻿sum atlas:sumignore
SELECT 274;
