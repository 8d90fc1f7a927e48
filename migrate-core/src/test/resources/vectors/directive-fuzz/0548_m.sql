	﻿atlas:sumignor
SELECT 548;
