#!/usr/bin/env python3
"""Makes the hostile inputs of tests/hostile/ (see README.md).

    python3 tests/hostile/generate.py            rewrite the committed files and add new
                                                 cases to expected.tsv (existing rows keep
                                                 their expected exit code and codes)
    python3 tests/hostile/generate.py --runtime DIR
                                                 make the inputs too large to commit (100 MB
                                                 files, 100,000-deep nesting, FIFOs, links
                                                 out of the tree) in DIR; run.py calls this

Everything is deterministic: the "random" bytes come from a fixed seed.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_RULES = open(os.path.join(HERE, "base", "regeling.toets"), "rb").read()
BASE_APPLICATION = open(os.path.join(HERE, "base", "aanvraag.json"), "rb").read()
REPO = os.path.dirname(os.path.dirname(HERE))

EVAL = "eval base/regeling.toets --format json -a"


class Cases:
    def __init__(self):
        self.files = {}  # relative path -> bytes
        self.big_files = {}  # made at test time under {gen}/: too large to commit
        self.rows = []   # (name, command, exit, codes)

    def file(self, path, content, big=False):
        if isinstance(content, str):
            content = content.encode("utf-8")
        files = self.big_files if big else self.files
        assert path not in files, path
        files[path] = content
        return ("{gen}/" if big else "") + path

    def case(self, name, command, exit_code, codes=""):
        assert all(name != r[0] for r in self.rows), name
        self.rows.append((name, command, exit_code, codes))

    def rule(self, name, content, exit_code=1, codes="P001", command="check", big=False):
        path = self.file("rules/" + name + ".toets", content, big)
        self.case("rules-" + name, command + " " + path, exit_code, codes)

    def data(self, name, content, exit_code=2, codes="D001", ext="json", role="-a", big=False):
        path = self.file("data/" + name + "." + ext, content, big)
        if role == "-a":
            command = EVAL + " " + path
        else:
            command = EVAL + " base/aanvraag.json " + role + " " + path
        self.case("data-" + name, command, exit_code, codes)


def small_scheme(body, header="taal nl\n\n"):
    return header + body


def rule_files(c):
    rng = random.Random(7)
    base = BASE_RULES
    # Truncated: the base scheme and the real schemes cut at fixed fractions of their length.
    sources = {"base": base}
    for name in ["buurtwerkkamers-2019", "beschermd-thuis-pilots", "duurzaam-bewonersinitiatief", "versneld-vernieuwen"]:
        sources[name] = open(os.path.join(REPO, "rules", name + ".toets"), "rb").read()
    for name, text in sources.items():
        for fraction in [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]:
            cut = int(len(text) * fraction)
            c.rule("truncated-%s-%02d" % (name, int(fraction * 100)), text[:cut])
    # Cut inside a multi-byte character (ö of coördinatie in the base application is data;
    # here `€` in the rules).
    euro = base.index("€".encode())
    c.rule("truncated-inside-euro-sign", base[: euro + 1])
    c.rule("truncated-inside-string", base[: base.index(b'"Vijandige') + 5])

    # Binary.
    c.rule("binary-random-1k", bytes(rng.randrange(256) for _ in range(1024)))
    c.rule("binary-random-64k", bytes(rng.randrange(256) for _ in range(65536)), big=True)
    c.rule("binary-elf-header", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x00" * 200)
    c.rule("binary-png-header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(300)))
    c.rule("binary-gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(rng.randrange(256) for _ in range(200)))
    c.rule("binary-all-zero", bytes(4096))
    c.rule("binary-all-ff", b"\xff" * 4096)
    c.rule("binary-nul-in-line", base.replace(b"<= ", b"<= \x00", 1))
    c.rule("binary-nul-at-end", base + b"\x00")
    c.rule("binary-zip-header", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(500)))
    c.rule("binary-pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    # Invalid UTF-8 in every place a byte can stand.
    c.rule("utf8-lone-continuation", base.replace(b"Vijandige", b"Vijand\x80ige", 1))
    c.rule("utf8-overlong-slash", base.replace(b"Vijandige", b"Vijand\xc0\xafige", 1))
    c.rule("utf8-overlong-nul", base.replace(b"Vijandige", b"Vijand\xc0\x80ige", 1))
    c.rule("utf8-surrogate", base.replace(b"Vijandige", b"Vijand\xed\xa0\x80ige", 1))
    c.rule("utf8-beyond-unicode", base.replace(b"Vijandige", b"Vijand\xf4\x90\x80\x80ige", 1))
    c.rule("utf8-fe-ff", base.replace(b"Vijandige", b"\xfe\xffVijandige", 1))
    c.rule("utf8-truncated-at-end", base + b"# einde \xe2\x82")
    c.rule("utf8-in-comment", b"# commentaar \xff\xfe\n" + base)
    c.rule("utf8-in-name", base.replace(b"voorwaarde uren", b"voorwaarde ur\xe9n", 1))
    c.rule("utf8-latin1-file", base.replace("ö".encode(), b"\xf6").replace(b"Vijandige", b"Vijandige co\xf6rdinatie", 1))
    c.rule("utf8-in-keyword", base.replace(b"voorwaarde bedrag", b"voorwaard\xe9 bedrag", 1))

    # Byte order marks and other encodings.
    c.rule("bom-utf8", b"\xef\xbb\xbf" + base, 0, "")
    c.rule("bom-utf8-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + base)
    c.rule("bom-utf8-mid-file", base.replace(b"voorwaarde uren", b"\xef\xbb\xbfvoorwaarde uren", 1))
    c.rule("bom-utf16le", b"\xff\xfe" + base.decode().encode("utf-16-le"))
    c.rule("bom-utf16be", b"\xfe\xff" + base.decode().encode("utf-16-be"))
    c.rule("utf16le-without-bom", base.decode().encode("utf-16-le"))
    c.rule("bom-utf32le", b"\xff\xfe\x00\x00" + base.decode().encode("utf-32-le"))

    # Line ends.
    c.rule("crlf", base.replace(b"\n", b"\r\n"), 0, "")
    c.rule("crlf-mixed", base.replace(b"\n", b"\r\n", 10), 0, "")
    c.rule("cr-only", base.replace(b"\n", b"\r"))
    c.rule("crlf-no-final-newline", base.rstrip(b"\n").replace(b"\n", b"\r\n"), 0, "")
    c.rule("lf-cr-reversed", base.replace(b"\n", b"\n\r"))
    c.rule("no-final-newline", base.rstrip(b"\n"), 0, "")

    # Empty and nearly empty.
    c.rule("empty", b"")
    c.rule("only-newlines", b"\n" * 1000)
    c.rule("only-spaces", b" " * 1000)
    c.rule("only-comment", b"# niets\n")
    c.rule("only-language", b"taal nl\n")
    c.rule("only-bom", b"\xef\xbb\xbf")
    c.rule("language-unknown", base.replace(b"taal nl", b"taal fr", 1))

    # Numbers.
    digits = "1" + "0" * 9999
    num = "taal nl\n\nwaarde groot = %s\n"
    c.rule("number-10000-digits", small_scheme("waarde groot = %s\n" % digits))
    c.rule("number-10000-decimals", small_scheme("waarde klein = 0,%s\n" % ("1" * 10000)))
    c.rule("number-10000-digit-money", small_scheme("waarde bedrag = € %s\n" % ("9" * 10000)))
    c.rule("number-10000-digit-percentage", small_scheme("waarde aandeel = %s%%\n" % ("9" * 10000)))
    c.rule("number-19-digits", small_scheme("waarde groot = 1234567890123456789\n"))
    c.rule("number-18-digits", small_scheme("waarde groot = 123456789012345678\n"), 0, "")
    c.rule("number-exponent", small_scheme("waarde groot = 1e999999999\n"))
    c.rule("number-negative-exponent", small_scheme("waarde klein = 1E-999999999\n"))
    c.rule("number-10000-digit-in-comparison", BASE_RULES.replace(b"\xe2\x82\xac 50.000", ("€ " + "9" * 10000).encode(), 1))
    c.rule("number-10000-digit-date-year", small_scheme("regeling \"x\":\n  versie 1\n  peildatum %s-01-01\n" % ("2" * 10000)))
    c.rule("number-wrong-separators", small_scheme("waarde x = 1,500.25\n"))
    c.rule("number-overflow-product", small_scheme("waarde a = 999999999999999999\n\nwaarde b = a * a * a * a\n"), 0, "")
    c.rule("number-division-by-zero-constant", small_scheme("waarde a = 1 / 0\n"))
    c.rule("number-nan-word", small_scheme("waarde a = NaN\n"))
    c.rule("number-infinity", small_scheme("waarde a = Infinity\n"))
    c.rule("number-many-dots", small_scheme("waarde a = 1.2.3.4.5.6\n"))

    # Dates.
    for date in ["2023-02-30", "2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "0000-01-01", "2023-1-1", "10000-01-01", "2023-02-28T12:00"]:
        c.rule("date-" + date.replace(":", ""), small_scheme("regeling \"x\":\n  versie 1\n  peildatum %s\n" % date))
    c.rule("date-leap-2024-02-29", small_scheme("regeling \"x\":\n  versie 1\n  peildatum 2024-02-29\n"), 0, "")
    c.rule("date-validity-reversed", small_scheme("regeling \"x\":\n  versie 1\n  geldig vanaf 2024-01-01 tot en met 2019-12-31\n"))

    # Nesting (the 100,000-deep files are made at test time, see runtime()).
    for depth in [199, 200, 201, 1000, 10000]:
        c.rule("nesting-brackets-%d" % depth, small_scheme("waarde a = %s1%s\n" % ("(" * depth, ")" * depth)))
    c.rule("nesting-unclosed-10000", small_scheme("waarde a = %s1\n" % ("(" * 10000)))
    c.rule("nesting-closing-10000", small_scheme("waarde a = 1%s\n" % (")" * 10000)))
    c.rule("nesting-niet-10000", small_scheme("voorwaarde a:\n  %saanvraag.x\n\ngegevens aanvraag:\n  x: ja/nee\n" % ("niet " * 10000)))
    c.rule("nesting-minus-10000", small_scheme("waarde a = %s1\n" % ("-" * 10000)))
    c.rule("nesting-als-1000", small_scheme("waarde a = %s1%s\n" % ("als 1 = 1 dan " * 1000, " anders 2" * 1000)))
    bullets = "".join(" " * (4 * i + 4) + "- alle volgende:\n" for i in range(300)) + " " * 1204 + "- aanvraag.x\n"
    c.rule("nesting-bullets-300", small_scheme("gegevens aanvraag:\n  x: ja/nee\n\nvoorwaarde a:\n  alle volgende:\n" + bullets), big=True)
    c.rule("nesting-record-fields-300", small_scheme("gegevens aanvraag:\n" + "".join("  " * (i + 1) + "veld%d:\n" % i for i in range(300)) + "  " * 301 + "x: tekst\n"))
    c.rule("long-sum-10000-terms", small_scheme("waarde a = %s\n" % " + ".join(["1"] * 10000)), 0, "")

    # Long lines and names.
    c.rule("long-line-1mb", small_scheme("# %s\n" % ("x" * (1 << 20))), 0, "", big=True)
    c.rule("long-name-100k", small_scheme("waarde %s = 1\n" % ("a" * 100000)), 0, "", big=True)
    c.rule("long-string-1mb", small_scheme("regeling \"%s\":\n  versie 1\n" % ("x" * (1 << 20))), 0, "", big=True)
    c.rule("many-conditions-500", small_scheme("gegevens aanvraag:\n  x: getal\n\n" + "".join("voorwaarde v%d:\n  aanvraag.x > %d\n\n" % (i, i) for i in range(500))), 0, "", big=True)
    c.rule("many-errors-500", small_scheme("".join("voorwaarde v%d:\n  onbekend%d > 1\n\n" % (i, i) for i in range(500))), big=True)
    c.rule("many-syntax-errors-5000", small_scheme("".join("@@@ %d\n" % i for i in range(5000))), big=True)

    # Duplicates.
    c.rule("duplicate-condition", small_scheme("gegevens aanvraag:\n  x: getal\n\nvoorwaarde a:\n  aanvraag.x > 1\n\nvoorwaarde a:\n  aanvraag.x > 2\n"))
    c.rule("duplicate-field", small_scheme("gegevens aanvraag:\n  x: getal\n  x: tekst\n"))
    c.rule("duplicate-property", small_scheme("regeling \"x\":\n  versie 1\n  versie 2\n"))
    c.rule("duplicate-data-block", small_scheme("gegevens aanvraag:\n  x: getal\n\ngegevens aanvraag:\n  x: getal\n"))
    c.rule("duplicate-header", small_scheme("regeling \"x\":\n  versie 1\n\nregeling \"y\":\n  versie 2\n"))
    c.rule("duplicate-language", base.replace(b"taal nl\n", b"taal nl\ntaal en\n", 1))

    # Whitespace and control characters.
    c.rule("tab-indent", base.replace(b"\n  aanvraag.uren", b"\n\taanvraag.uren", 1))
    c.rule("form-feed", base.replace(b"\nvoorwaarde uren", b"\n\x0cvoorwaarde uren", 1))
    c.rule("vertical-tab", base.replace(b"\nvoorwaarde uren", b"\n\x0bvoorwaarde uren", 1))
    c.rule("escape-sequence", base.replace(b"Vijandige", b"\x1b[31mVijandige", 1))
    c.rule("nbsp-indent", base.replace(b"\n  aanvraag.uren", "\n\u00a0\u00a0aanvraag.uren".encode(), 1))
    c.rule("line-separator", base.replace(b"\nvoorwaarde uren", "\u2028voorwaarde uren".encode(), 1))
    c.rule("zero-width-in-name", base.replace(b"voorwaarde uren", "voorwaarde ur\u200ben".encode(), 1))
    c.rule("bidi-override-in-string", base.replace(b"Vijandige", "\u202eVijandige\u202c".encode(), 1), 0, "")
    c.rule("bidi-override-in-name", base.replace(b"voorwaarde uren", "voorwaarde \u202enerU".encode(), 1))
    c.rule("homoglyph-keyword", base.replace(b"voorwaarde uren", "vооrwaarde uren".encode(), 1))
    c.rule("fullwidth-digits", small_scheme("waarde a = \uff11\uff12\n"))
    c.rule("combining-accents", small_scheme("waarde a\u0301\u0301\u0301 = 1\n"))
    c.rule("emoji-name", small_scheme("waarde \U0001F600 = 1\n"))


def imports(c):
    d = "imports/"
    c.file(d + "lib/schaal.toets", small_scheme("schaal kleuren:\n  rood    onder 50%\n  groen   vanaf 50%\n"))
    c.file(d + "self.toets", small_scheme('importeer "self.toets"\n'))
    c.file(d + "loop-a.toets", small_scheme('importeer "loop-b.toets"\n'))
    c.file(d + "loop-b.toets", small_scheme('importeer "loop-a.toets"\n'))
    c.file(d + "loop-via-dir.toets", small_scheme('importeer "lib/../loop-via-dir.toets"\n'))
    c.file(d + "passwd.toets", small_scheme('importeer "../../etc/passwd"\n'))
    c.file(d + "deep-passwd.toets", small_scheme('importeer "%setc/passwd"\n' % ("../" * 40)))
    c.file(d + "absolute.toets", small_scheme('importeer "/etc/passwd"\n'))
    c.file(d + "dev-zero.toets", small_scheme('importeer "/dev/zero"\n'))
    c.file(d + "missing.toets", small_scheme('importeer "bestaat-niet.toets"\n'))
    c.file(d + "directory.toets", small_scheme('importeer "lib"\n'))
    c.file(d + "empty-path.toets", small_scheme('importeer ""\n'))
    c.file(d + "binary.toets", small_scheme('importeer "lib/binary.bin"\n'))
    c.file(d + "lib/binary.bin", bytes(random.Random(3).getrandbits(8 * 512).to_bytes(512, "little")))
    c.file(d + "good.toets", small_scheme('importeer "lib/schaal.toets"\n'))
    c.file(d + "twice.toets", small_scheme('importeer "lib/schaal.toets"\nimporteer "lib/../lib/schaal.toets"\n'))
    c.file(d + "outside-sibling.toets", small_scheme('importeer "../base/regeling.toets"\n'))
    c.file(d + "nul-in-path.toets", small_scheme('importeer "lib/schaal.toets\x00.png"\n'))
    c.file(d + "long-path.toets", small_scheme('importeer "%s.toets"\n' % ("a" * 5000)))
    c.file(d + "utf8-path.toets", small_scheme('importeer "lib/sch\xe4al.toets"\n'.encode("latin-1").decode("latin-1")))
    c.file(d + "loop-bad-utf8.toets", b"taal nl\n\nimporteer \"lib/\xff.toets\"\n")
    # A chain 70 files deep: beyond the import depth limit of 64.
    for i in range(70):
        c.file(d + "chain/c%02d.toets" % i, small_scheme('importeer "c%02d.toets"\n' % (i + 1) if i < 69 else "waarde eind = 1\n"))
    for name, exit_code, codes in [
        ("self", 1, "I002"), ("loop-a", 1, "I002"), ("loop-via-dir", 1, "I002"), ("passwd", 1, "I003"),
        ("deep-passwd", 1, "I003"), ("absolute", 1, "I003"), ("dev-zero", 1, "I003"), ("missing", 1, "I001"),
        ("directory", 1, "I001"), ("empty-path", 1, "I001"), ("binary", 1, "P013"), ("good", 0, ""),
        ("twice", 0, ""), ("outside-sibling", 1, "I003"), ("nul-in-path", 1, "I001"), ("long-path", 1, "I001"),
        ("utf8-path", 1, "I001"), ("loop-bad-utf8", 1, "P013"),
    ]:
        c.case("imports-" + name, "check " + d + name + ".toets", exit_code, codes)
    c.case("imports-chain-70-deep", "check " + d + "chain/c00.toets", 1, "X003")
    c.case("imports-outside-sibling-allowed", "check --allow-root base " + d + "outside-sibling.toets", 0, "")
    c.case("imports-passwd-allow-root-etc", "check --allow-root /etc " + d + "passwd.toets", 1, "P001")


def data_files(c):
    rng = random.Random(11)
    app = BASE_APPLICATION
    for fraction in [0.0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99]:
        c.data("truncated-%02d" % int(fraction * 100), app[: int(len(app) * fraction)])
    c.data("truncated-inside-utf8", app[: app.index("ö".encode()) + 1])
    c.data("binary-random", bytes(rng.randrange(256) for _ in range(2048)))
    c.data("binary-nul", bytes(512))
    c.data("binary-nul-in-string", app.replace(b"De Klop", b"De\x00Klop", 1))
    c.data("utf8-invalid-in-string", app.replace(b"De Klop", b"De \xff Klop", 1))
    c.data("utf8-overlong", app.replace(b"De Klop", b"De \xc0\xaf Klop", 1))
    c.data("utf8-surrogate", app.replace(b"De Klop", b"De \xed\xa0\x80 Klop", 1))
    c.data("utf8-latin1", app.replace("ö".encode(), b"\xf6"))
    c.data("escape-lone-surrogate", app.replace(b"De Klop", b"De \\ud800 Klop", 1))
    c.data("escape-nul", app.replace(b"De Klop", b"De \\u0000 Klop", 1), 0, "")
    c.data("escape-bad", app.replace(b"De Klop", b"De \\q Klop", 1))
    c.data("raw-control-char", app.replace(b"De Klop", b"De \x01 Klop", 1))
    c.data("bom-utf8", b"\xef\xbb\xbf" + app, 0, "")
    c.data("bom-utf16le", b"\xff\xfe" + app.decode().encode("utf-16-le"))
    c.data("crlf", app.replace(b"\n", b"\r\n"), 0, "")
    c.data("empty", b"")
    c.data("whitespace-only", b"  \n\t\n")
    for name, value in [("nan", "NaN"), ("infinity", "Infinity"), ("minus-infinity", "-Infinity"), ("undefined", "undefined")]:
        c.data("number-" + name, app.replace(b"20,", value.encode() + b",", 1))
    c.data("number-10000-digits", app.replace(b"20,", ("1" * 10000).encode() + b",", 1), 2, "D009")
    c.data("number-10000-decimals", app.replace(b"20,", ("1." + "1" * 10000).encode() + b",", 1), 2, "D009")
    c.data("number-huge-exponent", app.replace(b"20,", b"1e999999999,", 1), 2, "D009")
    c.data("number-tiny-exponent", app.replace(b"20,", b"1e-999999999,", 1), 2, "D009")
    c.data("number-exponent-100000-digits", app.replace(b"20,", b"1e" + b"9" * 100000 + b",", 1), 2, "D009", big=True)
    c.data("number-minus-zero", app.replace(b"20,", b"-0,", 1), 0, "")
    c.data("number-leading-zero", app.replace(b"20,", b"020,", 1))
    c.data("number-19-digits", app.replace(b"20,", b"1234567890123456789,", 1), 2, "D009")
    c.data("number-plus-sign", app.replace(b"20,", b"+20,", 1))
    c.data("number-hex", app.replace(b"20,", b"0x14,", 1))
    c.data("money-10000-digits", app.replace("€ 40.000".encode(), ("€ " + "9" * 10000).encode(), 1), 2, "D009")
    c.data("money-garbage", app.replace("€ 40.000".encode(), b"veertigduizend", 1), 2, "D004")
    c.data("count-negative", app.replace(b"12,", b"-3,", 1), 2, "D003")
    c.data("count-fraction", app.replace(b"12,", b"2.5,", 1), 2, "D003")
    for date in ["2023-02-30", "2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "0000-01-01", "20230101", "2023-1-1", "99999-01-01"]:
        c.data("date-" + date, app.replace(b'"2024-01-01"', ('"%s"' % date).encode(), 1), 2, "D005")
    c.data("date-leap-day", app.replace(b'"2024-01-01"', b'"2024-02-29"', 1), 0, "")
    c.data("date-number", app.replace(b'"2024-01-01"', b"20240101", 1), 2, "D003")
    c.data("duration-garbage", app.replace(b'"6 maanden"', b'"een half jaar"', 1), 2, "D011")
    c.data("duration-huge", app.replace(b'"6 maanden"', ('"%s maanden"' % ("9" * 10000)).encode(), 1), 2, "D011")
    c.data("choice-unknown", app.replace(b'"aangevraagd"', b'"Aangevraagd"', 1), 2, "D007")
    c.data("duplicate-key", app.replace(b'"uren_per_week": 20,', b'"uren_per_week": 20,\n  "uren_per_week": 30,', 1))
    c.data("duplicate-key-nested", app.replace(b'"post": "huur",', b'"post": "huur", "post": "pacht",', 1))
    c.data("duplicate-key-1000", b"{" + b",".join(b'"aanvrager": "x"' for _ in range(1000)) + b"}")
    c.data("unknown-field", app.replace(b"{", b'{ "onbekend": 1,', 1), 2, "D002")
    c.data("unknown-fields-10000", b"{" + b",".join(b'"f%d": 1' % i for i in range(10000)) + b"}", 2, "D002", big=True)
    c.data("top-level-array", b"[" + app + b"]")
    c.data("top-level-string", b'"aanvraag"')
    c.data("top-level-null", b"null")
    c.data("top-level-number", b"42")
    c.data("trailing-comma", app.replace(b"]\n}", b"],\n}", 1))
    c.data("comment", b"// aanvraag\n" + app)
    c.data("single-quotes", app.replace(b'"aanvrager"', b"'aanvrager'", 1))
    c.data("text-after-document", app + b"{}")
    c.data("two-documents", app + app)
    c.data("unquoted-key", app.replace(b'"aanvrager"', b"aanvrager", 1))
    c.data("missing-comma", app.replace(b'"uren_per_week": 20,', b'"uren_per_week": 20', 1))
    c.data("string-1mb", app.replace(b"De Klop", b"x" * (1 << 20), 1), 0, "", big=True)
    c.data("wrong-type-object-for-text", app.replace(b'"Stichting De Klop"', b'{"a": 1}', 1), 2, "D003")
    c.data("wrong-type-list-for-number", app.replace(b"20,", b"[20],", 1), 2, "D003")
    c.data("wrong-type-number-for-list", app.replace(b'["ontmoeting", "taal"]', b"7", 1), 2, "D003")
    c.data("list-100000-items", app.replace(b'["ontmoeting", "taal"]', b"[" + b",".join(b'"x"' for _ in range(100000)) + b"]", 1), 0, "", big=True)
    c.data("list-100001-items", app.replace(b'["ontmoeting", "taal"]', b"[" + b",".join(b'"x"' for _ in range(100001)) + b"]", 1), 2, "X003", big=True)
    c.data("list-of-records-100001", app.replace(b'"begroting": [', b'"begroting": [' + b'{ "post": "p", "bedrag": 0 },' * 100001, 1), 2, "X003", big=True)
    c.data("list-of-records-5000", app.replace(b'"begroting": [', b'"begroting": [' + b'{ "post": "p", "bedrag": 0 },' * 5000, 1), 0, "", big=True)
    for depth in [99, 100, 101, 1000, 10000]:
        nested = b"[" * depth + b"]" * depth
        c.data("nesting-%d" % depth, app.replace(b'["ontmoeting", "taal"]', nested, 1), 2, "X003")
    c.data("nesting-unclosed-10000", b'{"opgaven": ' + b"[" * 10000, 2, "X003")
    c.data("nesting-objects-10000", b'{"aanvrager": ' + b'{"a":' * 10000 + b"1" + b"}" * 10000 + b"}", 2, "X003")
    # The report document: scores and percentages.
    c.data("report-score-outside", b'{ "sleutelhouders": 4, "tevredenheid": 11, "aandeel_upas": "12%" }', 2, "D008", role="-r")
    c.data("report-percentage-10000", b'{ "aandeel_upas": "%s%%" }' % (b"9" * 10000), 2, "D009", role="-r")
    c.data("report-count-exponent", b'{ "sleutelhouders": 4e2 }', 0, "", role="-r")

    # Two-column CSV documents.
    csv = lambda name, text, exit_code=2, codes="D001", big=False: c.data("csv-" + name, text, exit_code, codes, ext="csv", big=big)
    csv("good", "veld;waarde\naanvrager;De Klop\naangevraagd_bedrag;€ 40.000\n", 0, "")
    csv("no-header", "aanvrager;De Klop\n")
    csv("empty", "")
    csv("open-quote", 'veld;waarde\naanvrager;"De Klop\n')
    csv("text-after-quote", 'veld;waarde\naanvrager;"De" Klop\n')
    csv("too-many-columns", "veld;waarde\naanvrager;De;Klop\n", 2, "D006")
    csv("too-few-columns", "veld;waarde\naanvrager\n", 2, "D006")
    csv("duplicate-path", "veld;waarde\naanvrager;a\naanvrager;b\n")
    csv("other-root", "veld;waarde\nrapport.sleutelhouders;4\n")
    csv("list-position-0", "veld;waarde\nbegroting.0.post;huur\n", 2, "D010")
    csv("list-position-100001", "veld;waarde\nbegroting.100001.post;huur\n", 2, "D010")
    csv("list-position-huge", "veld;waarde\nbegroting.%s.post;huur\n" % ("9" * 100), 2, "D010")
    csv("list-position-negative", "veld;waarde\nbegroting.-1.post;huur\n", 2, "D010")
    csv("list-position-gap", "veld;waarde\nbegroting.1.post;a\nbegroting.3.post;b\n", 2, "D010")
    csv("bom", "\ufeffveld;waarde\naanvrager;De Klop\n", 0, "")
    csv("crlf", "veld;waarde\r\naanvrager;De Klop\r\n", 0, "")
    csv("cr-only", "veld;waarde\raanvrager;De Klop\r", 0, "")
    csv("nul-bytes", b"veld;waarde\naanvrager;De\x00Klop\n")
    csv("binary", bytes(rng.randrange(256) for _ in range(1024)))
    csv("invalid-utf8", b"veld;waarde\naanvrager;De \xff Klop\n")
    csv("number-10000-digits", "veld;waarde\nuren_per_week;%s\n" % ("1" * 10000), 2, "D009")
    csv("date-2023-02-30", "veld;waarde\nstart;2023-02-30\n", 2, "D005")
    csv("unknown-field", "veld;waarde\nonbekend;1\n", 2, "D002")
    csv("rows-20000", "veld;waarde\n" + "".join("opgaven.%d;x\n" % (i + 1) for i in range(20000)), 0, "", big=True)
    csv("quote-20000-lines", 'veld;waarde\naanvrager;"' + "x\n" * 20000 + '"\n', 0, "", big=True)
    csv("delimiter-only", ";;;;\n;;;;\n")

    # Data files that cannot be used at all.
    c.case("data-missing-file", EVAL + " data/bestaat-niet.json", 2, "X001")
    c.case("data-directory", EVAL + " data", 2, "X001")
    c.case("data-dev-zero", EVAL + " /dev/zero", 2, "X001")
    c.case("data-dev-null", EVAL + " /dev/null", 2, "X001")
    c.case("data-max-input-size", EVAL + " base/aanvraag.json --max-input-size 100", 2, "X002")
    c.case("data-max-list-length", EVAL + " base/aanvraag.json --max-list-length 1", 2, "X003")
    c.case("data-max-list-length-raised", EVAL + " {gen}/data/list-100001-items.json --max-list-length 100001", 0, "")
    c.case("data-max-data-depth", EVAL + " data/nesting-99.json --max-data-depth 50", 2, "X003")


def bulk(c):
    """`toets eval --data`: NDJSON and wide CSV files of cases, one bad in many ways."""
    app = b" ".join(BASE_APPLICATION.split())
    good = b'{"id": "goed", "aanvraag": ' + app + b"}\n"
    run = "eval base/regeling.toets --data "
    def case(name, content, exit_code, codes, ext="ndjson", big=False):
        path = c.file("bulk/" + name + "." + ext, content, big)
        c.case("bulk-" + name, run + path, exit_code, codes)
    case("good", good * 3, 0, "")
    case("empty", b"", 0, "")
    case("blank-lines", b"\n\n" + good + b"\n\n", 0, "")
    case("truncated-line", good + good[: len(good) // 2], 2, "D001")
    case("binary", bytes(random.Random(5).getrandbits(8 * 4096).to_bytes(4096, "little")), 2, "D001")
    case("invalid-utf8", good + good.replace(b"De Klop", b"De \xff Klop"), 2, "D001")
    case("nan", good + good.replace(b"20,", b"NaN,", 1), 2, "D001")
    case("not-an-object", good + b"[1, 2, 3]\n" + good, 2, "D001")
    case("unknown-key", good + good.replace(b'"aanvraag"', b'"aanvrag"'), 2, "D001")
    case("crlf", good.replace(b"\n", b"\r\n") * 2, 0, "")
    case("bom", b"\xef\xbb\xbf" + good * 2, 0, "")
    case("deep", b'{"id": "diep", "aanvraag": {"opgaven": ' + b"[" * 10000 + b"]" * 10000 + b"}}\n", 2, "X003")
    case("number-10000-digits", good + good.replace(b"20,", b"1" * 10000 + b",", 1), 2, "D009")
    case("line-17mb", good + b'{"id": "lang", "aanvraag": {"aanvrager": "' + b"x" * (17 << 20) + b'"}}\n' + good, 2, "X003", big=True)
    case("many-bad-lines", b"{}\n" + b"@\n" * 5000, 2, "D001", big=True)
    case("csv-good", b"id;aanvraag.aanvrager;aanvraag.uren_per_week\na;De Klop;20\nb;TOP;30\n", 0, "", ext="csv")
    case("csv-bad-header", b"id;saldo\na;1\n", 2, "D001", ext="csv")
    case("csv-open-quote", b'id;aanvraag.aanvrager\na;"De Klop\n', 2, "D001", ext="csv")
    case("csv-short-row", b"id;aanvraag.aanvrager;aanvraag.uren_per_week\na;De Klop\n", 2, "D006", ext="csv")
    c.case("bulk-missing", run + "bulk/bestaat-niet.ndjson", 2, "X001")
    c.case("bulk-dev-zero", run + "/dev/zero", 2, "X001")
    c.case("bulk-fifo", run + "{gen}/fifo.toets", 2, "X001")


def commands(c):
    """The other commands on hostile rule files: fmt --check, explain, test, diff."""
    c.case("fmt-check-binary", "fmt --check rules/binary-random-1k.toets", 2, "P013")
    c.case("fmt-check-truncated", "fmt --check rules/truncated-inside-string.toets", 2, "P001")
    c.case("fmt-check-crlf", "fmt --check rules/crlf.toets", 1, "")
    c.case("fmt-check-bom", "fmt --check rules/bom-utf8.toets", 1, "")
    c.case("fmt-check-nesting-10000", "fmt --check rules/nesting-brackets-10000.toets", 2, "P010")
    c.case("fmt-check-number-10000", "fmt --check rules/number-10000-digits.toets", 2, "P009")
    c.case("eval-rules-binary", "eval rules/binary-random-1k.toets -a base/aanvraag.json", 2, "P013")
    c.case("eval-rules-loop", "eval imports/loop-a.toets -a base/aanvraag.json", 2, "I002")
    c.case("eval-rules-passwd", "eval imports/passwd.toets -a base/aanvraag.json", 2, "I003")
    c.case("explain-data-nan", "explain base/regeling.toets --rule uren -a data/number-nan.json", 2, "D001")
    c.case("explain-data-binary", "explain base/regeling.toets --rule uren -a data/binary-random.json", 2, "D001")
    c.case("explain-unknown-rule", "explain base/regeling.toets -a base/aanvraag.json --rule bestaat_niet", 2, "")
    c.case("check-missing-file", "check bestaat-niet.toets", 2, "X001")
    c.case("check-directory-without-rules", "check data", 2, "X001")
    c.case("check-dev-zero", "check /dev/zero", 2, "X001")
    c.case("check-max-input-size", "check --max-input-size 100 base/regeling.toets", 2, "X002")
    c.case("data-max-errors-default", EVAL + " {gen}/data/unknown-fields-10000.json", 2, "D002 X003")
    c.case("data-max-errors-raised", EVAL + " data/duplicate-key-1000.json --max-errors 2000", 2, "D001")
    c.case("check-max-errors-lowered", "check --max-errors 3 rules/duplicate-condition.toets", 1, "N003")
    c.case("check-max-nesting", "check --max-nesting 10 rules/nesting-brackets-199.toets", 1, "P010")
    c.case("check-max-nesting-raised", "check --max-nesting 300 rules/nesting-brackets-201.toets", 0, "")
    c.case("test-binary", "test rules/binary-random-1k.toets", 2, "P013")
    c.case("diff-binary", "diff rules/binary-random-1k.toets base/regeling.toets --data base", 2, "P013")
    c.case("bad-flag", "check --max-input-size -5 base/regeling.toets", 2, "")
    c.case("bad-flag-text", "check --max-nesting veel base/regeling.toets", 2, "")


def runtime_cases(c):
    """The rows for the inputs runtime() makes."""
    g = "{gen}/"
    c.case("rules-big-100mb", "check " + g + "big-100mb.toets", 2, "X002")
    c.case("data-big-100mb", EVAL + " " + g + "big-100mb.json", 2, "X002")
    c.case("rules-deep-100000", "check " + g + "deep-100000.toets", 1, "P010")
    c.case("rules-deep-bullets-1000", "check " + g + "deep-bullets-1000.toets", 1, "P010")
    c.case("fmt-check-deep-100000", "fmt --check " + g + "deep-100000.toets", 2, "P010")
    c.case("data-deep-100000", EVAL + " " + g + "deep-100000.json", 2, "X003")
    c.case("data-deep-objects-100000", EVAL + " " + g + "deep-objects-100000.json", 2, "X003")
    c.case("check-fifo", "check " + g + "fifo.toets", 2, "X001")
    c.case("data-fifo", EVAL + " " + g + "fifo.toets", 2, "X001")
    c.case("links-root-is-link", "check " + g + "tree/link-out.toets", 0, "")
    for name, exit_code, codes in [("link-out", 1, "I003"), ("link-passwd", 1, "I003"), ("link-in", 0, ""),
                                   ("loop-1", 1, "I001"), ("link-dangling", 1, "I001"), ("via-dir-link", 0, "")]:
        c.case("links-imports-" + name, "check " + g + "tree/imports-" + name + ".toets", exit_code, codes)
    c.case("links-imports-link-out-allowed", "check --allow-root " + g + " " + g + "tree/imports-link-out.toets", 0, "")


def runtime(directory):
    """Inputs made at test time, under `directory`; their rows in expected.tsv use {gen}."""
    os.makedirs(directory, exist_ok=True)
    join = lambda name: os.path.join(directory, name)
    # 100 MB files: a rule file and a data file, each of real text.
    line = b"# " + b"x" * 97 + b"\n"
    with open(join("big-100mb.toets"), "wb") as f:
        f.write(b"taal nl\n")
        f.write(line * (1 << 20))
    with open(join("big-100mb.json"), "wb") as f:
        f.write(b'{"aanvrager": "' + b"x" * (100 << 20) + b'"}')
    # 100,000-deep nesting.
    with open(join("deep-100000.toets"), "wb") as f:
        f.write(b"taal nl\n\nwaarde a = " + b"(" * 100000 + b"1" + b")" * 100000 + b"\n")
    with open(join("deep-bullets-1000.toets"), "wb") as f:
        f.write(b"taal nl\n\ngegevens aanvraag:\n  x: ja/nee\n\nvoorwaarde a:\n  alle volgende:\n")
        for i in range(1000):  # 4 spaces deeper each: 2 MB
            f.write(b" " * (4 * i + 4) + b"- alle volgende:\n")
        f.write(b" " * 4004 + b"- aanvraag.x\n")
    with open(join("deep-100000.json"), "wb") as f:
        f.write(b'{"opgaven": ' + b"[" * 100000 + b"]" * 100000 + b"}")
    with open(join("deep-objects-100000.json"), "wb") as f:
        f.write(b'{"aanvrager": ' + b'{"a":' * 100000 + b"1" + b"}" * 100000 + b"}")
    # A FIFO with no writer (reading it would wait forever).
    fifo = join("fifo.toets")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    # Symbolic links: out of the tree, inside it, and a loop.
    tree = join("tree")
    os.makedirs(tree, exist_ok=True)
    with open(join("outside.toets"), "w") as f:
        f.write("taal nl\n\nwaarde buiten = 1\n")
    with open(os.path.join(tree, "binnen.toets"), "w") as f:
        f.write("taal nl\n\nwaarde binnen = 1\n")
    links = {"link-out.toets": "../outside.toets", "link-passwd.toets": "/etc/passwd", "link-in.toets": "binnen.toets",
             "loop-1.toets": "loop-2.toets", "loop-2.toets": "loop-1.toets", "link-dangling.toets": "nergens.toets"}
    for name, target in links.items():
        path = os.path.join(tree, name)
        if not os.path.lexists(path):
            os.symlink(target, path)
    for name in ["link-out", "link-passwd", "link-in", "loop-1", "link-dangling"]:
        with open(os.path.join(tree, "imports-" + name + ".toets"), "w") as f:
            f.write('taal nl\n\nimporteer "%s.toets"\n' % name)
    linked_dir = os.path.join(tree, "sub")
    if not os.path.lexists(linked_dir):
        os.symlink(".", linked_dir)  # a directory link to itself: sub/sub/sub/… stays inside
    with open(os.path.join(tree, "imports-via-dir-link.toets"), "w") as f:
        f.write('taal nl\n\nimporteer "sub/sub/sub/binnen.toets"\n')


def write_manifest(rows):
    path = os.path.join(HERE, "expected.tsv")
    kept = {}
    header = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                header.append(line)
                continue
            fields = line.rstrip("\n").split("\t")
            kept[fields[0]] = fields
    out = []
    for name, command, exit_code, codes in rows:
        if name in kept:
            old = kept[name]
            out.append("\t".join([name, command, old[2], old[3]]))
        else:
            out.append("\t".join([name, command, str(exit_code), codes or "-"]))
    if not header:
        header = ["# The hostile inputs and what toets must do with each (README.md). Columns, tab-separated:\n",
                  "# name, the command after `toets` (run in this folder; {gen} is the folder of inputs made at\n",
                  "# test time), the exit code, and the diagnostic codes toets reports (all of them, sorted; - none).\n"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(header))
        f.write("\n".join(out) + "\n")


def main():
    c = Cases()
    rule_files(c)
    imports(c)
    data_files(c)
    bulk(c)
    commands(c)
    runtime_cases(c)
    if len(sys.argv) == 3 and sys.argv[1] == "--runtime":
        for path, content in c.big_files.items():
            full = os.path.join(sys.argv[2], path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(content)
        runtime(sys.argv[2])
        return
    for path, content in c.files.items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(content)
    write_manifest(c.rows)
    print("%d files, %d cases" % (len(c.files), len(c.rows)))


if __name__ == "__main__":
    main()
