sumignore﻿_
SELECT 12;
