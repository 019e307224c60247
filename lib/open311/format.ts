// GeoReport v2 documents in both of the specification's formats. Pure: no database, no request.
import { XMLBuilder } from "fast-xml-parser";

export type Format = "json" | "xml";

/** Root and item element names of each XML document, as the specification names them. */
const XML_NAMES = {
  services: ["services", "service"],
  service_definition: ["service_definition", null],
  service_requests: ["service_requests", "request"],
  discovery: ["discovery", null],
  errors: ["errors", "error"],
} as const;

export type DocumentKind = keyof typeof XML_NAMES;

const builder = new XMLBuilder({ ignoreAttributes: true, format: true, suppressEmptyNode: false });

/** ISO 8601 with the Jakarta offset, e.g. 2026-12-01T09:30:00+07:00. */
export function isoJakarta(date: Date | null | undefined): string | null {
  if (!date) return null;
  const local = new Date(date.getTime() + 7 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}

/** XML has no arrays: nested lists (endpoints, attribute values, formats) get the item names of the spec. */
function toXmlValue(key: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = key === "endpoints" ? "endpoint" : key === "formats" ? "format" : key === "attributes" ? "attribute" : key === "values" ? "value" : "item";
    return { [item]: value.map((v) => toXmlValue(item, v)) };
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toXmlValue(k, v)]));
  }
  return value === null || value === undefined ? "" : value;
}

export function render(kind: DocumentKind, body: unknown, format: Format): { body: string; contentType: string } {
  if (format === "json") return { body: JSON.stringify(body), contentType: "application/json; charset=utf-8" };
  const [root, item] = XML_NAMES[kind];
  const content = item ? { [item]: (body as unknown[]).map((row) => toXmlValue(item, row)) } : toXmlValue(root, body);
  const xml = builder.build({ [root]: content }) as string;
  return { body: `<?xml version="1.0" encoding="utf-8"?>\n${xml}`, contentType: "text/xml; charset=utf-8" };
}

export type Open311Error = { code: number; description: string };

export function renderErrors(errors: Open311Error[], format: Format) {
  return render("errors", errors, format);
}
