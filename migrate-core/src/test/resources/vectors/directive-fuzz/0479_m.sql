sumé ignore﻿
SELECT 479;
