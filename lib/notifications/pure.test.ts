import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { fitSms, planSms } from "./gsm7";
import { normalizePhone } from "./phone";
import { inQuietHours, nextSendTime } from "./quiet-hours";
import { planDeliveries } from "./recipients";
import { defaultTemplate, render, unknownVariables } from "./templates";
import { EVENT_KEYS } from "./events";
import { renderDelivery } from "./render";

describe("normalizePhone", () => {
  it.each([
    ["081234560001", "+6281234560001"],
    ["0812-3456-0001", "+6281234560001"],
    ["+62 812 3456 0001", "+6281234560001"],
    ["6281234560001", "+6281234560001"],
    ["81234560001", "+6281234560001"],
  ])("%s → %s", (input, out) => expect(normalizePhone(input)).toBe(out));
  it.each(["", "12345", "abc", "+1 555 0100 000000", "0012345678"])("refuses %s", (input) => expect(normalizePhone(input)).toBeNull());
});

describe("SMS length", () => {
  it("counts GSM-7 and keeps one part within 160", () => {
    expect(planSms("a".repeat(160))).toMatchObject({ encoding: "GSM-7", parts: 1 });
    expect(planSms("a".repeat(161))).toMatchObject({ encoding: "GSM-7", parts: 2 });
    expect(planSms("€".repeat(80))).toMatchObject({ length: 160, parts: 1 });
    expect(planSms("Halo 😀")).toMatchObject({ encoding: "UCS-2" });
  });
  it("turns typographic quotes into GSM-7 and cuts long texts at a word, keeping the link whole", () => {
    expect(planSms("“Siap” – ok…").encoding).toBe("GSM-7");
    const url = "https://layanan.example.id/warga/permohonan/ckz1234567890abcdefghij";
    const text = fitSms(`${"Permohonan Anda sedang kami proses dengan cermat ".repeat(5)}${url}`);
    expect(planSms(text).parts).toBe(1);
    expect(text.endsWith(url)).toBe(true);
    expect(text).toContain("... ");
  });
});

describe("quiet hours (Asia/Jakarta)", () => {
  it("21:00–06:00 WIB is quiet", () => {
    expect(inQuietHours(new Date("2026-12-01T13:59:00Z"))).toBe(false); // 20:59
    expect(inQuietHours(new Date("2026-12-01T14:00:00Z"))).toBe(true); // 21:00
    expect(inQuietHours(new Date("2026-12-01T22:59:00Z"))).toBe(true); // 05:59
    expect(inQuietHours(new Date("2026-12-01T23:00:00Z"))).toBe(false); // 06:00
  });
  it("defers to the next 06:00 WIB", () => {
    expect(nextSendTime(new Date("2026-12-01T15:00:00Z")).toISOString()).toBe("2026-12-01T23:00:00.000Z");
    expect(nextSendTime(new Date("2026-12-01T19:30:00Z")).toISOString()).toBe("2026-12-01T23:00:00.000Z"); // 02:30 WIB
    const day = new Date("2026-12-01T05:00:00Z");
    expect(nextSendTime(day)).toBe(day);
  });
});

describe("retry backoff", () => {
  it("grows exponentially, stays within jitter bounds and the cap", () => {
    expect(retryDelayMs(1, { baseMs: 1000, random: () => 0 })).toBe(500);
    expect(retryDelayMs(1, { baseMs: 1000, random: () => 1 })).toBe(1000);
    expect(retryDelayMs(4, { baseMs: 1000, random: () => 1 })).toBe(8000);
    expect(retryDelayMs(30, { baseMs: 1000, capMs: 60_000, random: () => 1 })).toBe(60_000);
  });
});

describe("templates", () => {
  it("refuse unknown variables for an event", () => {
    expect(unknownVariables("request.completed", ["Halo {nama}, {nomor} selesai {tautan}"])).toEqual([]);
    expect(unknownVariables("request.completed", ["{nama} {nik}", "{tiket}"])).toEqual(["nik", "tiket"]);
  });
  it("render every built-in template in both languages without leftover braces", () => {
    for (const event of EVENT_KEYS) {
      for (const channel of ["INAPP", "EMAIL", "SMS", "WHATSAPP", "PUSH"] as const) {
        for (const locale of ["id", "en"]) {
          const t = defaultTemplate(event, channel, locale);
          expect(unknownVariables(event, [t.subject, t.body])).toEqual([]);
          expect(render(t.body, {})).not.toMatch(/[{}]/);
        }
      }
    }
  });
  it("write dates in the recipient's language and build the absolute link", () => {
    const vars = { nomor: "PKS/2026/000001", layanan: "SK Domisili", kantor: "Kelurahan Pakansari", tenggat: "@date:2026-12-04T08:00:00.000Z" };
    const id = renderDelivery({ event: "request.submitted", channel: "SMS", locale: "id", vars, link: "/warga/permohonan/x" }, undefined, "https://lw.example");
    expect(id.text).toContain("4 Desember 2026");
    expect(id.text).toContain("https://lw.example/warga/permohonan/x");
    const en = renderDelivery({ event: "request.submitted", channel: "EMAIL", locale: "en", vars, link: "/warga/permohonan/x" }, undefined, "https://lw.example");
    expect(en.subject).toBe("Request PKS/2026/000001 received");
    expect(en.text).toContain("4 December 2026");
    expect(en.html).toContain('href="https://lw.example/warga/permohonan/x"');
  });
});

describe("which channels an event uses", () => {
  const now = new Date("2026-12-01T03:00:00Z");
  const who = { email: "a@b.id", phone: "081234560001", pushSubscriptionIds: ["s1"], preference: { email: false, sms: true, whatsapp: false, push: false } };
  it("follows preferences", () => {
    expect(planDeliveries("request.completed", who, now).map((d) => d.channel)).toEqual(["SMS"]);
  });
  it("mandatory events ignore preferences", () => {
    expect(planDeliveries("account.password_reset", who, now).map((d) => d.channel)).toEqual(["EMAIL", "SMS"]);
  });
  it("password resets ignore quiet hours, other SMS wait for 06:00", () => {
    const night = new Date("2026-12-01T16:00:00Z");
    expect(planDeliveries("account.password_reset", who, night).find((d) => d.channel === "SMS")!.runAt).toBe(night);
    expect(planDeliveries("request.completed", who, night)[0].runAt.toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });
  it("without a saved choice: e-mail, or SMS for someone without e-mail", () => {
    expect(planDeliveries("request.completed", { ...who, preference: null, pushSubscriptionIds: [] }, now).map((d) => d.channel)).toEqual(["EMAIL"]);
    expect(planDeliveries("request.completed", { ...who, email: null, preference: null, pushSubscriptionIds: [] }, now).map((d) => d.channel)).toEqual(["SMS"]);
  });
});
