import hashlib, base64, os, re, sys
def atlas_sum(d):
    names = sorted((n for n in os.listdir(d) if n.endswith('.sql') and os.path.isfile(os.path.join(d,n))), key=lambda n: n.encode('utf-8'))
    h = hashlib.sha256(); entries = []
    for n in names:
        data = open(os.path.join(d,n),'rb').read()
        h.update(n.encode('utf-8'))
        first = data.split(b'\n',1)[0].decode('latin-1')
        if re.match(r'^[ -~]*atlas:sum ignore', first): continue
        h.update(data)
        entries.append((n, base64.b64encode(h.copy().digest()).decode()))
    t = hashlib.sha256()
    for n, x in entries: t.update(n.encode('utf-8')); t.update(x.encode())
    return 'h1:' + base64.b64encode(t.digest()).decode() + '\n' + ''.join(f'{n} h1:{x}\n' for n, x in entries)
if __name__ == '__main__':
    sys.stdout.write(atlas_sum(sys.argv[1]))
