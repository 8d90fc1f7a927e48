 SUMéxsumsum
SELECT 197;
