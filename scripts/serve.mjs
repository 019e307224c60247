#!/usr/bin/env node
// Run by `npm start` (through with-db.mjs): the Next.js server and, unless NOTIFY_WORKER=off, the
// background worker (scripts/worker.ts) as a second process. Ctrl-C stops both; if either exits,
// the other is stopped too.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const next = path.join(root, "node_modules/next/dist/bin/next");
const args = process.argv.slice(2);
const children = [spawn(process.execPath, [next, "start", ...args], { stdio: "inherit", cwd: root })];
if (process.env.NOTIFY_WORKER !== "off") {
  children.push(spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", cwd: root }));
}
let exiting = false;
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => ((exiting = true), stopAll(signal)));
let left = children.length;
let firstCode = 0;
for (const child of children) {
  child.on("exit", (code) => {
    if (!exiting) {
      exiting = true;
      firstCode = code ?? 0;
      stopAll("SIGTERM");
    }
    if (--left === 0) process.exit(firstCode);
  });
}
