:x﻿é-- --
SELECT 155;
