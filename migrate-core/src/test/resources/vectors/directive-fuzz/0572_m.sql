x~--	﻿
SELECT 572;
