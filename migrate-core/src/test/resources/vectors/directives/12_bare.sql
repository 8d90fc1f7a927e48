atlas:sum ignore
