__﻿ignore
SELECT 549;
