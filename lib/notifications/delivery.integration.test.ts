// Notifications end to end against real servers: a status change → rows in the same transaction →
// the worker → a real SMTP server and a real HTTP server standing in for the SMS and WhatsApp gateways.
import { spawn } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { buildWorld, makeRequest, type World } from "@/test/support/requests-world";
import { completeRequest } from "@/lib/requests/mutations/staff/workflow";
import { notificationDrain } from "./worker";
import { EmailChannel } from "./channels/email";
import { HttpSmsChannel } from "./channels/sms-http";
import { WhatsAppCloudChannel } from "./channels/whatsapp-cloud";
import { LogChannel } from "./channels/log";
import type { ChannelSet } from "./channels";
import { notify } from "./mutations/notify";
import { expandFanouts } from "./mutations/fanout";
import { startTestGateway, startTestSmtp } from "./testing/servers";

let world: World;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let channels: ChannelSet;

// 10:00 WIB on a weekday: outside quiet hours whatever the real clock says.
const DAYTIME = new Date("2026-12-01T03:00:00Z");

beforeAll(async () => {
  world = await buildWorld();
  smtp = await startTestSmtp();
  gateway = await startTestGateway();
  channels = {
    EMAIL: new EmailChannel({ url: smtp.url, from: "Layanan Warga <noreply@test.local>" }),
    SMS: new HttpSmsChannel({ url: `${gateway.base}/sms`, userkey: "u", passkey: "p" }),
    WHATSAPP: new WhatsAppCloudChannel({ apiUrl: `${gateway.base}/wa`, phoneNumberId: "PNID", accessToken: "tok", templateName: "lw_notif" }),
    PUSH: new LogChannel("push"),
  };
  // Siti wants e-mail, SMS and WhatsApp about her requests.
  await db.notificationPreference.create({ data: { userId: world.residents.siti.userId, category: "requests", email: true, sms: true, whatsapp: true, push: false } });
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await Promise.all(Object.values(channels).map((c) => c.close?.()));
  await smtp.close();
  await gateway.close();
});

