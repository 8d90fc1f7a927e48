:ignore#
SELECT 495;
