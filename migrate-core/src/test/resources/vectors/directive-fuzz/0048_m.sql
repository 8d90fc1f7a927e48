é	 atlas:
SELECT 48;
