#!/usr/bin/env python3
"""Writes the test vectors of this folder and their atlas.sum files.

The expected atlas.sum of each vector comes from atlas_sum_reference.py, an implementation of Atlas's HashFile
independent of the Java one, checked against the seed example and against directories Atlas itself hashed.
Run from this folder: python3 generate.py
"""
import os, shutil
from atlas_sum_reference import atlas_sum

HERE = os.path.dirname(os.path.abspath(__file__))

VECTORS = {
    'empty': {},
    'one-file': {'20240101000000_init.sql': b'CREATE TABLE users (id bigint PRIMARY KEY);\n'},
    'thousand-files': {
        f'{20240101000000 + i}_step_{i}.sql': f'CREATE TABLE t{i} (id int);\nINSERT INTO t{i} VALUES ({i});\n'.encode()
        for i in range(1000)
    },
    'ignore-directive': {
        '1_a.sql': b'CREATE TABLE a (id int);\n',
        '2_scratch.sql': b'-- atlas:sum ignore\nSELECT 1;\n',
        '3_c.sql': b'CREATE TABLE c (id int);\n',
    },
    'crlf': {
        '1_a.sql': b'CREATE TABLE a (\r\n  id int\r\n);\r\n',
        '2_b.sql': b'CREATE TABLE b (id int);\r\n',
    },
    'non-ascii': {
        '1_caf\u00e9.sql'.encode().decode(): 'CREATE TABLE "caf\u00e9" ("na\u00efve" text); -- \u65e5\u672c\u8a9e\n'.encode(),
        '2_with space.sql': b'SELECT 1;\n',
        # UTF-8 byte order and Java's UTF-16 order disagree on these two names.
        '3_\uff5e.sql': b'SELECT 3;\n',
        '3_\U0001F600.sql': b'SELECT 4;\n',
        '4_bom.sql': b'\xef\xbb\xbfSELECT 5;\n',
    },
}

for name, files in VECTORS.items():
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for file, content in files.items():
        with open(os.path.join(folder, file), 'wb') as out:
            out.write(content)
    with open(os.path.join(folder, 'atlas.sum'), 'w', encoding='utf-8', newline='\n') as out:
        out.write(atlas_sum(folder))
