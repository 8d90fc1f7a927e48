atlas:sumsum-- ﻿	atlas:nolint
SELECT 226;
