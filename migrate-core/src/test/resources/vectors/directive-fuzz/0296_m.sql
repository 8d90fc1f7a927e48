éSUM_ignorex﻿atlas:sum   ignor
SELECT 296;
