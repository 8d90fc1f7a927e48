  atlas:sum ignore﻿﻿ésum
SELECT 484;
