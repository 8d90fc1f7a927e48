atlas:atlas:sum ignoreignored ﻿#
SELECT 110;
