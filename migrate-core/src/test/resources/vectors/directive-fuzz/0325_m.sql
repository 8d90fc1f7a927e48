atlas:sum﻿atlas:nolint:----sum
SELECT 325;
