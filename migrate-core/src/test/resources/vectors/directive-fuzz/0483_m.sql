_atlas:﻿x
SELECT 483;
