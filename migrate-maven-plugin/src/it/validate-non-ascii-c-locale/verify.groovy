def log = new File(basedir, 'build.log').text
assert log.contains('2 atlas migration file(s), atlas.sum matches, latest 20240102000000')
assert !log.contains('Malformed input')
