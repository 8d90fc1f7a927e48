atlas:sum ignore﻿atlas:atlas:atlas:nolint
SELECT 254;
