def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 4 : sql
assert sql.findAll { it ==~ /\d{14}_create_users\.(up|down)\.sql/ }.size() == 2 : sql
assert sql.findAll { it ==~ /\d{14}_add_email\.(up|down)\.sql/ }.size() == 2 : sql
def versions = sql.collect { it.substring(0, 14) }.unique()
assert versions.size() == 2 && versions[0] < versions[1] : versions
def sum = new File(dir, 'atlas.sum').text.readLines()
assert sum.size() == 5 && sum[0].startsWith('h1:')
def log = new File(basedir, 'build.log').text
assert log.contains('_create_users.up.sql')
assert log.contains('4 golang-migrate migration file(s), atlas.sum matches')
