import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { VerifyButtons } from "./verify-buttons";
import { Badge, Card } from "@/components/ui/card";
import type { RegisterFilters } from "@/lib/residents/data";

const control = "min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-normal";

/** Search and filters of the register, kept in the URL (GET form). */
export async function RegisterSearch({ filters }: { filters: RegisterFilters }) {
  const t = await getTranslations("admin.residents");
  const tr = await getTranslations("residents.register");
  const tc = await getTranslations("common.actions");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm font-medium">
        {t("search")}
        <input name="q" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${control} w-72`} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {tr("rt")}
        <input name="rt" defaultValue={filters.rt} inputMode="numeric" maxLength={3} className={`${control} w-20`} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {tr("rw")}
        <input name="rw" defaultValue={filters.rw} inputMode="numeric" maxLength={3} className={`${control} w-20`} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {tr("account")}
        <select name="account" defaultValue={filters.account ?? ""} className={control}>
          <option value="">{tr("any")}</option>
          <option value="yes">{tr("withAccount")}</option>
          <option value="no">{tr("withoutAccount")}</option>
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t("verification")}
        <select name="verified" defaultValue={filters.verified ?? ""} className={control}>
          <option value="">{tr("any")}</option>
          <option value="yes">{tr("verifiedOnly")}</option>
          <option value="no">{tr("unverifiedOnly")}</option>
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">{tc("search")}</button>
    </form>
  );
}

type Member = { id: string; fullName: string; maskedNik: string; headOfFamily: boolean; birthDate: Date; sex: "L" | "P" };

export async function Household({ kkNumber, self, members }: { kkNumber: string; self: { fullName: string; headOfFamily: boolean }; members: Member[] }) {
  const tr = await getTranslations("residents.register");
  const format = await getFormatter();
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{tr("household")} <span className="font-mono text-sm font-normal">{kkNumber}</span></h2>
      <ul className="divide-y divide-slate-200 text-sm">
        <li className="flex flex-wrap items-center gap-2 py-2">
          <span className="font-semibold">{self.fullName}</span>
          {self.headOfFamily ? <Badge tone="sky">{tr("head")}</Badge> : null}
        </li>
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 py-2">
            <Link href={`/petugas/warga/${m.id}`} className="font-medium text-brand-700 underline">{m.fullName}</Link>
            <span className="font-mono text-xs">{m.maskedNik}</span>
            <span className="text-slate-600">{format.dateTime(m.birthDate, { dateStyle: "medium", timeZone: "UTC" })}</span>
            {m.headOfFamily ? <Badge tone="sky">{tr("head")}</Badge> : null}
          </li>
        ))}
      </ul>
      {!members.length ? <p className="text-sm text-slate-600">{tr("householdEmpty")}</p> : null}
    </Card>
  );
}

type Declared = { kkNumber: string; fullName: string; birthPlace: string; birthDate: Date; sex: "L" | "P"; address: string; rt: string; rw: string };

/** The resident's own declaration beside the office register, for verifying the account. */
export async function VerificationPanel({ residentId, declared, register, verifiedAt }: { residentId: string; declared: Declared; register: Record<string, unknown> | null; verifiedAt: Date | null }) {
  const tr = await getTranslations("residents.register");
  const tf = await getTranslations("residents.fields");
  const own: Record<string, string> = { ...declared, birthDate: declared.birthDate.toISOString().slice(0, 10) };
  const fields = ["kkNumber", "fullName", "birthPlace", "birthDate", "sex", "address", "rt", "rw"] as const;
  const differs = (f: string) => register && register[f] !== undefined && String(register[f] ?? "").toUpperCase() !== String(own[f] ?? "").toUpperCase();
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">{tr("compareTitle")}</h2>
      <p className="mb-3 text-sm text-slate-600">{register ? tr("compareHint") : tr("noRegister")}</p>
      {register ? (
        <table className="mb-3 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2"><span className="sr-only">{tr("compareTitle")}</span></th>
              <th scope="col" className="p-2">{tr("declared")}</th>
              <th scope="col" className="p-2">{tr("registerValues")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{tr("differs")}</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f} className={`border-b border-slate-200 ${differs(f) ? "bg-amber-50" : ""}`}>
                <th scope="row" className="p-2 text-left font-medium">{tf(f)}</th>
                <td className="p-2">{own[f]}</td>
                <td className="p-2">{String(register[f] ?? "–")}</td>
                <td className="p-2">{differs(f) ? <Badge tone="amber">{tr("differs")}</Badge> : <Badge tone="green">{tr("same")}</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {verifiedAt ? <p role="status" className="font-medium text-green-800">{tr("verifiedDone")}</p> : <VerifyButtons residentId={residentId} canAdopt={Boolean(register)} labels={{ mark: tr("markVerified"), adopt: tr("useRegister") }} />}
    </Card>
  );
}
