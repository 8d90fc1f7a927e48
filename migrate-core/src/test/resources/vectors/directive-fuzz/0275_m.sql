~~ignoreignore
SELECT 275;
