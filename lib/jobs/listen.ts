import pg from "pg";

/** Which NOTIFYs of a channel wake the worker (e.g. only some payloads); all when absent. */
export type Channels = string | Record<string, ((payload: string) => boolean) | true>;

/**
 * LISTEN on one or more channels with its own connection; every NOTIFY (that the channel's filter
 * accepts) calls `wake`. Returns an unsubscribe.
 */
export async function listen(connectionString: string, channels: Channels, wake: () => void): Promise<() => Promise<void>> {
  const filters = typeof channels === "string" ? { [channels]: true as const } : channels;
  const client = new pg.Client({ connectionString });
  client.on("error", () => {}); // polling continues if the connection drops
  await client.connect();
  client.on("notification", (n) => {
    const accept = filters[n.channel];
    if (accept === true || (accept && accept(n.payload ?? ""))) wake();
  });
  for (const channel of Object.keys(filters)) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  return async () => {
    await client.end().catch(() => {});
  };
}
