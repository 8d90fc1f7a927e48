// main holds the first migration; the pull request's branch adds two.
def git(String... args) {
    def process = new ProcessBuilder((['git', '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com',
                                       '-c', 'commit.gpgsign=false'] + (args as List)) as List<String>)
        .directory(basedir).redirectErrorStream(true).start()
    println process.inputStream.text
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed"
}
def dir = new File(basedir, 'src/main/resources/db/migrations')
dir.mkdirs()
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n' // what the build itself writes
new File(dir, 'V1__create_books.sql').text = '''CREATE TABLE books (id bigint PRIMARY KEY, title varchar(200), summary text);
'''
git('init', '-q', '-b', 'main')
git('add', '.')
git('commit', '-q', '-m', 'create books')
git('checkout', '-q', '-b', 'feature')
new File(dir, 'V2__index_titles.sql').text = '''-- titles are searched
CREATE INDEX idx_books_title ON books (title);
'''
new File(dir, 'V3__drop_summary.sql').text = '''-- the summary moves to its own table
ALTER TABLE books DROP COLUMN summary;
-- atlas:nolint DS103
ALTER TABLE books DROP COLUMN title;
'''
true
