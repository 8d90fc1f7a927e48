atlas:sum ignore	x﻿﻿atlas:sum   ignore
SELECT 47;
