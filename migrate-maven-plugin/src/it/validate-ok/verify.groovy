assert new File(basedir, 'build.log').text.contains('2 atlas migration file(s), atlas.sum matches, latest 20240102000000')
