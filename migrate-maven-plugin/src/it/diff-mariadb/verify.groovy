def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 1 && sql[0] ==~ /\d{14}_create_shop\.sql/ : sql
def migration = new File(dir, sql[0]).text
// MySQL keeps a table name's case (application.properties' naming keeps the entity's name)
assert migration.contains('-- create "Customer" table\nCREATE TABLE `Customer` (\n') : migration
assert migration.contains('CREATE TABLE `orders` (\n') : migration
assert migration.contains('  `totalAmount` decimal(12,2) NOT NULL,\n') : migration
def sum = new File(dir, 'atlas.sum').text.readLines()
assert sum.size() == 2 && sum[1].startsWith(sql[0] + ' h1:')
def log = new File(basedir, 'build.log').text
assert log.contains('Found 2 entities in com.example.shop')
assert log.contains('The schema is in sync with the entities')

// The replay cache this build left on the test server belongs to this build's directory only: remove it.
def find = "select schema_name from information_schema.schemata where schema_name like 'migrate\\\\_cache\\\\_%' " +
        "and schema_comment like '%directory=${dir.canonicalPath}'"
def caches = ['mysql', '-h127.0.0.1', '-uroot', '-N', '-e', find].execute().text
caches.eachLine { ['mysql', '-h127.0.0.1', '-uroot', '-e', "drop database `${it}`"].execute().waitFor() }
assert !['mysql', '-h127.0.0.1', '-uroot', '-N', '-e', find].execute().text.trim() : 'cache left behind'
true
