ignore_#~﻿  ﻿
SELECT 567;
