import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// Direct access to the e2e server's database (scripts/e2e-server.mjs writes its URL), for fixtures
// that give a spec records of its own — single-use things (survey links, a completed request to
// rate) that a retry or a parallel spec must not find already used.

function databaseUrl() {
  const port = process.env.E2E_PORT ?? "3100";
  return fs.readFileSync(path.join(os.tmpdir(), `lw-e2e-${port}`, "database-url"), "utf8").trim();
}

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const token = () => crypto.randomBytes(16).toString("base64url").slice(0, 22);

/** A fresh single-use survey link (as printed on a walk-in receipt) for a Pakansari service. */
export async function freshSurveyLink(serviceSlug = "legalisasi-dokumen"): Promise<string> {
  const value = token();
  await withDb((c) =>
    c.query(
      `INSERT INTO survey_invitations (id, office_id, service_id, token)
       SELECT $1, s.office_id, s.id, $2 FROM services s JOIN offices o ON o.id = s.office_id
       WHERE s.slug = $3 AND o.slug = 'kelurahan-pakansari'`,
      [`e2e-${value}`, value, serviceSlug],
    ),
  );
  return value;
}

/** Copies a request's child rows to the copy: every column, a new id, request_id swapped. */
async function copyChildren(c: pg.Client, table: string, from: string, to: string) {
  const { rows: cols } = await c.query<{ name: string; serial: boolean }>(
    `SELECT column_name AS name, column_default LIKE 'nextval%' AS serial FROM information_schema.columns
     WHERE table_name = $1 ORDER BY ordinal_position`, [table]);
  const kept = cols.filter((col) => !(col.name === "id" && col.serial));
  const names = kept.map((col) => `"${col.name}"`).join(", ");
  const values = kept
    .map((col) => (col.name === "request_id" ? "$2" : col.name === "id" ? "'e2e-' || md5(random()::text)" : `"${col.name}"`))
    .join(", ");
  await c.query(`INSERT INTO ${table} (${names}) SELECT ${values} FROM ${table} WHERE request_id = $1 ORDER BY id`, [from, to]);
}

type RequestPick = { id: string } | { nik: string; service: string; status: string };

/**
 * A copy of a seeded request under a new id and registration number, with its history and files, so
 * a spec can take it through a one-way step (answer its survey, resubmit a correction, confirm
 * receipt) without touching the original — a retry or a parallel spec finds the seeded one as it was.
 */
export async function copyOfRequest(pick: RequestPick): Promise<{ id: string; number: string }> {
  const copy = `e2e-${crypto.randomBytes(8).toString("hex")}`;
  return withDb(async (c) => {
    const { rows } = "id" in pick
      ? await c.query<{ id: string; number: string }>(`SELECT id, number FROM service_requests WHERE id = $1`, [pick.id])
      : await c.query<{ id: string; number: string }>(
          `SELECT r.id, r.number FROM service_requests r JOIN services s ON s.id = r.service_id JOIN resident_profiles p ON p.id = r.resident_id
           WHERE p.nik = $1 AND s.slug = $2 AND r.status::text = $3 AND r.id NOT LIKE 'e2e-%' ORDER BY r.created_at LIMIT 1`,
          [pick.nik, pick.service, pick.status]);
    if (!rows.length) throw new Error(`no seeded request for ${JSON.stringify(pick)}`);
    const source = rows[0];
    const number = `${source.number.replace(/\/\d+$/, "")}/${900000 + crypto.randomInt(99999)}`;
    await c.query("BEGIN");
    try {
      await c.query(`CREATE TEMP TABLE r ON COMMIT DROP AS SELECT * FROM service_requests WHERE id = $1`, [source.id]);
      await c.query(`UPDATE r SET id = $1, number = $2, updated_at = now()`, [copy, number]);
      await c.query(`INSERT INTO service_requests SELECT * FROM r`);
      for (const table of ["request_events", "request_attachments", "request_original_checks"]) await copyChildren(c, table, source.id, copy);
      await c.query("COMMIT");
      return { id: copy, number };
    } catch (error) {
      await c.query("ROLLBACK");
      throw error;
    }
  });
}

/**
 * A resident account of the spec's own (Kelurahan Pakansari, signs in with its NIK and the demo
 * password), so specs that file requests never resume or submit another spec's draft of the same
 * service — the app resumes a resident's open draft per service. Copied from Siti's rows with a new
 * id, NIK, KK and name, no e-mail or phone.
 */
export async function freshResident(fullName: string): Promise<{ nik: string; name: string }> {
  const day = 41 + crypto.randomInt(28); // female: day + 40
  const pad = (n: number, l = 2) => String(n).padStart(l, "0");
  const nik = `320101${pad(day)}${pad(1 + crypto.randomInt(12))}${pad(60 + crypto.randomInt(40))}${pad(1 + crypto.randomInt(9998), 4)}`;
  const kk = `320101${String(1e9 + crypto.randomInt(9e9)).slice(0, 10)}`;
  const userId = `e2e-${crypto.randomBytes(8).toString("hex")}`;
  const profileId = `e2e-${crypto.randomBytes(8).toString("hex")}`;
  await withDb(async (c) => {
    await c.query("BEGIN");
    try {
      await c.query(`CREATE TEMP TABLE u ON COMMIT DROP AS SELECT * FROM users WHERE id = (SELECT user_id FROM resident_profiles WHERE nik = '3201014506900002')`);
      await c.query(`UPDATE u SET id = $1, name = $2, email = NULL, phone = NULL, last_login_at = NULL`, [userId, fullName]);
      await c.query(`INSERT INTO users SELECT * FROM u`);
      await c.query(`CREATE TEMP TABLE p ON COMMIT DROP AS SELECT * FROM resident_profiles WHERE nik = '3201014506900002'`);
      await c.query(`UPDATE p SET id = $1, user_id = $2, nik = $3, kk_number = $4, full_name = $5, email = NULL, phone = NULL`, [profileId, userId, nik, kk, fullName]);
      await c.query(`INSERT INTO resident_profiles SELECT * FROM p`);
      await c.query("COMMIT");
    } catch (error) {
      await c.query("ROLLBACK");
      throw error;
    }
  });
  return { nik, name: fullName };
}

/**
 * Holds an office's queue for one spec (a PostgreSQL advisory lock on the e2e database): specs that
 * issue numbers and call "next" at the same office would otherwise call each other's numbers when
 * they run at the same time in the two workers. Returns the release.
 */
export async function holdOfficeQueue(officeSlug: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  await client.query("SELECT pg_advisory_lock(hashtext($1))", [`e2e-queue:${officeSlug}`]);
  return async () => {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`e2e-queue:${officeSlug}`]).catch(() => undefined);
    await client.end();
  };
}
