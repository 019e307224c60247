import { describe, expect, it } from "vitest";
import { channels, decodePayload, encodePayload, isChannel, parseCursor } from "./channels";
import { formatEvent } from "./sse";

describe("realtime channels and payloads", () => {
  it("round-trips a payload and rejects anything that is not a channel and an id", () => {
    const event = { seq: "42", channel: channels.conversation("ck12345abc"), id: "msg_1" };
    expect(decodePayload(encodePayload(event))).toEqual(event);
    expect(decodePayload('{"s":"1","c":"conversation:x","i":"Siti Aminah"}')).toBeNull();
    expect(decodePayload('{"s":"x","c":"conversation:x","i":"y"}')).toBeNull();
    expect(decodePayload("not json")).toBeNull();
    expect(isChannel("inbox:office1")).toBe(true);
    expect(isChannel("Inbox office")).toBe(false);
  });

  it("reads Last-Event-ID only as a sequence number", () => {
    expect(parseCursor("123")).toBe(BigInt(123));
    expect(parseCursor("")).toBeNull();
    expect(parseCursor("1; DROP")).toBeNull();
    expect(parseCursor(null)).toBeNull();
  });

  it("frames an SSE event with its sequence as id", () => {
    expect(formatEvent({ seq: "7", channel: "user:u1", id: "c1" })).toBe('id: 7\ndata: {"channel":"user:u1","id":"c1"}\n\n');
  });
});
