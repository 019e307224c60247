import { getFormatter, getTranslations } from "next-intl/server";
import { DateInput } from "@/components/ui/date-input";
import { TableScroll } from "./table-scroll";

type Event = {
  id: string; action: string; targetType: string; targetId: string; targetLabel: string | null; ip: string | null; createdAt: Date;
  details: unknown; actor: { name: string; role: string } | null;
};

/** Short, value-free summary of an event's details (field names, counts), never raw personal data. */
function summary(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Record<string, unknown>;
  if (Array.isArray(d.fields)) return (d.fields as unknown[]).join(", ");
  if (Array.isArray(d.warnings) && d.warnings.length) return (d.warnings as unknown[]).join(", ");
  return Object.entries(d)
    .filter(([, v]) => typeof v !== "object")
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ")
    .slice(0, 120);
}

export async function AuditTable({ events }: { events: Event[] }) {
  const t = await getTranslations("admin.audit");
  const tr = await getTranslations("common.roles");
  const format = await getFormatter();
  if (!events.length) return <p className="rounded-lg bg-white p-4 text-slate-600">{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("time")}</th>
            <th scope="col" className="p-2">{t("actor")}</th>
            <th scope="col" className="p-2">{t("action")}</th>
            <th scope="col" className="p-2">{t("target")}</th>
            <th scope="col" className="p-2">{t("details")}</th>
            <th scope="col" className="p-2">{t("ip")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 align-top">
              <td className="p-2 whitespace-nowrap">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
              <td className="p-2">{e.actor ? `${e.actor.name} (${tr(e.actor.role)})` : t("system")}</td>
              <td className="p-2">
                {t.has(`actions.${e.action}`) ? t(`actions.${e.action}` as "title") : e.action}
                <span className="block font-mono text-xs text-slate-500">{e.action}</span>
              </td>
              <td className="p-2">
                {t.has(`targets.${e.targetType}`) ? t(`targets.${e.targetType}` as "title") : e.targetType}: {e.targetLabel ?? <span className="font-mono text-xs">{e.targetId}</span>}
              </td>
              <td className="p-2 text-xs">{summary(e.details)}</td>
              <td className="p-2 font-mono text-xs">{e.ip ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type DateKey = "from" | "to";

/** The filter bar; a date that did not read (`typed`) stays in its field with the message under it. */
export async function AuditFilters({ filter, actions, typed = {} }: { filter: { action?: string; actor?: string; from?: string; to?: string }; actions: string[]; typed?: Partial<Record<DateKey, string>> }) {
  const [t, tc, td, te] = await Promise.all([getTranslations("admin.audit"), getTranslations("common.actions"), getTranslations("common.dateInput"), getTranslations("admin.errors")]);
  const control = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-normal";
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm font-medium">
        {t("action")}
        <select name="action" defaultValue={filter.action ?? ""} className={control}>
          <option value="">{t("allActions")}</option>
          {actions.map((a) => <option key={a} value={a}>{t.has(`actions.${a}`) ? `${t(`actions.${a}` as "title")} (${a})` : a}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t("actor")}
        <input name="actor" defaultValue={filter.actor} placeholder={t("actorPlaceholder")} className={`${control} w-56`} />
      </label>
      {(["from", "to"] as const).map((key) => (
        <div key={key} className="flex flex-col text-sm font-medium">
          <label htmlFor={`audit-${key}`}>{t(key)}</label>
          <DateInput
            compact
            id={`audit-${key}`}
            name={key}
            defaultValue={typed[key] ?? filter[key] ?? ""}
            autoComplete="off"
            className={`${control} w-36`}
            pickLabel={td("pick")}
            placeholder={td("format")}
            aria-invalid={typed[key] ? true : undefined}
            aria-describedby={typed[key] ? `audit-${key}-error` : undefined}
          />
          {typed[key] ? <p id={`audit-${key}-error`} className="mt-1 max-w-48 text-sm font-medium text-red-700">{te("date_invalid")}</p> : null}
        </div>
      ))}
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">{tc("filter")}</button>
    </form>
  );
}
