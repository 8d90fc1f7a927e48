def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 2 && sql[0] ==~ /U\d{14}__add_email\.sql/ && sql[1] ==~ /V\d{14}__add_email\.sql/ : sql
assert new File(dir, 'atlas.sum').exists()
