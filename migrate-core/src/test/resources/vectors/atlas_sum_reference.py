"""An implementation of Atlas's HashFile (sql/migrate/dir.go) independent of the Java one.

Directives are read with Atlas's own regular expression, applied to the file's bytes as Go applies it (Go's '.'
matches anything but '\\n', its '\\w' is ASCII), and a file is left out only for the directive 'sum' with the
arguments exactly 'ignore'. Names in atlas.sum are trimmed as Go's strings.TrimSpace trims (unicode.IsSpace).
"""
import hashlib, base64, os, re, sys

DIRECTIVE = re.compile(rb'^([ -~]*)atlas:(\w+)(?: +(.+))*')

# unicode.IsSpace: the White_Space property.
GO_SPACE = set('\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000') | {chr(c) for c in range(0x2000, 0x200b)}


def ignored(data):
    m = DIRECTIVE.match(data)
    return bool(m) and m.group(2) == b'sum' and m.group(3) == b'ignore'


def atlas_sum(d):
    names = sorted((n for n in os.listdir(d) if n.endswith('.sql') and os.path.isfile(os.path.join(d, n))),
                   key=lambda n: n.encode('utf-8'))
    h = hashlib.sha256(); entries = []
    for n in names:
        data = open(os.path.join(d, n), 'rb').read()
        h.update(n.encode('utf-8'))
        if ignored(data):
            continue
        h.update(data)
        entries.append((n, base64.b64encode(h.copy().digest()).decode()))
    t = hashlib.sha256()
    for n, x in entries: t.update(n.encode('utf-8')); t.update(x.encode())
    return 'h1:' + base64.b64encode(t.digest()).decode() + '\n' + ''.join(f'{n} h1:{x}\n' for n, x in entries)


def go_trim_space(s):
    start, end = 0, len(s)
    while start < end and s[start] in GO_SPACE: start += 1
    while end > start and s[end - 1] in GO_SPACE: end -= 1
    return s[start:end]


def sum_entry_name(line):
    """The name Atlas reads from one later line of atlas.sum, or None when the line has no 'h1:'."""
    if 'h1:' not in line:
        return None
    return go_trim_space(line.split('h1:', 1)[0])


if __name__ == '__main__':
    sys.stdout.write(atlas_sum(sys.argv[1]))
