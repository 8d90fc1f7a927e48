#!/usr/bin/env python3
"""Writes the test vectors of this folder and their atlas.sum files.

The expected atlas.sum of each vector comes from atlas_sum_reference.py, an implementation of Atlas's HashFile
independent of the Java one, checked against the seed example and against directories Atlas itself hashed.
Run from this folder: python3 generate.py
"""
import os, random, shutil
from atlas_sum_reference import atlas_sum, sum_entry_name

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
    # Atlas's directive rule: only 'atlas:sum' followed by spaces and exactly 'ignore' on an all-printable first line.
    'directives': {
        '01_plain.sql': b'-- atlas:sum ignore\nSELECT 1;\n',
        '02_crlf.sql': b'-- atlas:sum ignore\r\nSELECT 2;\r\n',
        '03_ignored.sql': b'-- atlas:sum ignored\nSELECT 3;\n',
        '04_extra.sql': b'-- atlas:sum ignore extra\nSELECT 4;\n',
        '05_trailing_space.sql': b'-- atlas:sum ignore \nSELECT 5;\n',
        '06_two_spaces.sql': b'-- atlas:sum  ignore\nSELECT 6;\n',
        '07_no_newline.sql': b'-- atlas:sum ignore',
        '08_tab.sql': b'--\tatlas:sum ignore\nSELECT 8;\n',
        '09_second_line.sql': b'-- header\n-- atlas:sum ignore\n',
        '10_later_directive.sql': b'-- atlas:sum ignore atlas:nolint\n',
        '11_twice.sql': b'-- atlas:nolint atlas:sum ignore\n',
        '12_bare.sql': b'atlas:sum ignore\n',
        '13_non_ascii_before.sql': '-- caf\u00e9 atlas:sum ignore\n'.encode(),
        '14_upper.sql': b'-- atlas:SUM ignore\n',
        '15_word.sql': b'-- atlas:summary ignore\n',
        '16_nul.sql': b'-- atlas:sum ignore\x00\n',
        '17_only_spaces_after.sql': b'-- atlas:sum   \n',
        '18_empty.sql': b'',
        '19_bom.sql': b'\xef\xbb\xbf-- atlas:sum ignore\n',
        '20_many_spaces.sql': b'-- atlas:sum' + b' ' * 5000 + b'ignore\n',
    },
    # Atlas's own test directories (sql/migrate/testdata, cmd/atlas/internal/migrate/testdata): free-form versions,
    # names without a description, an up/down pair. Where the stored files are complete, the atlas.sum Atlas wrote
    # for them is checked below (ATLAS_WRITTEN); the others are hashed by the reference.
    'atlas-up-down': {
        '1_initial.down.sql': b'DROP TABLE IF EXISTS t;',
        '1_initial.up.sql': b'CREATE TABLE t(c int);',
    },
    'atlas-sub': {
        '1.a_sub.up.sql': b'CREATE TABLE t_sub(c int);',
        '2.10.x-20_description.sql': b'-- add c2 column\nALTER TABLE t_sub ADD c2 int;',
        '3_partly.sql': b'-- add c3 column\nALTER TABLE t_sub ADD c3 int;\n-- add c4 column\nALTER TABLE t_sub ADD c4 int;',
    },
    'atlas-fixed': {
        '1.sql': b'CREATE TABLE `users` (`id` int NOT NULL PRIMARY KEY);',
        '2.sql': b'ALTER TABLE `users` ADD COLUMN `happy` boolean NOT NULL DEFAULT true;',
        '3.sql': b'CREATE TABLE `pets` (`id` int NOT NULL PRIMARY KEY);\nALTER TABLE `pets` ADD COLUMN `happy` boolean NULL;',
    },
    'atlas-partial-checkpoint': {
        '1_first.sql': b'create table `tbl_1` (`col` int);\n',
        '2_second.sql': b'create table `tbl_2` (`col` int);\n',
        '3_checkpoint.sql': b'-- atlas:checkpoint\n\nCREATE TABLE `tbl_1` (`col` int);\nCREATE TABLE `tbl_2` (`col` int);\n',
        '4_fourth.sql': b'create table `tbl_3` (`col` int);\n',
        '5_checkpoint.sql': b'-- atlas:checkpoint\n\nCREATE TABLE `tbl_1` (`col` int);\nCREATE TABLE `tbl_2` (`col` int);\ncreate table `tbl_3` (`col` int);\n',
        '6_sixth.sql': b'CREATE TABLE `tbl_4` (`col` int);\n',
    },
}

