atlas:sum﻿ésum#atlas:sumignore
SELECT 190;
