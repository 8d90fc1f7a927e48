def dir = new File(basedir, 'src/main/resources/db/migrations')
def written = new File(dir, 'atlas.sum').bytes
def expected = new File(basedir, 'expected-atlas.sum').bytes
assert written == expected : "atlas.sum differs from the one Atlas computes:\n" + new String(written, 'UTF-8')
assert new File(basedir, 'build.log').text.contains('covering 2 migration file(s)')
