xatlas:sum ignore﻿
SELECT 500;
