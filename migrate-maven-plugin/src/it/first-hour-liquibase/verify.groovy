def app = evaluate(new File(basedir, '../../../src/it/first-hour.groovy'))(basedir, localRepositoryPath)
try {
    // 1. A new application: no migration folder at all. The first dev start writes the first migration and applies it.
    assert !app.migrations().exists()
    def first = app.start(['dev'])
    // No noise from migrate's own mapping of the entities.
    assert !first.contains('HHH90000025') && !first.contains('HHH102003')
    assert first.contains('Created the migration source directory')
    assert app.migrationFiles().size() == 1 && app.migrationFiles()[0] ==~ /\d{14}_create_customer\.sql/ : app.migrationFiles()
    assert new File(app.migrations(), 'atlas.sum').exists()
    def migration = new File(app.migrations(), app.migrationFiles()[0]).text
    assert migration.startsWith('-- liquibase formatted sql')
    assert migration.contains('CREATE TABLE customer (\n') : migration // one column or constraint per line
    assert app.columns('customer') == ['id', 'name']
    assert app.psql(app.database(), 'SELECT filename FROM databasechangelog') ==
            'db/migrations/' + app.migrationFiles()[0]

    // 2. Restart: in sync, nothing written, nothing run.
    app.start(['dev'])
    assert app.migrationFiles().size() == 1

    // 3. An entity change: the second migration, written and applied in the same run.
    def entity = new File(basedir, 'src/main/java/com/example/shop/Customer.java')
    entity.text = entity.text.replace('    private String name;\n', '    private String name;\n\n    private String email;\n')
    app.start(['dev'])
    assert app.migrationFiles().size() == 2 && app.migrationFiles()[1].endsWith('_add_email_to_customer.sql') : app.migrationFiles()
    assert app.columns('customer') == ['id', 'name', 'email']

    // 4. A hand edit of a committed migration (a note above its changeset): the start is refused, naming the file.
    def edited = new File(app.migrations(), app.migrationFiles()[0])
    edited.text = edited.text.replaceFirst('\n', '\n-- Reviewed: customers are never deleted.\n')
    def refused = app.start([], false)
    assert refused.contains('APPLICATION FAILED TO START')
    assert refused.contains(app.migrationFiles()[0] + ' was edited')

    // 5. The Action's command, run exactly as printed; then the start succeeds and runs nothing again.
    def command = app.actionCommand(refused)
    assert command == ['./mvnw', 'migrate:hash']
    app.mvnw(command.drop(1))
    def started = app.start()
    assert started.contains('matches its atlas.sum (2 migrations, format liquibase')
    assert !started.contains('Running Changeset')
    assert app.psql(app.database(), 'SELECT count(*) FROM databasechangelog') == '2'

    // 6. The plugin follows the application with no parameters: format, directory, dev database, entities.
    def diff = app.mvnw(['migrate:diff'])
    assert diff.contains('Found 1 entities in the project\'s classes; liquibase directory')
    assert diff.contains('(spring.datasource.url)')
    assert diff.contains('The schema is in sync with the entities')
    def validate = app.mvnw(['migrate:validate'])
    assert validate.contains('2 liquibase migration file(s), atlas.sum matches')
} finally {
    app.tearDown()
}
true
