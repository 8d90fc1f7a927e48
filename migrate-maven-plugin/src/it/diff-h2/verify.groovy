def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 1 && sql[0] ==~ /\d{14}_create_shop\.sql/ : sql
def migration = new File(dir, sql[0]).text
assert migration.contains('-- create "customer" table') : migration
assert migration.contains('CREATE TABLE orders') : migration
assert migration.contains('totalamount NUMERIC(12, 2) NOT NULL') : migration // application.properties' naming, H2 types
def sum = new File(dir, 'atlas.sum').text.readLines()
assert sum.size() == 2 && sum[1].startsWith(sql[0] + ' h1:')
def log = new File(basedir, 'build.log').text
assert log.contains('Found 2 entities in the project\'s classes; atlas directory ') // the project's own compiled classes only
assert log.contains('The schema is in sync with the entities')
true
