import "server-only";
import { clientIpFrom } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import {
  ATTRIBUTES,
  findApiClient,
  findByToken,
  findService,
  getServiceRequest,
  listServiceRequests,
  listServices,
  resolveJurisdiction,
  type Jurisdiction,
} from "./data";
import { render, renderErrors, type DocumentKind, type Format } from "./format";
import { fileServiceRequest } from "./mutations";
import { filingError, filingParams, filingSchema, listSchema, parsePath, type Route } from "./params";
import { keyMayFileInto } from "./policy";

// GeoReport v2 over plain Request/Response, so the route file stays one line and the conformance
// test drives exactly what a client reaches.

const READS_PER_MINUTE = 300;
const FILINGS_PER_MINUTE = 30;

class Open311Failure extends Error {
  constructor(readonly status: number, readonly description: string) {
    super(description);
  }
}

function respond(kind: DocumentKind, body: unknown, format: Format, status = 200, headers: Record<string, string> = {}) {
  const doc = render(kind, body, format);
  return new Response(doc.body, {
    status,
    headers: { "content-type": doc.contentType, "access-control-allow-origin": "*", "access-control-expose-headers": "link", ...headers },
  });
}

function failure(status: number, description: string, format: Format, headers: Record<string, string> = {}) {
  const doc = renderErrors([{ code: status, description }], format);
  return new Response(doc.body, { status, headers: { "content-type": doc.contentType, "access-control-allow-origin": "*", ...headers } });
}

async function jurisdiction(slug: string | undefined): Promise<Jurisdiction> {
  const office = await resolveJurisdiction(slug);
  if (office === "required") throw new Open311Failure(400, "jurisdiction_id is required: this deployment serves several offices (see discovery)");
  if (office === "unknown") throw new Open311Failure(404, `jurisdiction_id ${slug} is not known`);
  return office;
}

function baseUrl(request: Request) {
  return (process.env.APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

async function bodyParams(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  const query = new URL(request.url).searchParams;
  if (type.includes("application/json")) {
    const json = (await request.json().catch(() => null)) as Record<string, unknown> | null;
    if (!json || typeof json !== "object") throw new Open311Failure(400, "the body is not valid JSON");
    return filingParams([...query.entries(), ...Object.entries(json)]);
  }
  const form = await request.formData().catch(() => null);
  return filingParams([...query.entries(), ...(form ? [...form.entries()].filter(([, v]) => typeof v === "string") : [])]);
}

async function get(route: Route, format: Format, request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  switch (route.kind) {
    case "discovery":
      return respond("discovery", {
        changeset: "2026-12-01T00:00:00+07:00",
        contact: "Operator kantor (lihat halaman kantor). Dokumentasi: /open311",
        key_service: "API key diberikan oleh admin kantor di Layanan Warga (menu Admin → Open311).",
        endpoints: [
          { specification: "http://wiki.open311.org/GeoReport_v2", url: `${baseUrl(request)}/open311/v2`, changeset: "2026-12-01T00:00:00+07:00", type: "production", formats: ["text/xml", "application/json"] },
        ],
      }, format);
    case "services": {
      const office = await jurisdiction(query.jurisdiction_id);
      return respond("services", await listServices(office.id), format);
    }
    case "service": {
      const office = await jurisdiction(query.jurisdiction_id);
      const service = await findService(office.id, route.code);
      if (!service) throw new Open311Failure(404, `service_code ${route.code} is not known`);
      return respond("service_definition", { service_code: service.slug, attributes: ATTRIBUTES }, format);
    }
    case "requests": {
      const office = await jurisdiction(query.jurisdiction_id);
      const parsed = listSchema.safeParse(query);
      if (!parsed.success) throw new Open311Failure(400, filingError(parsed.error));
      const { items, next } = await listServiceRequests(office.id, parsed.data);
      if (!next) return respond("service_requests", items, format);
      const url = new URL(request.url);
      url.searchParams.delete("page");
      url.searchParams.set("after", next);
      return respond("service_requests", items, format, 200, { link: `<${url.pathname}${url.search}>; rel="next"` });
    }
    case "request": {
      const office = await jurisdiction(query.jurisdiction_id);
      const found = await getServiceRequest(office.id, route.id);
      if (!found) throw new Open311Failure(404, `service_request_id ${route.id} is not known`);
      return respond("service_requests", [found], format);
    }
    case "token": {
      const office = await jurisdiction(query.jurisdiction_id);
      const found = await findByToken(office.id, route.token);
      if (!found) throw new Open311Failure(404, `token ${route.token} is not known`);
      return respond("service_requests", [found], format);
    }
  }
}

async function post(format: Format, request: Request): Promise<Response> {
  const params = await bodyParams(request);
  if (!params.api_key) throw new Open311Failure(400, "api_key is required");
  const client = await findApiClient(String(params.api_key));
  if (!client) throw new Open311Failure(403, "api_key is not valid or was revoked");
  const limit = await consumeRateLimit(`open311-file:key:${client.id}`, FILINGS_PER_MINUTE, 60);
  if (!limit.ok) throw new Open311Failure(429, `too many requests for this api_key; retry after ${limit.retryAfterSeconds} s`);
  const parsed = filingSchema.safeParse(params);
  if (!parsed.success) throw new Open311Failure(400, filingError(parsed.error));
  const office = await jurisdiction(parsed.data.jurisdiction_id);
  if (!keyMayFileInto(client, office)) throw new Open311Failure(403, "this api_key may not file into that jurisdiction");
  const category = await findService(office.id, parsed.data.service_code);
  if (!category) throw new Open311Failure(404, `service_code ${parsed.data.service_code} is not known`);
  const result = await fileServiceRequest(client, category, parsed.data);
  if (!result.ok) throw new Open311Failure(400, "the request could not be filed");
  return respond("service_requests", [{
    service_request_id: result.ticket,
    token: result.token,
    service_notice: "Pengaduan diterima. Pantau statusnya dengan service_request_id ini.",
    account_id: null,
  }], format, 201);
}

export async function handleOpen311(request: Request, segments: string[]): Promise<Response> {
  const parsed = parsePath(segments);
  const format: Format = parsed?.format ?? (segments.at(-1)?.toLowerCase().endsWith(".xml") ? "xml" : "json");
  if (!parsed) return failure(404, "unknown endpoint; see /open311/v2/discovery.json", format);
  try {
    if (request.method === "POST") {
      if (parsed.route.kind !== "requests") return failure(405, "only requests accepts POST", format, { allow: "GET" });
      return await post(format, request);
    }
    if (request.method !== "GET" && request.method !== "HEAD") return failure(405, "use GET or POST", format, { allow: "GET, POST" });
    const ip = clientIpFrom(request.headers.get("x-forwarded-for"), request.headers.get("x-real-ip")) ?? "unknown";
    const limit = await consumeRateLimit(`open311-read:ip:${ip}`, READS_PER_MINUTE, 60);
    if (!limit.ok) return failure(429, `too many requests; retry after ${limit.retryAfterSeconds} s`, format, { "retry-after": String(limit.retryAfterSeconds) });
    return await get(parsed.route, format, request);
  } catch (error) {
    if (error instanceof Open311Failure) return failure(error.status, error.description, format);
    throw error;
  }
}
