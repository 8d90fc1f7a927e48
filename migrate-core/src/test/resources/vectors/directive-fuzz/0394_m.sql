ignore  xxSUMatlas:sumignore
SELECT 394;
