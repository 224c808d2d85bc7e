#!/usr/bin/env bash
# Runs every analysis in sql/ through the sqlite3 shell over fixtures/: each
# must run without error and print rows.
#   recipes.sh SQLITE3 MODULE_WITHOUT_SUFFIX SQL_DIR
set -uo pipefail
sqlite3=$1 module=$2 dir=$3
passed=0 failed=0
for f in "$dir"/*.sql; do
  out=$("$sqlite3" -bail -cmd ".load $module" :memory: < "$f" 2>&1)
  rc=$?
  if [ $rc -ne 0 ] || echo "$out" | grep -q '^\(Error\|Parse error\|Runtime error\)'; then
    echo "FAILED: $f (exit $rc)"; echo "$out"; failed=$((failed + 1))
  elif [ "$(echo "$out" | grep -c '│')" -lt 1 ]; then
    echo "FAILED: $f printed no rows"; echo "$out"; failed=$((failed + 1))
  else
    echo "ok: $f"; passed=$((passed + 1))
  fi
done
echo "recipes: $passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
