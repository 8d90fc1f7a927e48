#ignoreignore
SELECT 562;
