import { describe, expect, it } from "vitest";
import type { Listener } from "./hub";
import { realtimeStream, streamMaxAgeMs } from "./sse";

/** An in-memory hub: subscribe/unsubscribe only (the real one is covered by realtime.integration.test.ts). */
function fakeHub() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    subscribe: (_channel: string, listener: Listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

async function readAll(stream: ReadableStream<Uint8Array>, timeoutMs = 3000): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > until) throw new Error(`stream did not end, got ${text}`);
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value);
  }
}

describe("realtimeStream maximum life", () => {
  it("ends after maxAgeMs with a rotate event and a quick retry, and lets go of the hub", async () => {
    const hub = fakeHub();
    const started = Date.now();
    const stream = realtimeStream({
      signal: new AbortController().signal,
      channels: ["queue:office1"],
      lastEventId: null,
      hub,
      replay: async () => [],
      latest: async () => 7n,
      maxAgeMs: 200,
    });
    expect(hub.listeners.size).toBe(1);
    const text = await readAll(stream);
    const age = Date.now() - started;
    expect(age).toBeGreaterThanOrEqual(170); // 200 ms − 10 % jitter, less timer slack
    expect(text.startsWith("retry: 3000\n\n")).toBe(true);
    expect(text).toContain("id: 7\nevent: ready\n");
    expect(text.endsWith("retry: 1000\nevent: rotate\ndata: {}\n\n")).toBe(true);
    expect(hub.listeners.size).toBe(0);
  });

  it("REALTIME_STREAM_MAX_SECONDS: 5 minutes by default, 0 turns rotation off", () => {
    expect(streamMaxAgeMs({})).toBe(300_000);
    expect(streamMaxAgeMs({ REALTIME_STREAM_MAX_SECONDS: "" })).toBe(300_000);
    expect(streamMaxAgeMs({ REALTIME_STREAM_MAX_SECONDS: "90" })).toBe(90_000);
    expect(streamMaxAgeMs({ REALTIME_STREAM_MAX_SECONDS: "0" })).toBe(0);
    expect(streamMaxAgeMs({ REALTIME_STREAM_MAX_SECONDS: "abc" })).toBe(0);
  });
});
