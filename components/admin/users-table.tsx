import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "./table-scroll";
import { Badge } from "@/components/ui/card";

type Row = {
  id: string; name: string; email: string | null; phone: string | null; role: "RESIDENT" | "STAFF" | "SUPERVISOR" | "ADMIN";
  active: boolean; lastLoginAt: Date | null; units: { unit: { code: string } }[];
};

export async function UsersTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("common.roles");
  const format = await getFormatter();
  if (!rows.length) return <p className="rounded-lg bg-white p-4 text-slate-600">{t("empty")}</p>;
  return (
    <TableScroll label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("role")}</th>
            <th scope="col" className="p-2">{t("contact")}</th>
            <th scope="col" className="p-2">{t("unitIds")}</th>
            <th scope="col" className="p-2">{t("lastLogin")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} className="border-b border-slate-200 hover:bg-slate-50">
              <td className="p-2">
                <Link href={`/admin/pengguna/${u.id}`} className="font-medium text-brand-700 underline">
                  {u.name}
                </Link>
              </td>
              <td className="p-2">{tr(u.role)}</td>
              <td className="p-2">
                {u.email ?? ""}
                {u.email && u.phone ? <br /> : null}
                {u.phone ?? ""}
              </td>
              <td className="p-2 font-mono text-xs">{u.units.map((m) => m.unit.code).join(", ") || "–"}</td>
              <td className="p-2">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "–"}</td>
              <td className="p-2">{u.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Search and filters as a plain GET form, so the URL holds them and the page works without JS. */
export async function UserFilters({ q, role, status }: { q?: string; role?: string; status?: string }) {
  const t = await getTranslations("admin.users");
  const tr = await getTranslations("common.roles");
  const tc = await getTranslations("common.actions");
  const control = "min-h-11 rounded-lg border border-slate-400 bg-white px-3";
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm font-medium">
        {t("search")}
        <input name="q" defaultValue={q} className={`${control} w-64 font-normal`} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t("role")}
        <select name="role" defaultValue={role ?? ""} className={`${control} font-normal`}>
          <option value="">{t("allRoles")}</option>
          {(["STAFF", "SUPERVISOR", "ADMIN", "RESIDENT"] as const).map((r) => <option key={r} value={r}>{tr(r)}</option>)}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t("status")}
        <select name="status" defaultValue={status ?? ""} className={`${control} font-normal`}>
          <option value="">{t("allStatuses")}</option>
          <option value="active">{t("active")}</option>
          <option value="inactive">{t("inactive")}</option>
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">{tc("search")}</button>
    </form>
  );
}
