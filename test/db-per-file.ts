// Gives every integration test file a fresh database cloned from the migrated template,
// before any module that reads DATABASE_URL (lib/db) is imported.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("pgAdminUrl");
const name = `test_${crypto.randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE app_template`);
await admin.end();
process.env.DATABASE_URL = `${inject("pgUrlPrefix")}/${name}`;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.UPLOAD_DIR ??= `/tmp/lw-test-uploads/${name}`;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
