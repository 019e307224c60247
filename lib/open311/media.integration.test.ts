// Open311 media_url: filed through the API, fetched by the job drain from a real HTTP server on
// 127.0.0.1 (node:http), stored as the complaint's photo, or refused with a note in its history.
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { getComplaintForStaff } from "@/lib/complaints/data/staff";
import { FETCH_MEDIA_JOB, fetchComplaintMediaHandler } from "@/lib/complaints/mutations/media";
import { db } from "@/lib/db";
import { jobDrain } from "@/lib/jobs/drain";
import { authorizeFileAccess } from "@/lib/storage/access";
import { storeFor } from "@/lib/storage/store";
import { actor, photoWithGps, seedDemo } from "@/test/support/complaints-setup";
import { handleOpen311 } from "./handler";
import { createApiClient } from "./mutations";

const P = "kelurahan-pakansari";
let key: string;
let staff: Actor;
let otherOffice: Actor;
let server: http.Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  const ctx = await seedDemo();
  staff = await actor(ctx.users.petugasEkbang);
  otherOffice = await actor(ctx.users.petugasTengah);
  const created = await createApiClient(await actor(ctx.users.admin), { name: "Aplikasi Warga Kabupaten" });
  if (!created.ok) throw new Error("no key");
  key = created.key;

  const photo = Buffer.from(await photoWithGps());
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    const path = req.url ?? "/";
    if (path === "/foto.jpg") return res.writeHead(200, { "content-type": "image/jpeg" }).end(photo);
    if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      return res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : "/foto.jpg" }).end();
    }
    if (path === "/putar") return res.writeHead(302, { location: "/putar" }).end();
    if (path === "/besar.jpg") {
      // No Content-Length: the limit has to hold while streaming, not just on the header.
      res.writeHead(200, { "content-type": "image/jpeg" });
      const chunk = Buffer.alloc(1024 * 1024, 0xff);
      for (let i = 0; i < 9; i++) res.write(chunk);
      return res.end();
    }
    if (path === "/halaman.html") return res.writeHead(200, { "content-type": "text/html" }).end("<html><body>bukan foto</body></html>");
    if (path === "/palsu.png") return res.writeHead(200, { "content-type": "image/png" }).end("<html><script>alert(1)</script></html>");
    if (path === "/sibuk.jpg") return res.writeHead(503).end();
    return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function file(mediaUrl: string, privacy = "PUBLIK") {
  const form = new URLSearchParams({
    api_key: key, jurisdiction_id: P, service_code: "jalan-rusak", address_string: "Jl. Tegar Beriman depan SDN 2",
    description: "Lubang besar di Jl. Tegar Beriman depan SDN 2, sudah dua motor jatuh minggu ini.",
    media_url: mediaUrl, "attribute[privacy]": privacy,
  });
  const response = await handleOpen311(new Request("http://localhost/open311/v2/requests.json", { method: "POST", body: form }), ["requests.json"]);
  expect(response.status).toBe(201);
  const [answer] = (await response.json()) as { service_request_id: string }[];
  return db.complaint.findUniqueOrThrow({ where: { ticket: answer.service_request_id }, select: { id: true, ticket: true } });
}

/** Runs the worker's job drain until nothing is due, like `npm run worker` would. */
async function drain(allowLoopback = true) {
  const jobs = jobDrain({ [FETCH_MEDIA_JOB]: fetchComplaintMediaHandler({ allowLoopback, timeoutMs: 3_000 }) }, { retryBaseMs: 0, log: () => {} });
  while ((await jobs.runBatch("vitest")) > 0);
}

async function history(complaintId: string) {
  const detail = await getComplaintForStaff(staff, complaintId);
  if (!detail) throw new Error("staff cannot see the complaint");
  return detail;
}

async function failureNote(complaintId: string) {
  const detail = await history(complaintId);
  expect(detail.photos).toEqual([]);
  const failed = detail.events.filter((e) => e.type === "complaint.media_failed");
  expect(failed).toHaveLength(1);
  return failed[0].note ?? "";
}

