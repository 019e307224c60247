// Reading GeoReport v2 requests: the path with its format suffix, and the filing parameters.
import { z } from "zod";
import type { Format } from "./format";

export type Route =
  | { kind: "discovery" }
  | { kind: "services" }
  | { kind: "service"; code: string }
  | { kind: "requests" }
  | { kind: "request"; id: string }
  | { kind: "token"; token: string };

/** `["services", "jalan-rusak.xml"]` → the service definition route in XML; null for unknown paths. */
export function parsePath(segments: string[]): { route: Route; format: Format } | null {
  if (segments.length === 0 || segments.length > 2) return null;
  const last = segments[segments.length - 1];
  const match = /^(.+)\.(json|xml)$/i.exec(last);
  if (!match) return null;
  const name = decodeURIComponent(match[1]);
  const format = match[2].toLowerCase() as Format;
  const head = segments.length === 2 ? segments[0] : name;
  if (segments.length === 1) {
    if (head === "discovery") return { route: { kind: "discovery" }, format };
    if (head === "services") return { route: { kind: "services" }, format };
    if (head === "requests") return { route: { kind: "requests" }, format };
    return null;
  }
  if (head === "services") return { route: { kind: "service", code: name }, format };
  if (head === "requests") return { route: { kind: "request", id: name }, format };
  if (head === "tokens") return { route: { kind: "token", token: name }, format };
  return null;
}

const PRIVACY = ["PUBLIK", "RAHASIA", "ANONIM"] as const;
const CLASSES = ["PENGADUAN", "ASPIRASI", "INFORMASI"] as const;

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,3}(\.\d+)?$/, "must be a decimal number")
    .transform(Number)
    .refine((n) => n >= min && n <= max, "out of range");

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

/** The parameters of `POST requests`, after `lon` was accepted as `long` and attributes were gathered. */
export const filingSchema = z
  .object({
    api_key: z.string().trim().min(1, "api_key is required"),
    jurisdiction_id: optionalText(80),
    service_code: z.string().trim().min(1, "service_code is required").max(80),
    lat: coordinate(-90, 90).optional(),
    long: coordinate(-180, 180).optional(),
    address_string: optionalText(500),
    description: z.string().trim().min(20, "description is required (at least 20 characters)").max(4000, "description is too long (4000 characters at most)"),
    media_url: z.url({ protocol: /^https?$/, error: "media_url must be an http(s) URL" }).max(1000).optional(),
    email: z.email("email is not a valid address").max(200).optional(),
    phone: optionalText(30),
    first_name: optionalText(100),
    last_name: optionalText(100),
    attribute: z
      .object({
        privacy: z.enum(PRIVACY, "attribute[privacy] must be PUBLIK, RAHASIA or ANONIM").optional(),
        classification: z.enum(CLASSES, "attribute[classification] must be PENGADUAN, ASPIRASI or INFORMASI").optional(),
      })
      .default({}),
  })
  .refine((v) => (v.lat !== undefined && v.long !== undefined) || v.address_string, {
    message: "a location is required: lat and long, or address_string",
    path: ["lat"],
  });

export type Filing = z.output<typeof filingSchema>;

/** Form or JSON body → a plain object: `lon` read as `long`, `attribute[x]` gathered under `attribute`. */
export function filingParams(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attribute: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    const value = typeof raw === "string" ? raw : raw == null ? undefined : String(raw);
    if (value === undefined || value === "") continue;
    const attr = /^attribute\[(.+)\]$/.exec(key);
    if (attr) attribute[attr[1]] = value.trim().toUpperCase();
    else if (key === "lon") out.long ??= value;
    else out[key] = value;
  }
  out.attribute = attribute;
  return out;
}

/** The first problem, in the spec's words: a 400 with one description. */
export function filingError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue?.message ?? "invalid request";
}

const date = z.iso.datetime({ offset: true }).or(z.iso.date()).transform((v) => new Date(v.length === 10 ? `${v}T00:00:00+07:00` : v));

export const listSchema = z.object({
  jurisdiction_id: optionalText(80),
  service_request_id: z
    .string()
    .max(2000)
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .refine((ids) => ids.length <= 50, "at most 50 service_request_id values")
    .optional(),
  service_code: z.string().trim().max(80).optional(),
  start_date: date.optional(),
  end_date: date.optional(),
  status: z.enum(["open", "closed"], "status must be open or closed").optional(),
  page_size: z.coerce.number().int().min(1).max(200, "page_size is 200 at most").default(50),
  page: z.coerce.number().int().min(1).max(100, "page is 100 at most: narrow start_date/end_date instead, or follow the Link: rel=\"next\" header (after=…)").default(1),
  /** Keyset cursor from the previous answer's `Link: <…>; rel="next"` header; reads any depth at the same cost. */
  after: z.string().trim().max(200).optional(),
}).refine((q) => !(q.after && q.page > 1), { message: "use either page or after, not both", path: ["after"] });

export type ListQuery = z.output<typeof listSchema>;
