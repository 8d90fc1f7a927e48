ignored  :﻿atlas:
SELECT 497;
