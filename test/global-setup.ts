// One embedded PostgreSQL for the whole integration run, with a migrated template database.
// Each test file then gets its own database copied from the template (see db-per-file.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgUrlPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-test-pg-"));
    const db = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
    adminUrl = db.urlFor("postgres");
    stop = async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS app_template WITH (FORCE)");
  await admin.query("CREATE DATABASE app_template");
  await admin.end();
  const prefix = adminUrl.replace(/\/[^/]*$/, "");
  await applyMigrations(`${prefix}/app_template`);
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgUrlPrefix", prefix);
  return stop;
}
