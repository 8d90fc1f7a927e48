// The history a team makes: main has a migration; feature branches off and adds one; main gets a newer one; feature
// merges main, and atlas.sum conflicts. Plain git commands, as people type them.
def run(String... command) {
    def process = new ProcessBuilder(command as List).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    process.waitFor()
    return [process.exitValue(), output]
}
def git(String... args) {
    def (code, output) = run((['git', '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com',
                               '-c', 'commit.gpgsign=false'] + (args as List)) as String[])
    println "git ${args.join(' ')}: ${output.trim()}"
    return code
}
def dir = new File(basedir, 'src/main/resources/db/migrations')
dir.mkdirs()
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n' // what the build itself writes
def migration = { String version, String name, String sql ->
    new File(dir, "${version}_${name}.sql").text = "-- liquibase formatted sql\n\n-- changeset dev:${version}_${name}\n${sql}\n"
}
// atlas.sum as a developer's ./mvnw migrate:hash writes it (Atlas's running SHA-256), computed here in between commits
def rehash = {
    def digest = java.security.MessageDigest.getInstance('SHA-256')
    def entries = dir.list().findAll { it.endsWith('.sql') }.sort().collect { name ->
        digest.update(name.getBytes('UTF-8'))
        digest.update(new File(dir, name).bytes)
        [name, digest.clone().digest().encodeBase64().toString()]
    }
    def total = java.security.MessageDigest.getInstance('SHA-256')
    entries.each { total.update(it[0].getBytes('UTF-8')); total.update(it[1].getBytes('UTF-8')) }
    new File(dir, 'atlas.sum').text = "h1:${total.digest().encodeBase64()}\n" + entries.collect { "${it[0]} h1:${it[1]}\n" }.join('')
}

assert git('init', '-q', '-b', 'main') == 0
migration('20250101090000', 'create_books', 'CREATE TABLE books (id bigint PRIMARY KEY);')
rehash()
assert git('add', '.') == 0
assert git('commit', '-q', '-m', 'create books') == 0
assert git('checkout', '-q', '-b', 'feature') == 0
migration('20250102090000', 'add_title', 'ALTER TABLE books ADD COLUMN title varchar(200);')
rehash()
assert git('add', '.') == 0
assert git('commit', '-q', '-m', 'add title') == 0
assert git('checkout', '-q', 'main') == 0
migration('20250103090000', 'add_isbn', 'ALTER TABLE books ADD COLUMN isbn varchar(17);')
rehash()
assert git('add', '.') == 0
assert git('commit', '-q', '-m', 'add isbn') == 0
assert git('checkout', '-q', 'feature') == 0
assert git('merge', '-q', 'main', '-m', 'merge main') != 0 : 'the merge should conflict on atlas.sum'
assert new File(dir, 'atlas.sum').text.contains('<<<<<<<')
true
