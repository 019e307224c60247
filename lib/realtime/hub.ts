import pg from "pg";
import { decodePayload, PG_CHANNEL, type RealtimeEvent } from "./channels";

export type HubSignal = { kind: "event"; event: RealtimeEvent } | { kind: "resync" };
export type Listener = (signal: HubSignal) => void;

type HubOptions = {
  connectionString: string;
  /** Backoff between reconnect attempts, growing to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** A SELECT 1 this often notices a connection that died silently. */
  pingMs?: number;
  log?: (message: string, error?: unknown) => void;
};

/**
 * One LISTEN connection per app instance, fanning PostgreSQL NOTIFY out to in-process subscribers
 * (SSE streams, other domains). It connects on the first subscription and reconnects by itself;
 * after a reconnect every subscriber gets a "resync" so it can replay from the event table what
 * was announced while the connection was down.
 */
export class RealtimeHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private closed = false;
  private everConnected = false;
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly options: HubOptions) {}

  /** Number of live subscriptions (for benches and health checks). */
  get size(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  get connected(): boolean {
    return this.client !== null;
  }

  /** Subscribes to one channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: Listener): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    this.ensureConnected();
    return () => {
      const current = this.listeners.get(channel);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(channel);
    };
  }

  /** Resolves once the LISTEN is in place (tests and benches wait on it). */
  ready(): Promise<void> {
    this.ensureConnected();
    if (this.client) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private ensureConnected() {
    if (this.closed || this.client || this.connecting || this.retryTimer) return;
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
  }

  private async connect() {
    const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true, application_name: "lw-realtime" });
    const lost = (error?: unknown) => this.lost(client, error);
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (message) => {
      if (message.channel !== PG_CHANNEL) return;
      const event = decodePayload(message.payload);
      if (event) this.dispatch(event.channel, { kind: "event", event });
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PG_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      client.on("error", () => {});
      await client.end().catch(() => {});
      this.scheduleRetry(error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.attempt = 0;
    const reconnected = this.everConnected;
    this.everConnected = true;
    this.pingTimer = setInterval(() => {
      client.query("SELECT 1").catch((error) => lost(error));
    }, this.options.pingMs ?? 30_000);
    this.pingTimer.unref();
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    if (reconnected) this.broadcast({ kind: "resync" });
  }

  private lost(client: pg.Client, error?: unknown) {
    if (this.client !== client) return;
    this.client = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    client.removeAllListeners("notification");
    client.end().catch(() => {});
    if (!this.closed) this.scheduleRetry(error);
  }

  private scheduleRetry(error?: unknown) {
    if (this.closed) return;
    this.options.log?.("realtime: LISTEN connection lost, reconnecting", error);
    const base = this.options.retryMs ?? 500;
    const delay = Math.min(base * 2 ** this.attempt, this.options.maxRetryMs ?? 10_000);
    this.attempt++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.size > 0 || this.readyWaiters.length > 0) this.ensureConnected();
    }, delay);
    this.retryTimer.unref();
  }

  private dispatch(channel: string, signal: HubSignal) {
    const set = this.listeners.get(channel);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(signal);
      } catch (error) {
        this.options.log?.("realtime: subscriber failed", error);
      }
    }
  }

  private broadcast(signal: HubSignal) {
    for (const channel of [...this.listeners.keys()]) this.dispatch(channel, signal);
  }
}

const globalForHub = globalThis as unknown as { realtimeHub?: RealtimeHub };

/** The app instance's hub on DATABASE_URL (one per process, shared by every route bundle). */
export function realtimeHub(): RealtimeHub {
  if (!globalForHub.realtimeHub) {
    globalForHub.realtimeHub = new RealtimeHub({
      connectionString: process.env.DATABASE_URL ?? "",
      log: (message, error) => console.warn(message, error instanceof Error ? error.message : (error ?? "")),
    });
  }
  return globalForHub.realtimeHub;
}