describe("Open311 media_url fetched into the complaint", () => {
  it("stores the photo as a private attachment that staff of the office open through the file route", async () => {
    const url = `${base}/hop/3`; // three redirects, each checked, then the photo
    const complaint = await file(url);
    expect(await db.job.count({ where: { kind: FETCH_MEDIA_JOB, status: "QUEUED" } })).toBe(1);
    await drain();

    const detail = await history(complaint.id);
    expect(detail.photos).toHaveLength(1);
    expect(detail.mediaUrl).toBe(url); // still shown as plain text
    expect(detail.events.map((e) => e.type)).toContain("complaint.media_fetched");

    const access = await authorizeFileAccess(staff, detail.photos[0]);
    if (!access.ok) throw new Error("staff cannot open the fetched photo");
    expect(access.reason).toEqual({ kind: "staff_complaint", complaintId: complaint.id });
    expect(access.file.mime).toBe("image/jpeg");
    const bytes = await storeFor(access.file.driver).get(access.file.key);
    const meta = await sharp(bytes!).metadata();
    expect(meta.exif).toBeUndefined(); // the GPS position of the original photo is gone
    expect(await authorizeFileAccess(otherOffice, detail.photos[0])).toEqual({ ok: false, error: "not_found" });
    expect(await authorizeFileAccess(null, detail.photos[0])).toEqual({ ok: false, error: "not_found" });

    // GET requests keeps media_url for a public complaint (the client's own link, never our private copy).
    const get = await handleOpen311(new Request(`http://localhost/open311/v2/requests/${complaint.ticket}.json?jurisdiction_id=${P}`), ["requests", `${complaint.ticket}.json`]);
    expect(((await get.json()) as { media_url: string | null }[])[0].media_url).toBe(url);

    await drain(); // a second run changes nothing
    expect((await history(complaint.id)).photos).toHaveLength(1);
  });

  it("refuses a file above the complaint photo limit while streaming it", async () => {
    const complaint = await file(`${base}/besar.jpg`);
    await drain();
    expect(await failureNote(complaint.id)).toContain("lebih besar dari batas 8 MB");
  });

  it("refuses what is not a photo, by its header and by its bytes", async () => {
    const html = await file(`${base}/halaman.html`);
    const disguised = await file(`${base}/palsu.png`);
    await drain();
    expect(await failureNote(html.id)).toContain("bukan foto");
    expect(await failureNote(disguised.id)).toContain("bukan foto");
    expect(await db.storedFile.count({ where: { complaintAttachments: { some: { complaintId: disguised.id } } } })).toBe(0);
  });

  it("records a 404 and a redirect loop on the complaint, with the link kept as text for staff", async () => {
    const missing = await file(`${base}/hilang.jpg`);
    const loop = await file(`${base}/putar`);
    await drain();
    expect(await failureNote(missing.id)).toMatch(/^Media dari aplikasi pengirim tidak dapat diambil: server media menjawab dengan kode HTTP 404\./);
    expect(await failureNote(loop.id)).toContain("dialihkan (redirect) lebih dari 3 kali");
    expect(hits.filter((h) => h === "/putar")).toHaveLength(4); // the first request and three redirects, then it stops
    expect((await history(loop.id)).mediaUrl).toBe(`${base}/putar`);
  });

  it("retries a busy server, then gives up with one note", async () => {
    const busy = await file(`${base}/sibuk.jpg`);
    await drain();
    expect(hits.filter((h) => h === "/sibuk.jpg")).toHaveLength(3);
    expect(await failureNote(busy.id)).toContain("kode HTTP 503");
    expect(await db.job.findFirst({ where: { payload: { equals: { complaintId: busy.id } } }, select: { status: true, attempts: true } })).toEqual({ status: "FAILED", attempts: 3 });
  });

  it("never connects to a loopback address when loopback is not allowed", async () => {
    const before = hits.length;
    const direct = await file(`${base}/foto.jpg`);
    const byName = await file(`${base.replace("127.0.0.1", "localhost")}/foto.jpg`);
    const mapped = await file(`${base.replace("127.0.0.1", "[::ffff:127.0.0.1]")}/foto.jpg`);
    await drain(false);
    for (const c of [direct, byName, mapped]) expect(await failureNote(c.id)).toContain("jaringan internal atau lokal");
    expect(hits.length).toBe(before); // nothing reached the server
  });

  it("shows no media_url for a Rahasia complaint", async () => {
    const complaint = await file(`${base}/foto.jpg`, "RAHASIA");
    await drain();
    expect((await history(complaint.id)).photos).toHaveLength(1); // staff still get the photo
    const get = await handleOpen311(new Request(`http://localhost/open311/v2/requests/${complaint.ticket}.json?jurisdiction_id=${P}`), ["requests", `${complaint.ticket}.json`]);
    expect(((await get.json()) as { media_url: string | null }[])[0].media_url).toBeNull();
  });
});
