atlas:sum ignore:atlas:~é﻿atlas:sum  ignor
SELECT 160;
