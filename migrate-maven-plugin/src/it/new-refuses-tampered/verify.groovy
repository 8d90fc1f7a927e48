def dir = new File(basedir, 'src/main/resources/db/migrations')
assert dir.list().sort() == ['20240101000000_users.sql', '20240102000000_orders.sql', 'atlas.sum']
assert new File(basedir, 'build.log').text.contains('L2: 20240101000000_users.sql was edited')
