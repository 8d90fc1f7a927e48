﻿sumésum
SELECT 531;
