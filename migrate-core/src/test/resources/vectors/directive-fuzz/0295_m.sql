--﻿   _
SELECT 295;