async function drainAll(drain = notificationDrain(channels, { retryBaseMs: 5, leaseMs: 5000, log: () => {} }), rounds = 50) {
  for (let i = 0; i < rounds; i++) {
    const n = await drain.runBatch("test-worker");
    if (n === 0) {
      const pending = await db.notificationDelivery.count({ where: { status: { in: ["QUEUED", "FAILED", "SENDING"] }, runAt: { lte: new Date(Date.now() + 1000) } } });
      if (pending === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function resetCounters() {
  smtp.mails.length = 0;
  gateway.hits.length = 0;
  gateway.accepted.clear();
}

describe("a status change", () => {
  it("sends exactly one message per enabled channel with the right text, and shows in the bell", async () => {
    resetCounters();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(DAYTIME);
    const request = await makeRequest({ officeId: world.offices.pakansari.id, serviceId: world.services.pem, residentId: world.residents.siti.profileId, status: "PROCESSING" });
    const done = await completeRequest(world.actors.petugas, { id: request.id, version: request.version, pickupNote: "Ambil di loket 2 dengan KTP asli." }, DAYTIME);
    expect(done.ok).toBe(true);
    await drainAll();

    const completed = smtp.mails.filter((m) => m.subject === `Permohonan ${request.number} selesai`);
    expect(completed).toHaveLength(1);
    expect(completed[0].to && !Array.isArray(completed[0].to) ? completed[0].to.text : "").toContain("siti@contoh.id");
    expect(completed[0].text).toContain("Ambil di loket 2 dengan KTP asli.");
    expect(completed[0].text).toContain(`/warga/permohonan/${request.id}`);
    expect(completed[0].html).toContain("<h1");

    const sms = gateway.sms().filter((h) => h.form!.get("message")!.includes(`${request.number} selesai`));
    expect(sms).toHaveLength(1);
    expect(sms[0].form!.get("to")).toBe("6281234560001");
    expect(sms[0].form!.get("message")!.length).toBeLessThanOrEqual(160);

    const wa = gateway.wa().filter((h) => JSON.stringify(h.json).includes(`${request.number} selesai`));
    expect(wa).toHaveLength(1);
    expect(wa[0].path).toBe("/wa/PNID/messages");
    expect((wa[0].json as { type: string; template: { name: string } }).template.name).toBe("lw_notif");

    // The survey invitation that follows a completion is its own single message per channel.
    expect(smtp.mails.filter((m) => m.subject === "Bagaimana layanan kami?")).toHaveLength(1);

    const inbox = await db.notification.findMany({ where: { userId: world.residents.siti.userId, targetId: request.id } });
    expect(inbox.map((n) => n.event).sort()).toEqual(["request.completed", "request.survey_invitation"]);
    expect(inbox.every((n) => n.readAt === null && n.link === `/warga/permohonan/${request.id}`)).toBe(true);

    const rows = await db.notificationDelivery.findMany({ where: { targetId: request.id, event: "request.completed" } });
    expect(rows.map((r) => [r.channel, r.status]).sort()).toEqual([["EMAIL", "SENT"], ["SMS", "SENT"], ["WHATSAPP", "SENT"]]);
    expect(rows.every((r) => r.providerMessageId)).toBe(true);
  });

  it("that rolls back produces no notification and no message", async () => {
    resetCounters();
    const request = await makeRequest({ officeId: world.offices.pakansari.id, serviceId: world.services.pem, residentId: world.residents.siti.profileId, status: "PROCESSING" });
    await expect(
      db.$transaction(async (tx) => {
        await tx.serviceRequest.update({ where: { id: request.id }, data: { status: "COMPLETED" } });
        await notify(tx, {
          event: "request.completed", officeId: world.offices.pakansari.id, key: `rollback:${request.id}`,
          recipients: [{ userId: world.residents.siti.userId, link: `/warga/permohonan/${request.id}` }], vars: { nomor: request.number }, target: { type: "request", id: request.id },
        });
        throw new Error("the change failed after notify()");
      }),
    ).rejects.toThrow("the change failed");
    await drainAll();
    expect(await db.notification.count({ where: { targetId: request.id } })).toBe(0);
    expect(await db.notificationDelivery.count({ where: { targetId: request.id } })).toBe(0);
    expect(smtp.mails).toHaveLength(0);
    expect(gateway.hits).toHaveLength(0);
  });
});

describe("retries", () => {
  it("a gateway answering 500 three times then 200 gives one delivery", async () => {
    resetCounters();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(DAYTIME);
    await db.$transaction((tx) =>
      notify(tx, {
        event: "request.verified", officeId: world.offices.pakansari.id, key: "retry-test",
        recipients: [{ contact: { key: "walkin-1", name: "Pak Warga", phone: "0812-9999-0001" } }], vars: { nomor: "PKS/2026/000999", kantor: "Kelurahan Pakansari" },
      }),
    );
    gateway.fail(3);
    await drainAll();
    const row = await db.notificationDelivery.findFirstOrThrow({ where: { idempotencyKey: "retry-test:walkin-1:SMS" } });
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(4);
    expect(gateway.hits.filter((h) => h.path === "/sms")).toHaveLength(4);
    expect(gateway.sms()).toHaveLength(1);
    expect(gateway.sms()[0].form!.get("to")).toBe("6281299990001");
  });

  it("gives up after the last attempt: a dead letter with the last error", async () => {
    resetCounters();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(DAYTIME);
    await db.$transaction((tx) =>
      notify(tx, { event: "request.verified", officeId: world.offices.pakansari.id, key: "dead-test", recipients: [{ contact: { key: "walkin-2", name: "Bu Warga", phone: "081299990002" } }], vars: {} }),
    );
    gateway.fail(5);
    await drainAll();
    const row = await db.notificationDelivery.findFirstOrThrow({ where: { idempotencyKey: "dead-test:walkin-2:SMS" } });
    expect(row.status).toBe("DEAD");
    expect(row.attempts).toBe(5);
    expect(row.lastError).toContain("HTTP 500");
    gateway.fail(0);
  });
});

describe("quiet hours", () => {
  it("defer an SMS queued at 22:00 WIB to 06:00 WIB; the e-mail goes at once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T15:00:00Z")); // 22:00 WIB
    const request = await makeRequest({ officeId: world.offices.pakansari.id, serviceId: world.services.pem, residentId: world.residents.siti.profileId, status: "SUBMITTED" });
    await db.$transaction((tx) =>
      notify(tx, {
        event: "request.verified", officeId: world.offices.pakansari.id, key: `quiet:${request.id}`,
        recipients: [{ userId: world.residents.siti.userId }], vars: { nomor: request.number }, target: { type: "request", id: request.id },
      }),
    );
    // The change's transaction queued one fan-out; the worker plans the channels from it, once.
    expect(await db.notificationFanout.count({ where: { key: `quiet:${request.id}` } })).toBe(1);
    await Promise.all([expandFanouts(), expandFanouts()]);
    expect(await db.notificationFanout.count({ where: { key: `quiet:${request.id}` } })).toBe(0);
    const rows = await db.notificationDelivery.findMany({ where: { idempotencyKey: { startsWith: `quiet:${request.id}` } } });
    expect(rows).toHaveLength(3);
    const byChannel = Object.fromEntries(rows.map((r) => [r.channel, r.runAt.toISOString()]));
    expect(byChannel.SMS).toBe("2026-12-01T23:00:00.000Z"); // 06:00 WIB next morning
    expect(byChannel.WHATSAPP).toBe("2026-12-01T23:00:00.000Z");
    expect(byChannel.EMAIL).toBe("2026-12-01T15:00:00.000Z");
  });
});

describe("a worker killed in the middle of a batch", () => {
  it("delivers each message exactly once after a restart", async () => {
    const N = 40;
    const killAt = 12;
    let child: ReturnType<typeof spawn> | null = null;
    const local = await startTestGateway({
      delayMs: 40,
      onHit: (_hit, count) => {
        if (count === killAt) child?.kill("SIGKILL");
      },
    });
    const keyBase = `kill-${Date.now()}`;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < N; i++) {
        await notify(tx, {
          event: "account.password_reset", officeId: world.offices.pakansari.id, key: `${keyBase}-${i}`,
          recipients: [{ contact: { key: `c${i}`, name: `Warga ${i}`, phone: `0813${String(10000000 + i)}` } }], vars: {},
        });
      }
    });
    const env = {
      ...process.env, SMTP_URL: smtp.url, SMS_GATEWAY_URL: `${local.base}/sms`, NOTIFY_LEASE_MS: "1500", NOTIFY_BATCH_SIZE: "8",
      NOTIFY_CONCURRENCY: "2", NOTIFY_POLL_MS: "100", NOTIFY_SLA_SCAN_MS: "86400000", NOTIFY_RETRY_BASE_MS: "50",
    };
    const startWorker = () => spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/worker.ts"], { env, stdio: "ignore" });
    child = startWorker();
    const firstExit = await new Promise<NodeJS.Signals | null>((resolve) => child!.on("exit", (_c, s) => resolve(s)));
    expect(firstExit).toBe("SIGKILL");
    const sentBeforeRestart = await db.notificationDelivery.count({ where: { idempotencyKey: { startsWith: keyBase }, status: "SENT" } });
    expect(sentBeforeRestart).toBeLessThan(N);
    child = startWorker();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const left = await db.notificationDelivery.count({ where: { idempotencyKey: { startsWith: keyBase }, status: { not: "SENT" } } });
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill("SIGTERM");
    await new Promise((resolve) => child!.on("exit", resolve));
    // This batch's recipients only: the worker also sends whatever else of the world falls due while
    // it runs (scheduled reminders depend on the hour the suite runs).
    const ours = (to: unknown) => /81310{5}\d{2}$/.test(String(to));
    const refs = local.sms().map((h) => String(h.form!.get("to"))).filter(ours);
    expect(new Set(refs).size).toBe(N);
    expect(refs).toHaveLength(N);
    // Requests the killed worker had in flight reached the gateway twice under the same Idempotency-Key
    // (the documented window); the gateway kept one message each. Never more than the lanes in flight.
    expect(local.hits.filter((h) => ours(h.form?.get("to"))).length - N).toBeLessThanOrEqual(2);
    expect(await db.notificationDelivery.count({ where: { idempotencyKey: { startsWith: keyBase }, status: "SENT" } })).toBe(N);
    await local.close();
  }, 120_000);
});
