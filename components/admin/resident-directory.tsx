import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "./table-scroll";
import { Badge } from "@/components/ui/card";
import type { ResidentListItem } from "@/lib/residents/data";

export async function ResidentSearch({ q }: { q?: string }) {
  const t = await getTranslations("admin.residents");
  const tc = await getTranslations("common.actions");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm font-medium">
        {t("search")}
        <input name="q" defaultValue={q} placeholder={t("searchPlaceholder")} className="min-h-11 w-72 rounded-lg border border-slate-400 bg-white px-3 font-normal" />
      </label>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">{tc("search")}</button>
    </form>
  );
}

/** Residents of the office with masked NIKs; opening one is logged. */
export async function ResidentTable({ rows }: { rows: ResidentListItem[] }) {
  const t = await getTranslations("admin.residents");
  if (!rows.length) return <p className="rounded-lg bg-white p-4 text-slate-600">{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("nik")}</th>
            <th scope="col" className="p-2">{t("rtRw")}</th>
            <th scope="col" className="p-2">{t("account")}</th>
            <th scope="col" className="p-2">{t("verification")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 hover:bg-slate-50">
              <td className="p-2">
                <Link href={`/petugas/warga/${r.id}`} className="font-medium text-brand-700 underline">{r.fullName}</Link>
              </td>
              <td className="p-2 font-mono">{r.maskedNik}</td>
              <td className="p-2">{r.rt}/{r.rw}</td>
              <td className="p-2">{r.hasAccount ? t("hasAccount") : t("walkIn")}</td>
              <td className="p-2">{r.verified ? <Badge tone="green">{t("verified")}</Badge> : <Badge tone="amber">{t("unverified")}</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type Detail = {
  nik: string; kkNumber: string; fullName: string; birthPlace: string; birthDate: Date; sex: "L" | "P"; address: string;
  rt: string; rw: string; kelurahan: string; kecamatan: string | null; phone: string | null; email: string | null;
  consentAt: Date | null; verifiedAt: Date | null; createdAt: Date; user: { active: boolean; lastLoginAt: Date | null } | null;
};

export async function ResidentDetail({ resident }: { resident: Detail }) {
  const t = await getTranslations("admin.residents");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  const rows: [string, string][] = [
    [t("nik"), resident.nik],
    [t("kk"), resident.kkNumber],
    [t("name"), resident.fullName],
    [t("birth"), `${resident.birthPlace}, ${format.dateTime(resident.birthDate, { dateStyle: "long", timeZone: "UTC" })}`],
    [t("sex"), t(resident.sex === "L" ? "male" : "female")],
    [t("address"), `${resident.address}, RT ${resident.rt}/RW ${resident.rw}, ${resident.kelurahan}${resident.kecamatan ? `, ${resident.kecamatan}` : ""}`],
    [t("phone"), resident.phone ?? "–"],
    [t("email"), resident.email ?? "–"],
    [t("account"), resident.user ? (resident.user.active ? t("accountActive") : t("accountInactive")) : t("walkIn")],
    [t("lastLogin"), when(resident.user?.lastLoginAt ?? null)],
    [t("consent"), when(resident.consentAt)],
    [t("verification"), resident.verifiedAt ? `${t("verified")} · ${when(resident.verifiedAt)}` : t("unverified")],
    [t("registered"), when(resident.createdAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
