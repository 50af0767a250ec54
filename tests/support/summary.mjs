// Prints the one line CI ends with, "N passed, N failed", summed over every suite `npm test`
// ran: the type check, lint and format check, the unit tests (reports/unit.json) and the browser
// tests (reports/e2e.json).
// `npm test` runs them in that order and stops at the first failure, so a missing report after
// a failed run points at the step that failed.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
let passed = 0;
let failed = 0;

// astro check and lint run first: the unit report exists only if both passed.
if (unit) passed += 2;
else if (status !== 0) failed += 1;

if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else if (unit && status !== 0 && unit.numFailedTests === 0) {
  // The builds between the unit and browser tests failed.
  failed += 1;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
