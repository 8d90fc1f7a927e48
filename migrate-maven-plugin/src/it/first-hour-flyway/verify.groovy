def app = evaluate(new File(basedir, '../../../src/it/first-hour.groovy'))(basedir, localRepositoryPath)
try {
    // 1. A new application with an empty migration folder (which the build does not copy): the first dev start
    //    writes the first migration with its undo file and applies it.
    app.migrations().mkdirs()
    def first = app.start(['dev'])
    // No noise from migrate's own mapping of the entities.
    assert !first.contains('HHH90000025') && !first.contains('HHH102003')
    assert !first.contains('did not follow the filename convention')
    assert app.migrationFiles().size() == 2 : app.migrationFiles()
    def (undo, up) = app.migrationFiles()
    assert up ==~ /V\d{14}__create_customer\.sql/ && undo == 'U' + up.substring(1) : app.migrationFiles()
    assert new File(app.migrations(), up).text.contains('CREATE TABLE customer (\n') // one column or constraint per line
    assert app.columns('customer') == ['id', 'name']
    assert app.psql(app.database(), 'SELECT script FROM flyway_schema_history WHERE success') == up

    // 2. Restart: in sync, nothing written, nothing run.
    def again = app.start(['dev'])
    assert !again.contains('did not follow the filename convention')
    assert app.migrationFiles().size() == 2

    // 3. An entity change: the second migration, written and applied in the same run.
    def entity = new File(basedir, 'src/main/java/com/example/shop/Customer.java')
    entity.text = entity.text.replace('    private String name;\n', '    private String name;\n\n    private String email;\n')
    app.start(['dev'])
    assert app.migrationFiles().size() == 4 : app.migrationFiles()
    assert app.migrationFiles().any { it ==~ /V\d{14}__add_email_to_customer\.sql/ }
    assert app.columns('customer') == ['id', 'name', 'email']

    // 4. A hand edit of an undo file (Flyway does not run them; a reviewer fixed it): refused, naming the file.
    def undoFile = new File(app.migrations(), undo)
    undoFile.text = undoFile.text + '-- Reviewed: drops the table and its data.\n'
    def refused = app.start([], false)
    assert refused.contains('APPLICATION FAILED TO START')
    assert refused.contains(undo + ' was edited')

    // 5. The Action's command, run exactly as printed; then the start succeeds.
    def command = app.actionCommand(refused)
    assert command == ['./mvnw', 'migrate:hash']
    app.mvnw(command.drop(1))
    def started = app.start()
    assert started.contains('matches its atlas.sum (2 migrations, format flyway')
    assert !started.contains('did not follow the filename convention')
    assert app.psql(app.database(), 'SELECT count(*) FROM flyway_schema_history WHERE success') == '2'

    // 6. The plugin follows the application with no parameters: the U files are part of the flyway format.
    def diff = app.mvnw(['migrate:diff'])
    assert diff.contains('Found 1 entities in the project\'s classes; flyway directory')
    assert diff.contains('The schema is in sync with the entities')
    def validate = app.mvnw(['migrate:validate'])
    assert validate.contains('4 flyway migration file(s), atlas.sum matches')
} finally {
    app.tearDown()
}
true
