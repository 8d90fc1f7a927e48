ignored﻿SUM#ignored
SELECT 429;
