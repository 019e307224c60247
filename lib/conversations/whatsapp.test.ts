import { describe, expect, it } from "vitest";
import { advancesStatus, insideServiceWindow, localPhone, parseWebhook, signBody, validSignature } from "./whatsapp";

const secret = "rahasia-aplikasi";

describe("webhook signature", () => {
  it("accepts Meta's HMAC of the raw body and refuses anything else", () => {
    const body = JSON.stringify({ object: "whatsapp_business_account" });
    expect(validSignature(body, signBody(body, secret), secret)).toBe(true);
    expect(validSignature(`${body} `, signBody(body, secret), secret)).toBe(false);
    expect(validSignature(body, signBody(body, "other"), secret)).toBe(false);
    expect(validSignature(body, null, secret)).toBe(false);
    expect(validSignature(body, "sha256=zz", secret)).toBe(false);
    expect(validSignature(body, signBody(body, secret), "")).toBe(false);
  });
});

describe("parseWebhook", () => {
  it("reads text, image with caption, the sender's profile name and receipts", () => {
    const payload = {
      object: "whatsapp_business_account",
      entry: [{ changes: [{ value: {
        contacts: [{ wa_id: "6281234560001", profile: { name: "Siti" } }],
        messages: [
          { id: "wamid.1", from: "6281234560001", timestamp: "1764547200", type: "text", text: { body: "Jam buka hari Sabtu?" } },
          { id: "wamid.2", from: "6281234560001", timestamp: "1764547260", type: "image", image: { id: "media-1", mime_type: "image/jpeg", caption: "KTP saya" } },
          { id: "wamid.3", from: "6281234560001", type: "sticker", sticker: {} },
          { id: "wamid.4", from: "not-a-number", type: "text", text: { body: "x" } },
        ],
        statuses: [{ id: "wamid.out", status: "read", timestamp: "1764547300" }, { id: "wamid.out", status: "typing" }],
      } }] }],
    };
    const { messages, statuses } = parseWebhook(payload);
    expect(messages.map((m) => [m.waMessageId, m.text, m.media.length, m.profileName])).toEqual([
      ["wamid.1", "Jam buka hari Sabtu?", 0, "Siti"], ["wamid.2", "KTP saya", 1, "Siti"], ["wamid.3", "[sticker]", 0, "Siti"],
    ]);
    expect(messages[0].at.toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(statuses).toEqual([{ waMessageId: "wamid.out", status: "read", at: new Date(1764547300 * 1000) }]);
  });

  it("ignores payloads of other products", () => {
    expect(parseWebhook({ object: "page", entry: [] })).toEqual({ messages: [], statuses: [] });
    expect(parseWebhook("nonsense")).toEqual({ messages: [], statuses: [] });
  });
});

describe("receipts, window and phone form", () => {
  it("only moves a message's status forwards", () => {
    expect(advancesStatus(null, "sent")).toBe(true);
    expect(advancesStatus("read", "delivered")).toBe(false);
    expect(advancesStatus("delivered", "read")).toBe(true);
  });

  it("free text within 24 hours of the resident's last message, a template after", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(insideServiceWindow(new Date("2026-11-30T10:00:01Z"), now)).toBe(true);
    expect(insideServiceWindow(new Date("2026-11-30T09:59:59Z"), now)).toBe(false);
    expect(insideServiceWindow(null, now)).toBe(false);
  });

  it("turns WhatsApp's 62… id into the 08… form accounts use", () => {
    expect(localPhone("6281234560001")).toBe("081234560001");
  });
});
