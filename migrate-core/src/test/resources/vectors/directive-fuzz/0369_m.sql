xx	﻿ignored
SELECT 369;
