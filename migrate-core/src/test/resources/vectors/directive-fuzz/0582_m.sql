:-- ﻿  atlas:nolint
SELECT 582;
