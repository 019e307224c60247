// Walks GeoReport v2 endpoint by endpoint, in JSON and XML, against the real database, through the
// same handler the route serves.
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { listComplaintQueue } from "@/lib/complaints/data/staff";
import { parseQueueFilters } from "@/lib/complaints/filters";
import { actor, seedDemo } from "@/test/support/complaints-setup";
import { verifyComplaint } from "@/lib/complaints/mutations/workflow";
import { db } from "@/lib/db";
import { handleOpen311 } from "./handler";
import { createApiClient, revokeApiClient } from "./mutations";

const xml = new XMLParser({ isArray: (name) => ["service", "request", "error", "attribute", "value", "endpoint", "format"].includes(name) });
const P = "kelurahan-pakansari";
let key: string;
let admin: Actor;
let staff: Actor;

async function call(path: string, init?: RequestInit & { form?: Record<string, string> }) {
  const url = new URL(`http://localhost/open311/v2/${path}`);
  const body = init?.form ? new URLSearchParams(init.form) : init?.body;
  const request = new Request(url, { method: init?.method ?? (init?.form ? "POST" : "GET"), body, headers: init?.headers });
  const segments = url.pathname.replace("/open311/v2/", "").split("/");
  const response = await handleOpen311(request, segments);
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status, type, text, link: response.headers.get("link"),
    json: type.includes("json") ? JSON.parse(text) : null, xml: type.includes("xml") ? xml.parse(text) : null,
  };
}

function filing(extra: Record<string, string> = {}) {
  return {
    api_key: key, jurisdiction_id: P, service_code: "jalan-rusak", lat: "-6.4815", lon: "106.8412",
    description: "Lubang besar di Jl. Tegar Beriman depan SDN 2, sudah dua motor jatuh minggu ini.",
    first_name: "Rudi", last_name: "Hartono", email: "rudi@contoh.id", ...extra,
  };
}

beforeAll(async () => {
  const ctx = await seedDemo();
  admin = await actor(ctx.users.admin);
  staff = await actor(ctx.users.petugasEkbang);
  const created = await createApiClient(admin, { name: "Aplikasi Warga Kabupaten" });
  if (!created.ok) throw new Error("no key");
  key = created.key;
});

