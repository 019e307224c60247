import pg from "pg";

/** Per channel, which of its NOTIFYs wake the worker: all (true), or those whose payload passes. */
export type ChannelFilters = Record<string, ((payload: string) => boolean) | true>;

/**
 * LISTEN on one or more channels with its own connection; every NOTIFY (that the channel's filter
 * accepts) calls `wake`. Returns an unsubscribe.
 */
export async function listen(connectionString: string, channels: string | ChannelFilters, wake: () => void): Promise<() => Promise<void>> {
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
