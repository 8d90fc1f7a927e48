// The first hour of a team that adopts migrate, shared by the first-hour-* builds: a new Spring Boot application that
// has only the starter and the plugin as the README shows them, run with the commands a user types (./mvnw ...) on a
// fresh PostgreSQL database of its own. Evaluated by each build's prebuild.groovy and verify.groovy.

class FirstHour {

    final File basedir
    final File localRepository
    int step = 0

    FirstHour(File basedir, File localRepository) {
        this.basedir = basedir
        this.localRepository = localRepository
    }

    static String serverUrl() {
        def url = System.getenv('MIGRATE_TEST_POSTGRES_URL')
        assert url : 'This build needs PostgreSQL: set MIGRATE_TEST_POSTGRES_URL, for example ' +
                'jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (bash .ci/run sets it)'
        url
    }

    /** The server's URL with another database in place of the one it names. */
    static String databaseUrl(String database) {
        serverUrl().replaceFirst('(jdbc:postgresql://[^/]+/)[^?]*', '$1' + database)
    }

    static String psql(String database, String sql) {
        def uri = databaseUrl(database).substring('jdbc:'.length())
        def process = ['psql', uri, '-v', 'ON_ERROR_STOP=1', '-Atc', sql].execute()
        def out = new StringBuilder(), err = new StringBuilder()
        process.waitForProcessOutput(out, err)
        assert process.exitValue() == 0 : "psql failed: $sql\n$err"
        out.toString().trim()
    }

    /** Creates the application's database and writes the settings a user writes: the database URL. */
    String setUp(String extraSettings) {
        def database = 'first_hour_' + basedir.name.replace('-', '_') + '_' + UUID.randomUUID().toString().substring(0, 8)
        psql('postgres', "CREATE DATABASE $database")
        new File(basedir, 'database.name').text = database
        def resources = new File(basedir, 'src/main/resources')
        resources.mkdirs()
        new File(resources, 'application.properties').text = """spring.application.name=shop
spring.datasource.url=${databaseUrl(database)}
spring.jpa.hibernate.ddl-auto=validate
${extraSettings}"""
        // The project's Maven wrapper, as start.spring.io generates it.
        def root = new File(basedir, '../../../..').canonicalFile
        new File(basedir, 'mvnw').bytes = new File(root, 'mvnw').bytes
        new File(basedir, 'mvnw').setExecutable(true)
        new File(basedir, '.mvn/wrapper').mkdirs()
        new File(basedir, '.mvn/wrapper/maven-wrapper.properties').text =
                new File(root, '.mvn/wrapper/maven-wrapper.properties').text
        database
    }

    String database() {
        new File(basedir, 'database.name').text.trim()
    }

    void tearDown() {
        psql('postgres', "DROP DATABASE IF EXISTS ${database()} WITH (FORCE)")
    }

    /** Runs ./mvnw with these arguments, exactly as a user types them; returns the output. */
    String mvnw(List<String> arguments, boolean succeeds = true) {
        step++
        List<String> command = (['./mvnw'] + arguments).collect { it.toString() }
        def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
        // The invoker's settings and local repository, so the nested builds resolve what this build installed.
        def settings = new File(basedir, 'target/first-hour-settings.xml')
        if (!settings.exists()) {
            def outer = new File(System.getProperty('maven.repo.local') ?: System.getProperty('user.home') + '/.m2/repository')
            settings.parentFile.mkdirs()
            settings.text = new File(basedir, '../../../src/it/settings.xml').text
                    .replace('@localRepositoryUrl@', outer.toURI().toString())
        }
        builder.environment().put('MAVEN_ARGS',
                "-B -s ${settings.canonicalPath} -Dmaven.repo.local=${localRepository.canonicalPath}".toString())
        def process = builder.start()
        def output = process.inputStream.getText('UTF-8')
        process.waitFor()
        new File(basedir, "step-${step}.log").text = command.join(' ') + '\n' + output
        assert (process.exitValue() == 0) == succeeds :
                "step ${step}: ${command.join(' ')} ${succeeds ? 'failed' : 'succeeded'} (see step-${step}.log):\n" +
                output.readLines().takeRight(60).join('\n')
        output
    }

    /** A start of the application; it is not a web server here, so it ends once started. */
    String start(List<String> profiles = [], boolean succeeds = true) {
        def arguments = ['spring-boot:run', '-Dspring-boot.run.arguments=--spring.main.web-application-type=none']
        if (profiles) {
            arguments += "-Dspring-boot.run.profiles=${profiles.join(',')}".toString()
        }
        mvnw(arguments, succeeds)
    }

    File migrations() {
        new File(basedir, 'src/main/resources/db/migrations')
    }

    List<String> migrationFiles() {
        (migrations().list() ?: [] as String[]).findAll { it.endsWith('.sql') }.sort()
    }

    List<String> columns(String table) {
        psql(database(), "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '$table' ORDER BY ordinal_position").readLines()
    }

    /** The command of the failure report's Action, exactly as printed. */
    static List<String> actionCommand(String output) {
        def action = output.substring(output.indexOf('Action:'))
        def matcher = action =~ /run (\.\/mvnw [\w:.-]+(?: -D[^\s;]+)*)/
        assert matcher.find() : "The Action names no command:\n$action"
        matcher.group(1).split(' ').toList()
    }

}

// The scripts cannot name this class (it is compiled apart from them): they get a factory.
return { File basedir, File localRepository -> new FirstHour(basedir, localRepository) }
