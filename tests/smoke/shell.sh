#!/usr/bin/env bash
# Smoke test through the real sqlite3 shell: .load and one joined query; and
# the module's linkage: only sqlite3_natocorpus_init is exported, and
# libsqlite3 is not linked in.
#   shell.sh SQLITE3 MODULE_WITHOUT_SUFFIX MODULE_FILE
set -euo pipefail
sqlite3=$1 module=$2 file=$3
fail() { echo "FAILED: $*"; exit 1; }

out=$("$sqlite3" :memory: <<SQL
.load $module
SELECT a.id, count(*) FROM articles('fixtures') a, sentences(a.body) s
WHERE s.text LIKE '%Stoltenberg%' GROUP BY a.id ORDER BY a.id;
SQL
)
expected="000_e3bd032f1b7d3262|1
001_0767409fdc3e71da|6
003_e802173bf5d3e7a5|8
004_cbaacb9f30f5fcd5|3"
[ "$out" = "$expected" ] || fail "joined query gave:
$out
expected:
$expected"
echo "ok: .load and a joined query in the sqlite3 shell"

# .load finds the module without its suffix, as the README shows.
"$sqlite3" :memory: ".load $module" "SELECT natocorpus_version();" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' \
  || fail "natocorpus_version() through .load"
echo "ok: natocorpus_version()"

exports=$(nm -D --defined-only "$file" | awk '{print $NF}' | sort -u)
[ "$exports" = "sqlite3_natocorpus_init" ] || fail "exported symbols: $exports"
echo "ok: the only exported symbol is sqlite3_natocorpus_init"

if readelf -d "$file" | grep NEEDED | grep -q sqlite; then
  fail "the module links libsqlite3: $(readelf -d "$file" | grep NEEDED)"
fi
echo "ok: libsqlite3 is not linked"
echo "smoke: 4 passed, 0 failed"
