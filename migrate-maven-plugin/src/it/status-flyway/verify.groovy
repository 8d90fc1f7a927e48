def log = new File(basedir, 'build.log').text
try {
    assert log.contains('Successfully applied 2 migrations') : log
    // the deploy gate: the edited file fails the build, with the choices
    assert log.contains('V2__add_title.sql was edited after it was applied: the checksum flyway recorded when it ran it no longer matches the file')
    assert log.contains('Either restore the file as it was applied')
    // the report, as a person reads it
    assert log =~ /applied +V1__create_books\.sql/
    assert log =~ /edited after apply +V2__add_title\.sql/
    assert log =~ /pending +V3__add_isbn\.sql/
    assert log.contains('1 applied, 1 pending, 0 out of order, 1 edited after apply')
}
finally {
    def props = new Properties()
    new File(basedir, 'database.properties').withInputStream { props.load(it) }
    def uri = System.getenv('MIGRATE_TEST_POSTGRES_URL').substring('jdbc:'.length())
    ['psql', uri, '-c', "DROP DATABASE IF EXISTS ${props['database.name']} WITH (FORCE)"].execute().waitFor()
}
true
