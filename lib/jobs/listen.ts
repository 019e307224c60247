import pg from "pg";

/** LISTEN on `channel` with its own connection; every NOTIFY calls `wake`. Returns an unsubscribe. */
export async function listen(connectionString: string, channel: string, wake: () => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {}); // polling continues if the connection drops
  await client.connect();
  client.on("notification", () => wake());
  await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  return async () => {
    await client.end().catch(() => {});
  };
}
