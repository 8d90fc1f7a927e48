	x#﻿~
SELECT 519;
