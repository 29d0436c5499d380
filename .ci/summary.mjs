// Prints one closing line over every Vitest JSON report of the run: "Tests: N passed, N failed",
// preceded by the slowest test files, so a CI run that creeps towards its time budget shows why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const files = [];
for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    if (file.startTime && file.endTime)
      files.push({ name: file.name, seconds: (file.endTime - file.startTime) / 1000 });
  }
}
files.sort((a, b) => b.seconds - a.seconds);
if (files.length > 0) {
  console.log('Slowest test files:');
  for (const file of files.slice(0, 15)) console.log(`  ${file.seconds.toFixed(1).padStart(7)} s  ${file.name}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
