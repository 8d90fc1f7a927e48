atlas:﻿ignoredSUM
SELECT 504;
