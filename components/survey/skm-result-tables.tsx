import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DEFAULT_WORDING } from "@/lib/survey/frame";
import type { SkmReport } from "@/lib/survey/data/report";

const fmt = (v: number | null, digits: number) => (v === null ? "—" : v.toFixed(digits));

/** Hasil of the SKM report: IKM per unsur, per service and per unit, and the respondent profile. */
export async function SkmResultTables({ report }: { report: SkmReport }) {
  const t = await getTranslations("survey.skm");
  const tf = await getTranslations("survey.form");
  const th = "px-2 py-1 text-left font-semibold";
  const td = "px-2 py-1 text-right tabular-nums";
  const groups = [
    { title: t("byService"), rows: report.byService },
    { title: t("byUnit"), rows: report.byUnit },
  ];
  const dims = [
    ["sex", "sexes"],
    ["age_band", "ageBands"],
    ["education", "educations"],
    ["occupation", "occupations"],
  ] as const;
  return (
    <>
      <Card>
        <h2 className="text-lg font-semibold">{t("perUnsur")}</h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm" data-testid="skm-unsur">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>{t("code")}</th>
                <th scope="col" className={th}>{t("unsur")}</th>
                <th scope="col" className={th}>{t("answers")}</th>
                <th scope="col" className={th}>NRR</th>
                <th scope="col" className={th}>{t("value")}</th>
              </tr>
            </thead>
            <tbody>
              {report.summary.unsur.map((u, i) => (
                <tr key={u.code} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{u.code}</th>
                  <td className="px-2 py-1">{DEFAULT_WORDING[i].name}</td>
                  <td className={td}>{u.count}</td>
                  <td className={td}>{fmt(u.nrr, 3)}</td>
                  <td className={td}>{fmt(u.value, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        {groups.map((g) => (
          <Card key={g.title}>
            <h2 className="text-lg font-semibold">{g.title}</h2>
            {g.rows.length === 0 ? <p className="mt-2 text-slate-600">{t("noData")}</p> : (
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={th}>{t("name")}</th>
                      <th scope="col" className={th}>{t("respondentsShort")}</th>
                      <th scope="col" className={th}>IKM</th>
                      <th scope="col" className={th}>{t("category")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((r) => (
                      <tr key={r.id} className="border-b border-slate-100">
                        <th scope="row" className="px-2 py-1 text-left font-normal">{r.name}</th>
                        <td className={td}>{r.respondents}</td>
                        <td className={td}>{fmt(r.ikm, 2)}</td>
                        <td className="px-2 py-1">{r.category ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="text-lg font-semibold">{t("profile")}</h2>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {dims.map(([dim, labels]) => (
            <div key={dim}>
              <h3 className="font-medium">{t(`dims.${dim}`)}</h3>
              <ul className="text-sm">
                {[...report.profile[dim]].sort((a, b) => b.count - a.count).map((g) => (
                  <li key={g.value ?? "none"} className="flex justify-between gap-2">
                    <span>{g.value ? tf(`${labels}.${g.value}` as "sexes.L") : t("notStated")}</span>
                    <span className="tabular-nums">{g.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Card>
    </>
  );
}
