def log = new File(basedir, 'build.log').text
assert log.contains('V1__create_a.sql') && log.contains('V1__create_b.sql') : 'the failure names both files'
assert !new File(basedir, 'src/main/resources/db/migrations/atlas.sum').exists() : 'nothing is written'
true
