  __SUMignore﻿
SELECT 173;
