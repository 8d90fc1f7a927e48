def server = System.getenv('MIGRATE_TEST_POSTGRES_URL')
assert server : 'This build needs PostgreSQL: set MIGRATE_TEST_POSTGRES_URL (bash .ci/run does)'
def name = 'migrate_it_status_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
def uri = server.substring('jdbc:'.length())
def create = ['psql', uri, '-c', "CREATE DATABASE ${name}"].execute()
assert create.waitFor() == 0 : create.err.text
def url = server.replaceFirst('/[^/?]+(\\?|$)', "/${name}\$1")
new File(basedir, 'database.properties').text = "flyway.url=${url}\ndatabase.name=${name}\n"
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'application.properties').text = "spring.datasource.url=${url}\nmigrate.format=flyway\n"

// deployed/: the files as the release had them; src/main/resources/db/migrations: the branch now
def deployed = new File(basedir, 'deployed')
def dir = new File(resources, 'db/migrations')
[deployed, dir].each { it.mkdirs() }
def v1 = 'CREATE TABLE books (id bigint PRIMARY KEY);\n'
def v2 = 'ALTER TABLE books ADD COLUMN title varchar(200);\n'
new File(deployed, 'V1__create_books.sql').text = v1
new File(deployed, 'V2__add_title.sql').text = v2
new File(dir, 'V1__create_books.sql').text = v1
new File(dir, 'V2__add_title.sql').text = 'ALTER TABLE books ADD COLUMN title varchar(300);\n'
new File(dir, 'V3__add_isbn.sql').text = 'ALTER TABLE books ADD COLUMN isbn varchar(17);\n'
true