# Atlas wrote these; the reference must agree with them byte for byte.
ATLAS_WRITTEN = {
    'atlas-partial-checkpoint': 'h1:POfbsH2G2GIXAZQ2CdPa5ufTxcLpcnperz/gX0Vw6Uk=\n1_first.sql h1:uJ2MyyeTqXx4rCqtRMQAvRrfsvdwmvsZ3LcadVvCdOc=\n2_second.sql h1:TLO00GtsqSi8o0ySoaofBqxemrElL8fHOs3IRnqYvB8=\n3_checkpoint.sql h1:LR4UjDYVtrRuHLN5GQwLAYnXrSf/iO70psY8hTmLmjw=\n4_fourth.sql h1:QvaneqKxg+3R+zNzCP/wW43XkECdHkUwEpxJKPICEP8=\n5_checkpoint.sql h1:syyuaJb/hoMRO7MJlv4AMhYqMCoSb8ZgcHENO8RqN3I=\n6_sixth.sql h1:JNhpyBtH7XKqGBNRHQ+AvM9IDpO08C3G/swWPHfLkfw=\n',
    'atlas-fixed': 'h1:oNV0f9HzMMCf2pzF+sA6CmsSHGjdkWYmcTjoc/lWxLs=\n1.sql h1:twN+zPVp8JzWEUcPPfNIT6/62Wa08dfxxZhT4gZxBzg=\n2.sql h1:KHLlrSPwSjbp4+KrpQHwYZf8zlSIiAR7MS3H2yd1yeE=\n3.sql h1:osHrPgu8uNgd6j09XCiyBQWWEh9aAmwjRgzdZZgm68M=\n',
}


def mutated_first_lines(count, seed):
    """First lines near the directive: each a random mix of pieces that matter to Atlas's pattern."""
    pieces = [b'-- ', b'--', b'#', b' ', b'  ', b'\t', b'atlas:', b'sum', b'ignore', b'ignored', b'atlas:sum',
              b'atlas:sum ignore', b'atlas:nolint', b'\r', b'\x00', b'\xc3\xa9', b'\xef\xbb\xbf', b'x', b'_',
              b'SUM', b'\x7f', b'~', b':']
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        line = b''.join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.4:
            line += b'atlas:sum' + b' ' * rng.randint(0, 3) + rng.choice([b'ignore', b'ignore ', b'ignore\r', b'ignor'])
        lines.append(line)
    return lines


VECTORS['directive-fuzz'] = {
    f'{i:04d}_m.sql': line + b'\nSELECT ' + str(i).encode() + b';\n'
    for i, line in enumerate(mutated_first_lines(600, 20261201))
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

for name, text in ATLAS_WRITTEN.items():
    assert atlas_sum(os.path.join(HERE, name)) == text, name + ': the reference disagrees with Atlas'


def sum_trim_cases(seed):
    """Lines of atlas.sum with white space and control characters around the name, and the name Atlas reads."""
    around = ['', ' ', '\t', '\x00', '\x01', '\xa0', '\x85', '\u3000', '\u2007', '\u200b', '\ufeff', '\v', '\f', '\u1680',
              '\u2028', '\u202f', '\u205f', '\x1f']
    rng = random.Random(seed)
    cases = []
    for _ in range(400):
        name = ''.join(rng.choice(around) for _ in range(rng.randint(0, 2))) + '1_a.sql' + \
            ''.join(rng.choice(around) for _ in range(rng.randint(0, 2)))
        line = name + ' h1:' + 'A' * 43 + '='
        cases.append((line, sum_entry_name(line)))
    return cases


with open(os.path.join(HERE, 'sum-trim-cases.txt'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# <line as UTF-8 hex> <name Atlas reads, as UTF-8 hex>\n')
    for line, expected in sum_trim_cases(20261201):
        out.write(line.encode('utf-8').hex() + ' ' + (expected.encode('utf-8').hex() or '-') + '\n')
