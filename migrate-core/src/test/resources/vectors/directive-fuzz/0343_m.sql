--  _
SELECT 343;
