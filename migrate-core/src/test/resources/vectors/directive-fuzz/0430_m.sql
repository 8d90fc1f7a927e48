x#atlas:ignored﻿_
SELECT 430;
