def dir = new File(basedir, 'src/main/resources/db/migrations')
def sql = dir.list().findAll { it.endsWith('.sql') }.sort()
assert sql.size() == 1 && sql[0] ==~ /\d{14}_create_shop\.sql/ : sql
def migration = new File(dir, sql[0]).text
assert migration.contains('-- create "customer" table') : migration
assert migration.contains('CREATE TABLE orders') : migration
assert migration.contains('totalamount numeric(12,2) NOT NULL') : migration // application.properties' naming
def sum = new File(dir, 'atlas.sum').text.readLines()
assert sum.size() == 2 && sum[1].startsWith(sql[0] + ' h1:')
def log = new File(basedir, 'build.log').text
assert log.contains('Found 2 entities in com.example.shop')
assert log.contains('The schema is in sync with the entities')

// The replay cache this build left in the test server belongs to this build's directory only: remove it.
def uri = System.getenv('MIGRATE_TEST_POSTGRES_URL').substring('jdbc:'.length())
def drop = "select format('drop schema %I cascade', nspname) from pg_namespace where starts_with(nspname, 'migrate_cache_') " +
        "and obj_description(oid, 'pg_namespace') like '%directory=' || '${dir.canonicalPath}'"
def statements = ['psql', uri, '-Atc', drop].execute().text
statements.eachLine { ['psql', uri, '-c', it].execute().waitFor() }
true
