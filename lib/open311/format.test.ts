import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { isoJakarta, render, renderErrors } from "./format";
import { filingParams, filingSchema, parsePath } from "./params";
import { open311Status, statusNotes } from "./status";

const xml = new XMLParser();

describe("GeoReport v2 documents", () => {
  it("writes times in ISO 8601 with the Jakarta offset", () => {
    expect(isoJakarta(new Date("2026-12-01T02:30:00Z"))).toBe("2026-12-01T09:30:00+07:00");
    expect(isoJakarta(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01T03:00:00+07:00");
  });

  it("renders a service list as the spec's <services><service> elements", () => {
    const doc = render("services", [{ service_code: "jalan-rusak", service_name: "Jalan Rusak", metadata: true }], "xml");
    expect(doc.contentType).toMatch(/^text\/xml/);
    const parsed = xml.parse(doc.body);
    expect(parsed.services.service.service_code).toBe("jalan-rusak");
  });

  it("renders errors in both formats", () => {
    expect(JSON.parse(renderErrors([{ code: 400, description: "service_code is required" }], "json").body)).toEqual([
      { code: 400, description: "service_code is required" },
    ]);
    const parsed = xml.parse(renderErrors([{ code: 403, description: "api_key is not valid" }], "xml").body);
    expect(parsed.errors.error).toEqual({ code: 403, description: "api_key is not valid" });
  });

  it("escapes text so a description cannot break the XML", () => {
    const doc = render("service_requests", [{ description: 'Lampu <mati> & "rusak"' }], "xml");
    expect(xml.parse(doc.body).service_requests.request.description).toBe('Lampu <mati> & "rusak"');
  });
});

describe("reading requests", () => {
  it("knows the endpoints and their format suffix", () => {
    expect(parsePath(["services.json"])).toEqual({ route: { kind: "services" }, format: "json" });
    expect(parsePath(["services", "jalan-rusak.xml"])).toEqual({ route: { kind: "service", code: "jalan-rusak" }, format: "xml" });
    expect(parsePath(["requests", "ADU-PKS-2026-000001.json"])).toEqual({ route: { kind: "request", id: "ADU-PKS-2026-000001" }, format: "json" });
    expect(parsePath(["tokens", "abc.json"])?.route).toEqual({ kind: "token", token: "abc" });
    expect(parsePath(["requests"])).toBeNull();
    expect(parsePath(["admin.json"])).toBeNull();
  });

  it("accepts lon for long and gathers attribute[...]", () => {
    const params = filingParams([["lon", "106.8"], ["lat", "-6.5"], ["attribute[privacy]", "anonim"], ["description", "x"]]);
    expect(params).toMatchObject({ long: "106.8", lat: "-6.5", attribute: { privacy: "ANONIM" } });
  });

  it("needs a location, a known privacy and a long enough description", () => {
    const base = { api_key: "k", service_code: "sampah", description: "Sampah menumpuk di depan pasar sejak seminggu." };
    expect(filingSchema.safeParse({ ...base, attribute: {} }).success).toBe(false);
    expect(filingSchema.safeParse({ ...base, address_string: "Jl. Raya 1", attribute: {} }).success).toBe(true);
    expect(filingSchema.safeParse({ ...base, lat: "-6.5", long: "106.8", attribute: {} }).success).toBe(true);
    expect(filingSchema.safeParse({ ...base, address_string: "x", attribute: { privacy: "SEMUA" } }).success).toBe(false);
    expect(filingSchema.safeParse({ ...base, lat: "-96", long: "106.8", attribute: {} }).success).toBe(false);
  });
});

describe("status mapping", () => {
  it("maps the workflow onto open and closed", () => {
    expect(["SUBMITTED", "VERIFIED", "DISPOSED", "FOLLOWED_UP"].map((s) => open311Status(s as never))).toEqual(["open", "open", "open", "open"]);
    expect(["COMPLETED", "CLOSED", "REJECTED"].map((s) => open311Status(s as never))).toEqual(["closed", "closed", "closed"]);
  });

  it("says in Indonesian where a complaint is", () => {
    expect(statusNotes("DISPOSED", { unitName: "Seksi Trantib" })).toBe("Pengaduan diteruskan ke Seksi Trantib untuk ditindaklanjuti.");
    expect(statusNotes("REJECTED", { rejectReason: "NOT_AUTHORITY", referredTo: "Dinas PUPR" })).toContain("(Dinas PUPR)");
  });
});
