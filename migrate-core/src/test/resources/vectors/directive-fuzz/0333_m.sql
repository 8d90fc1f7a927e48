éatlas:nolint_atlas:nolintatlas:sumignore
SELECT 333;
