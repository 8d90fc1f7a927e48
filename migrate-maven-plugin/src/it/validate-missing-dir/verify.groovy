def log = new File(basedir, 'build.log').text
assert log.contains('does not exist.')
assert log.contains('Create it (an empty directory is valid)')
assert !new File(basedir, 'src').exists() : 'validate must not create the directory'
