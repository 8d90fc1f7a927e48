def log = new File(basedir, 'build.log').text
assert log.contains('checksum file format invalid')
assert log.contains('L2: atlas.sum is malformed: the line is blank')
