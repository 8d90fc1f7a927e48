:﻿﻿atlas:_
SELECT 406;
