def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 3 : sql
assert sql[0] == '20250101090000_create_books.sql'
assert sql[1] == '20250103090000_add_isbn.sql'
assert sql[2] ==~ /\d{14}_add_title\.sql/ && sql[2] > '20250103090000' : sql
def rebased = new File(dir, sql[2]).text
assert rebased.contains("-- changeset dev:${sql[2] - '.sql'}\n") : rebased
assert rebased.contains('ALTER TABLE books ADD COLUMN title varchar(200);')
def sum = new File(dir, 'atlas.sum').text
assert !sum.contains('<<<<<<<')
assert sum.readLines().size() == 4 && sum.readLines()[3].startsWith(sql[2] + ' h1:')
// what the person read on the way
assert log.contains('atlas.sum holds git conflict markers') : log
assert log.contains('./mvnw migrate:rebase -Dmigrate.base=main')
assert log.contains('Renamed 20250102090000_add_title.sql to ' + sql[2])
assert log.contains('Resolved the merge conflict in atlas.sum')
assert log.contains('migration(s) added since main')
true
