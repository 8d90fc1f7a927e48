atlas:nolint﻿SUMsumignoredatlas:sum ignore 
SELECT 109;
