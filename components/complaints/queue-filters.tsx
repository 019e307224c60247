import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { QueueFilters } from "@/lib/complaints/filters";
import { CLASSIFICATIONS, PRIVACIES, SLA_STATES } from "@/lib/complaints/schema";
import { ALL_STATUSES } from "@/lib/complaints/workflow";
import { DateInput } from "@/components/ui/date-input";

type Option = { id: string; name: string };

/** A plain GET form: filters live in the URL, so a view can be shared, reloaded and exported as is. */
export async function ComplaintQueueFilters({ filters, categories, units }: { filters: QueueFilters; categories: Option[]; units: Option[] }) {
  const [t, tr] = await Promise.all([getTranslations("complaints"), getTranslations("common.actions")]);
  const label = "block text-xs font-medium text-slate-700";
  const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";
  const select = (name: keyof QueueFilters, text: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${name}`} className={label}>{text}</label>
      <select id={`f-${name}`} name={name} defaultValue={filters[name] ?? ""} className={control}>
        <option value="">{t("staff.any")}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" aria-label={t("staff.filters")} className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 md:grid-cols-4 lg:grid-cols-6">
      <div className="col-span-2">
        <label htmlFor="f-q" className={label}>{t("staff.search")}</label>
        <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("staff.searchHint")} className={control} />
      </div>
      <div>
        <label htmlFor="f-from" className={label}>{t("staff.from")}</label>
        <DateInput compact id="f-from" name="from" defaultValue={filters.from ?? ""} className={`${control} min-w-0 flex-1`} pickLabel={t("staff.pickDate")} placeholder={t("staff.dateFormat")} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>{t("staff.to")}</label>
        <DateInput compact id="f-to" name="to" defaultValue={filters.to ?? ""} className={`${control} min-w-0 flex-1`} pickLabel={t("staff.pickDate")} placeholder={t("staff.dateFormat")} />
      </div>
      {select("status", t("staff.colStatus"), ALL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })))}
      {select("sla", t("staff.colSla"), SLA_STATES.map((s) => ({ value: s, label: t(`sla.${s}`) })))}
      {select("classification", t("staff.classification"), CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) })))}
      {select("category", t("staff.colCategory"), categories.map((c) => ({ value: c.id, label: c.name })))}
      {select("unit", t("staff.colUnit"), [{ value: "mine", label: t("staff.myUnits") }, ...units.map((u) => ({ value: u.id, label: u.name }))])}
      {select("privacy", t("staff.colPrivacy"), PRIVACIES.map((p) => ({ value: p, label: t(`privacy.${p}`) })))}
      {/* Kept when other filters change; its chip above the list removes it. */}
      {filters.handler ? <input type="hidden" name="handler" value={filters.handler} /> : null}
      <div className="col-span-2 flex items-end gap-2">
        <button type="submit" className={buttonClass({ size: "sm" })}>{t("staff.apply")}</button>
        <Link href="/petugas/pengaduan" className={buttonClass({ size: "sm", variant: "ghost" })}>{tr("reset")}</Link>
      </div>
    </form>
  );
}
