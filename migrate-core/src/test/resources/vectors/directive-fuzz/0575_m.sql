x﻿﻿atlas:sum  ignore
SELECT 575;
