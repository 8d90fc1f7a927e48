-- ﻿é#atlas:sum~
SELECT 249;
