import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { periodChoices, periodLabel, type PeriodKind } from "@/lib/dashboard/period";

type Option = { id: string; name: string };

/**
 * Period picker and filters as a plain GET form: the choice lives in the URL (shareable, works
 * without JavaScript), e.g. /pimpinan?periode=2026-Q3&layanan=…&unit=….
 */
export async function PeriodFilter({
  action,
  period,
  services,
  units,
  offices,
  selected,
  periodKinds = ["month", "quarter", "semester", "year"],
}: {
  action: string;
  period: string;
  services?: Option[];
  units?: Option[];
  offices: Option[];
  selected: { serviceId?: string | null; unitId?: string | null; officeId: string };
  periodKinds?: PeriodKind[];
}) {
  const t = await getTranslations("dashboard.filter");
  const locale = await getLocale();
  const choices = periodChoices(new Date());
  const field = "flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-800";
  return (
    <form action={action} method="get" className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      {offices.length > 1 ? (
        <label className={field}>
          {t("office")}
          <Select name="kantor" defaultValue={selected.officeId}>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </Select>
        </label>
      ) : null}
      <label className={field}>
        {t("period")}
        <Select name="periode" defaultValue={period}>
          {periodKinds.map((kind) => (
            <optgroup key={kind} label={t(`kinds.${kind}`)}>
              {choices[kind].map((p) => (
                <option key={p.key} value={p.key}>{periodLabel(p, locale)}</option>
              ))}
            </optgroup>
          ))}
        </Select>
      </label>
      {services ? (
        <label className={field}>
          {t("service")}
          <Select name="layanan" defaultValue={selected.serviceId ?? ""}>
            <option value="">{t("allServices")}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </label>
      ) : null}
      {units ? (
        <label className={field}>
          {t("unit")}
          <Select name="unit" defaultValue={selected.unitId ?? ""}>
            <option value="">{t("allUnits")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </label>
      ) : null}
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
