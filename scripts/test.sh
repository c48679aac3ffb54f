#!/usr/bin/env bash
# Every test: lint, then unit + integration on embedded PGlite; the integration suite again on PostgreSQL
# when DATABASE_URL is set; then the Playwright end-to-end tests against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== lint (ESLint: Next.js and typescript-eslint rules) =="
npx eslint .

echo "== unit and integration tests (PGlite) =="
env -u DATABASE_URL npx vitest run

if [ -n "${DATABASE_URL:-}" ]; then
  echo "== integration tests (PostgreSQL at ${DATABASE_URL%%@*}@…) =="
  npx vitest run tests/integration tests/faults
fi

echo "== production build =="
npx next build

echo "== end-to-end tests (Chromium) =="
npx playwright test
