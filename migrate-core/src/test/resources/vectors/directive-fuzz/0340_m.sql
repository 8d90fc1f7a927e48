~﻿atlas:sum   ignor
SELECT 340;
