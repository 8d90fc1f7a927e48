﻿atlas:sumignore
SELECT 592;
