:ignore﻿#--  é
SELECT 589;
