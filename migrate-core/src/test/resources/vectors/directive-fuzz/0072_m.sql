SUM﻿atlas:sum ignore_ignored  sum
SELECT 72;
