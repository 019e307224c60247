// Prisma 6.19 CLI config used only by scripts/prisma-diff.mjs (migration authoring and
// drift check). Plain JS on purpose: the app's own Prisma is 7.x, whose config types differ.
//
// - engine "js" + a driver adapter: Prisma 6.19 runs its wasm schema engine, so no native
//   engine is downloaded (this machine cannot reach Prisma's binary host).
// - The adapter is @prisma/adapter-pg 7.10.1 (6.19's own adapter cannot read `name` columns).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// Never download an engine, never phone home (the script sets these too).
for (const name of ["PRISMA_SCHEMA_ENGINE_BINARY", "PRISMA_QUERY_ENGINE_LIBRARY", "PRISMA_QUERY_ENGINE_BINARY"]) {
  process.env[name] ??= "/bin/false";
}
process.env.CHECKPOINT_DISABLE ??= "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

// PostgreSQL's internal "char" type (OID 18: pg_class.relkind, pg_constraint.contype, ...)
// is unknown to the adapter ("Column type 'char' could not be deserialized"). Its text form
// is a one-character string, so let every result report it as text (OID 25).
const PG_CHAR = 18;
const PG_TEXT = 25;
const originalAddFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function addFields(fieldDescriptions) {
  for (const field of fieldDescriptions) {
    if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  }
  return originalAddFields.call(this, fieldDescriptions);
};

function connectionConfig() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("prisma.config.mjs: DATABASE_URL is not set (run scripts/prisma-diff.mjs)");
  const u = new URL(url);
  // Discrete fields, no connectionString: pg lets a connectionString override `database`,
  // which would send the shadow database's queries to the main database.
  return {
    host: decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    max: 4,
    // The CLI does not close every pool it opens: let idle connections not keep it alive
    // (pg's default idle timeout would hold each run for 10 s).
    allowExitOnIdle: true,
  };
}

class DiffAdapterFactory extends PrismaPg {
  // The stock version keeps the connection string (so loses the shadow database's name)
  // and drops the database before closing the pool that is still connected to it.
  async connectToShadowDb() {
    const base = connectionConfig();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(base);
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      await admin.end().catch(() => {});
      throw error;
    }
    const shadow = await new PrismaPg({ ...base, database: name }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await disposeShadow(); // ends the shadow pool first
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        if (process.env.PRISMA_DIFF_DEBUG) console.error(`prisma.config.mjs: dropped ${name}`);
      } finally {
        await admin.end().catch(() => {});
      }
    };
    return shadow;
  }
}

export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new DiffAdapterFactory(connectionConfig()),
};
