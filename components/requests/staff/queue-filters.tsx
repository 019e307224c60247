import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { QueueOptions } from "@/lib/requests/data/staff/options";
import { ASSIGNEE_FILTERS, CHANNELS, REQUEST_STATUSES, SLA_FILTERS, SORTS, assigneeUserId, type QueueFilters } from "@/lib/requests/staff-schema";
import { DateInput } from "@/components/ui/date-input";

const control = "block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-medium text-slate-700";

/** A plain GET form: every filter lands in the URL, so a view can be shared, reloaded and bookmarked. */
export async function QueueFilterForm({ filters, options }: { filters: QueueFilters; options: QueueOptions }) {
  const t = await getTranslations("staff");
  const assigneeLabel = { any: t("queue.assigneeAny"), me: t("queue.assigneeMe"), unassigned: t("queue.assigneeUnassigned") };
  const chosen = assigneeUserId(filters.assignee);
  return (
    <form method="get" action="/petugas/permohonan" aria-label={t("queue.filters")} className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4 lg:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor="q" className={label}>{t("queue.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("queue.searchHint")} className={control} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="f-status" className={label}>{t("queue.status")}</label>
          <select id="f-status" name="status" defaultValue={filters.status} className={control}>
            <option value="open">{t("queue.statusOpen")}</option>
            <option value="all">{t("queue.statusAll")}</option>
            {REQUEST_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-sla" className={label}>{t("queue.sla")}</label>
          <select id="f-sla" name="sla" defaultValue={filters.sla ?? ""} className={control}>
            <option value="">{t("queue.allSla")}</option>
            {SLA_FILTERS.map((s) => <option key={s} value={s}>{t(`sla.${s}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-assignee" className={label}>{t("queue.assignee")}</label>
          <select id="f-assignee" name="assignee" defaultValue={filters.assignee} className={control}>
            {ASSIGNEE_FILTERS.map((a) => <option key={a} value={a}>{assigneeLabel[a]}</option>)}
            <optgroup label={t("queue.assigneeColleagues")}>
              {options.colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              {chosen && !options.colleagues.some((c) => c.id === chosen) ? <option value={chosen}>{t("queue.assigneeOther")}</option> : null}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="f-channel" className={label}>{t("queue.channel")}</label>
          <select id="f-channel" name="channel" defaultValue={filters.channel ?? ""} className={control}>
            <option value="">{t("queue.allChannels")}</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </div>
        <div className="col-span-2">
          <label htmlFor="f-service" className={label}>{t("queue.service")}</label>
          <select id="f-service" name="service" defaultValue={filters.service ?? ""} className={control}>
            <option value="">{t("queue.allServices")}</option>
            {options.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-unit" className={label}>{t("queue.unit")}</label>
          <select id="f-unit" name="unit" defaultValue={filters.unit ?? ""} className={control}>
            <option value="">{t("queue.allUnits")}</option>
            {options.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={label}>{t("queue.from")}</label>
          <DateInput compact id="f-from" name="from" defaultValue={filters.from ?? ""} className={`${control} min-w-0 flex-1`} pickLabel={t("queue.pickDate")} placeholder={t("queue.dateFormat")} />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>{t("queue.to")}</label>
          <DateInput compact id="f-to" name="to" defaultValue={filters.to ?? ""} className={`${control} min-w-0 flex-1`} pickLabel={t("queue.pickDate")} placeholder={t("queue.dateFormat")} />
        </div>
        <div>
          <label htmlFor="f-sort" className={label}>{t("queue.sort")}</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort} className={control}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`queue.sorts.${s}`)}</option>)}
          </select>
        </div>
      </div>
      {/* Filters that only come with a link (the dashboard's period figures) stay on when others change; their chips remove them. */}
      {(["doneFrom", "doneTo", "late"] as const).map((key) => (filters[key] ? <input key={key} type="hidden" name={key} value={filters[key]} /> : null))}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass({ size: "sm" })}>{t("queue.apply")}</button>
        <Link href="/petugas/permohonan" className={buttonClass({ size: "sm", variant: "secondary" })}>{t("queue.reset")}</Link>
      </div>
    </form>
  );
}
