ignored﻿-- 	atlas:sum ignore
SELECT 368;
