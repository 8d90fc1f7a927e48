sum﻿#atlas:_
SELECT 590;
