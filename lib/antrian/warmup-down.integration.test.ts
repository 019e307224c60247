import net from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";

// The database is not up yet when the app starts: a port nothing listens on, set before lib/db is loaded.
const closedPort = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});
const realUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL = `postgresql://app:app@127.0.0.1:${closedPort}/nothing`;
afterAll(() => {
  process.env.DATABASE_URL = realUrl;
});

describe("the start-up warm-up with the database down", () => {
  it("register() returns at once and the warm-up logs one line instead of failing the start", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    try {
      vi.stubEnv("NEXT_RUNTIME", "nodejs");
      const { register } = await import("@/instrumentation");
      const t = performance.now();
      await register();
      expect(performance.now() - t).toBeLessThan(1000); // the warm-up runs in the background
      await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining("warm-up skipped (database not reachable?)")), { timeout: 10_000 });
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      vi.unstubAllEnvs();
      log.mockRestore();
    }
  }, 20_000);

  it("warmUp itself resolves with the error, never throws", async () => {
    const { warmUp } = await import("./mutations/warmup");
    const lines: string[] = [];
    const result = await warmUp({ log: (m) => lines.push(m) });
    expect(result.ok).toBe(false);
    expect(lines).toHaveLength(1);
  }, 20_000);
});
