def app = evaluate(new File(basedir, '../../../src/it/first-hour.groovy'))(basedir, localRepositoryPath)
app.setUp('')
true