describe("Open311 GeoReport v2", () => {
  it("discovery lists the v2 endpoint in both formats", async () => {
    const json = await call("discovery.json");
    expect(json.status).toBe(200);
    expect(json.json.endpoints[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", formats: ["text/xml", "application/json"] });
    const x = await call("discovery.xml");
    expect(x.type).toMatch(/^text\/xml/);
    expect(x.xml.discovery.endpoints.endpoint[0].url).toMatch(/\/open311\/v2$/);
  });

  it("requires jurisdiction_id in a deployment of several offices, in the spec's error format", async () => {
    const json = await call("services.json");
    expect(json.status).toBe(400);
    expect(json.json[0]).toMatchObject({ code: 400, description: expect.stringContaining("jurisdiction_id") });
    const x = await call("services.xml");
    expect(x.status).toBe(400);
    expect(x.xml.errors.error[0].code).toBe(400);
    expect((await call("services.json?jurisdiction_id=tidak-ada")).status).toBe(404);
  });

  it("lists the office's complaint categories as services, with their attributes", async () => {
    const json = await call(`services.json?jurisdiction_id=${P}`);
    expect(json.status).toBe(200);
    const road = json.json.find((s: { service_code: string }) => s.service_code === "jalan-rusak");
    expect(road).toMatchObject({ service_name: "Jalan Rusak", metadata: true, type: "realtime" });
    const x = await call(`services.xml?jurisdiction_id=${P}`);
    for (const s of x.xml.services.service) for (const field of ["service_code", "service_name", "metadata", "type"]) expect(s).toHaveProperty(field);
    const def = await call(`services/jalan-rusak.xml?jurisdiction_id=${P}`);
    expect(def.xml.service_definition.service_code).toBe("jalan-rusak");
    expect(def.xml.service_definition.attributes.attribute.map((a: { code: string }) => a.code)).toEqual(["privacy", "classification"]);
    expect((await call(`services/tidak-ada.json?jurisdiction_id=${P}`)).status).toBe(404);
  });

  it("refuses a filing without a key (400), with a bad or revoked key (403), or with a missing parameter (400)", async () => {
    const { api_key: _omit, ...withoutKey } = filing();
    expect((await call("requests.json", { form: withoutKey })).status).toBe(400);
    const bad = await call("requests.xml", { form: filing({ api_key: "lw_salah" }) });
    expect(bad.status).toBe(403);
    expect(bad.xml.errors.error[0].code).toBe(403);
    const noPlace = await call("requests.json", { form: filing({ lat: "", lon: "" }) });
    expect(noPlace.status).toBe(400);
    expect(noPlace.json[0].description).toMatch(/location/);
    expect((await call("requests.json", { form: filing({ service_code: "" }) })).status).toBe(400);
    expect((await call("requests.json", { form: filing({ jurisdiction_id: "kelurahan-tengah" }) })).status).toBe(403);
  });

  it("files a complaint that staff see in their queue, and whose status change the client reads back", async () => {
    const filed = await call("requests.json", { form: filing() });
    expect(filed.status).toBe(201);
    const { service_request_id: ticket, token } = filed.json[0];
    expect(ticket).toMatch(/^ADU-PKS-\d{4}-\d{6}$/);

    const queue = await listComplaintQueue(staff, parseQueueFilters({}));
    const row = queue.rows.find((r) => r.ticket === ticket);
    expect(row).toBeDefined();
    const stored = await db.complaint.findUniqueOrThrow({ where: { ticket }, select: { id: true, version: true, channel: true, privacy: true, reporterId: true } });
    expect(stored).toMatchObject({ channel: "API", privacy: "RAHASIA", reporterId: null });

    const before = await call(`requests/${ticket}.json?jurisdiction_id=${P}`);
    expect(before.json[0]).toMatchObject({ service_request_id: ticket, status: "open", status_notes: expect.stringContaining("menunggu verifikasi") });
    expect(before.json[0].requested_datetime).toMatch(/\+07:00$/);

    const verified = await verifyComplaint(staff, { id: stored.id, version: stored.version, track: "FIELD_INSPECTION" });
    expect(verified.ok).toBe(true);
    const after = await call(`requests/${ticket}.xml?jurisdiction_id=${P}`);
    const request = after.xml.service_requests.request[0];
    expect(request.status).toBe("open");
    expect(request.status_notes).toContain("diverifikasi");
    for (const field of ["service_request_id", "status", "service_code", "requested_datetime", "updated_datetime", "expected_datetime"]) expect(request).toHaveProperty(field);

    const byToken = await call(`tokens/${token}.json?jurisdiction_id=${P}`);
    expect(byToken.json[0]).toEqual({ token, service_request_id: ticket });
    expect((await call(`requests/ADU-PKS-2026-999999.json?jurisdiction_id=${P}`)).status).toBe(404);
  });

  it("shows a Rahasia complaint with status fields only, and a Publik one with its content, never the reporter", async () => {
    const secret = (await call("requests.json", { form: filing() })).json[0].service_request_id;
    const open = (await call("requests.json", { form: filing({ "attribute[privacy]": "PUBLIK" }) })).json[0].service_request_id;
    const list = await call(`requests.json?jurisdiction_id=${P}&service_request_id=${secret},${open}`);
    const bySecret = list.json.find((r: { service_request_id: string }) => r.service_request_id === secret);
    const byOpen = list.json.find((r: { service_request_id: string }) => r.service_request_id === open);
    expect(bySecret).toMatchObject({ description: null, lat: null, long: null, address: null, media_url: null });
    expect(byOpen.description).toContain("Lubang besar");
    expect(byOpen.lat).toBeCloseTo(-6.4815);
    expect(list.text).not.toContain("Rudi");
    expect(list.text).not.toContain("rudi@contoh.id");
  });

  it("filters the list by status and service, and caps the page size", async () => {
    const closed = await call(`requests.json?jurisdiction_id=${P}&status=closed&service_code=jalan-rusak`);
    expect(closed.status).toBe(200);
    expect(closed.json.every((r: { status: string; service_code: string }) => r.status === "closed" && r.service_code === "jalan-rusak")).toBe(true);
    expect((await call(`requests.json?jurisdiction_id=${P}&status=semua`)).status).toBe(400);
    expect((await call(`requests.json?jurisdiction_id=${P}&page_size=5000`)).status).toBe(400);
    expect((await call(`requests.json?jurisdiction_id=${P}&page_size=2`)).json.length).toBeLessThanOrEqual(2);
  });

  it("walks the whole list two at a time through the Link: rel=next cursor, each request once", async () => {
    const all = (await call(`requests.json?jurisdiction_id=${P}&page_size=200`)).json.map((r: { service_request_id: string }) => r.service_request_id);
    expect(all.length).toBeGreaterThan(2);
    const walked: string[] = [];
    let path: string | null = `requests.json?jurisdiction_id=${P}&page_size=2`;
    while (path) {
      const page = await call(path);
      expect(page.status).toBe(200);
      walked.push(...page.json.map((r: { service_request_id: string }) => r.service_request_id));
      const next = page.link ? /^<\/open311\/v2\/([^>]+)>; rel="next"$/.exec(page.link) : null;
      path = next ? next[1] : null;
    }
    expect(walked).toEqual(all);
    expect((await call(`requests.json?jurisdiction_id=${P}&page=2&after=abc`)).status).toBe(400);
  });

  it("refuses a revoked key", async () => {
    const second = await createApiClient(admin, { name: "Uji cabut" });
    if (!second.ok) throw new Error("no key");
    await revokeApiClient(admin, second.id);
    expect((await call("requests.json", { form: filing({ api_key: second.key }) })).status).toBe(403);
  });
});
