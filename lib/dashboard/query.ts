import "server-only";
import type { Actor } from "@/lib/auth/types";
import { filterOptions, resolveOffice, viewableOffices } from "./data/scope";
import { parsePeriod, periodContaining, type PeriodKind } from "./period";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The one default period of every supervisor page and export (dashboard, SKM page, PDF, XLSX, CSV):
 * the running quarter (triwulan), the usual SKM reporting cycle, so the dashboard and the SKM report
 * opened without a period show the same figures (issue 17).
 */
export const DEFAULT_PERIOD_KIND: PeriodKind = "quarter";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

/**
 * Reads ?kantor=&periode=&layanan=&unit= for a supervisor page or export. Null when the office asked
 * for is not one the actor may see (the caller answers 404). Unknown service or unit ids are dropped.
 */
export async function resolveDashboardQuery(actor: Actor, params: SearchParams, defaultKind: PeriodKind = DEFAULT_PERIOD_KIND) {
  const office = await resolveOffice(actor, one(params.kantor));
  if (!office) return null;
  const [offices, options] = await Promise.all([viewableOffices(actor), filterOptions(office.id)]);
  const period = parsePeriod(one(params.periode)) ?? periodContaining(defaultKind, new Date());
  const serviceId = options.services.some((s) => s.id === one(params.layanan)) ? one(params.layanan) : null;
  const unitId = options.units.some((u) => u.id === one(params.unit)) ? one(params.unit) : null;
  return { office, offices, period, serviceId, unitId, ...options };
}

/** The query string that reproduces a resolved query (for export links). */
export function queryString(q: { office: { id: string }; period: { key: string }; serviceId: string | null; unitId: string | null }, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...extra, kantor: q.office.id, periode: q.period.key });
  if (q.serviceId) params.set("layanan", q.serviceId);
  if (q.unitId) params.set("unit", q.unitId);
  return params.toString();
}

/**
 * The Camat's comparison: on a kecamatan with kelurahan under it, those offices and then the
 * kecamatan office itself; null for any other office (the page and its CSV use the same list).
 */
export function comparedOffices(q: { office: { id: string; type: string; name: string }; offices: { id: string; name: string }[] }) {
  return q.office.type === "KECAMATAN" && q.offices.length > 1 ? q.offices.filter((o) => o.id !== q.office.id).concat(q.office) : null;
}
