#atlas:nolintatlas:nolint#--
SELECT 424;
