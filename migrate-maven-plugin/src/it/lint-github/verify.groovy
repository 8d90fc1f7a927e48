def log = new File(basedir, 'build.log').text
// GitHub workflow commands start their line, with the path from the repository root
assert log.contains('::warning file=src/main/resources/db/migrations/V2__index_titles.sql,line=2,title=PG101 concurrent index::Creating index "idx_books_title" on table "books" without CONCURRENTLY blocks writes to the table until it is built') : log
assert log.contains('::error file=src/main/resources/db/migrations/V3__drop_summary.sql,line=2,title=DS103 destructive::Dropping non-virtual column "summary" from table "books"')
assert !log.contains('column "title" from table') : 'the nolint directive silences the second drop'
assert log.contains('2 file(s) linted, 1 error(s), 1 warning(s)')
assert log.contains('migrate:lint found 1 error(s)')
assert log.contains('add -- atlas:nolint DS103 above its statement')
// second run: the newest file only, as JSON, nothing is an error
def json = new File(basedir, 'target/lint.json').text
assert json.startsWith('{"directory":') : json
assert json.contains('"name":"V3__drop_summary.sql"')
assert json.contains('"line":2,"code":"DS103","category":"destructive","severity":"warning","message":"Dropping non-virtual column \\"summary\\" from table \\"books\\""') : json
assert json.contains('"errors":0,"warnings":1')
assert !json.contains('V2__index_titles.sql')
// nothing is left in the dev database
def uri = System.getenv('MIGRATE_TEST_POSTGRES_URL').substring('jdbc:'.length())
def left = ['psql', uri, '-Atc', "select count(*) from pg_namespace where nspname like 'migrate_scratch_%'"].execute().text.trim()
println "scratch schemas left on the server: ${left} (other builds may be running)"
true
