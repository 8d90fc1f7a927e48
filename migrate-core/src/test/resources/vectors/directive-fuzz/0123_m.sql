_﻿ignoreatlas:nolint_atlas:sum   ignor
SELECT 123;
