ignore﻿éatlas:nolint 
SELECT 378;
