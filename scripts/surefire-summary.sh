#!/usr/bin/env bash
# Prints the totals of the surefire reports written after MARKER, then each failed test.
# Usage: scripts/surefire-summary.sh MARKER [TITLE]
set -euo pipefail
cd "$(dirname "$0")/.."

marker=$1
title=${2:-Tests}
mapfile -t reports < <(find target/surefire-reports -name 'TEST-*.xml' -newer "$marker" 2>/dev/null | sort)

echo
echo "=== Surefire summary: $title ==="
if [[ ${#reports[@]} -eq 0 ]]; then
  echo "No test reports were written."
  exit 0
fi
awk '
  function attr(line, key) {
    return match(line, " " key "=\"[^\"]*\"") ? substr(line, RSTART + length(key) + 3, RLENGTH - length(key) - 4) : ""
  }
  /<testsuite / { classes++; tests += attr($0, "tests"); failures += attr($0, "failures");
                  errors += attr($0, "errors"); skipped += attr($0, "skipped"); time += attr($0, "time") }
  /<testcase /  { testcase = attr($0, "classname") "." attr($0, "name") }
  /<(failure|error)[ >]/ { failed[++broken] = testcase }
  END {
    printf "Tests run: %d, Failures: %d, Errors: %d, Skipped: %d (%d classes, %.0f s in tests)\n",
           tests, failures, errors, skipped, classes, time
    for (i = 1; i <= broken; i++) print "  FAILED " failed[i]
  }' "${reports[@]}"
