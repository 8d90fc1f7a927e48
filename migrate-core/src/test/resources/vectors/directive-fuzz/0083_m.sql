﻿﻿sum_
SELECT 83;
