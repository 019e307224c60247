#!/usr/bin/env node
// `npm run bench [name…]`: runs every bench/*.ts (or those whose name contains one of the
// arguments) one after another with `node --import tsx`; each bench sets up what it measures.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(process.execPath, ["--conditions", "react-server", "--import", "tsx", path.join("bench", file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    failed++;
    console.error(`✖ bench/${file} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed ? 1 : 0);
