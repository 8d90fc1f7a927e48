atlas:sum ignoreignore:ignored#xatlas:sumignore
SELECT 293;
