#!/usr/bin/env node
// `npm test`: typecheck, lint, unit + integration tests (real PostgreSQL), production build,
// end-to-end tests (real browser), and the load test's short form (20 residents for 30 s against two
// instances and a worker on one database, on the same build). Stops at the first failing step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
process.env.NEXT_TELEMETRY_DISABLED = "1";

const steps = [
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  // The JSON report is read back below: the embedded PostgreSQL's exit hook (async-exit-hook) can end
  // vitest with status 0 although a test failed, so the exit status alone is not trusted.
  ["unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile.json=.tmp/vitest-report.json"]],
  ["production build", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"]],
  ["end-to-end tests", bin("playwright"), ["test"]],
  ["load test, short form", process.execPath, [path.join(root, "scripts/load-test.mjs"), "--residents=20", "--duration=30"]],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  if (cmd === bin("vitest")) {
    const report = path.join(root, ".tmp/vitest-report.json");
    const summary = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, "utf8")) : null;
    if (!summary || summary.success === false || summary.numFailedTests > 0 || summary.numFailedTestSuites > 0) {
      console.error(`\n✖ ${name} failed (${summary ? `${summary.numFailedTests} failed tests, ${summary.numFailedTestSuites} failed files` : "no report"})`);
      process.exit(1);
    }
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
