def log = new File(basedir, 'build.log').text
assert log.contains('You have a checksum error in your migration directory.')
assert log.contains('L2: 20240101000000_users.sql was edited')
assert log.contains('./mvnw migrate:hash')
def dir = new File(basedir, 'src/main/resources/db/migrations')
assert new File(dir, 'atlas.sum').bytes == new File(basedir, 'atlas.sum.before').bytes : 'validate changed atlas.sum'
assert dir.list().sort() == ['20240101000000_users.sql', '20240102000000_orders.sql', 'atlas.sum']
