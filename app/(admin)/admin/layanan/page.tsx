import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatRupiah } from "@/components/catalogue/format";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listAdminServices } from "@/lib/catalogue/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue.admin"))("title") };
}

export default async function AdminCataloguePage() {
  const actor = await requireActor("admin.manage");
  const [t, format, services] = await Promise.all([getTranslations("catalogue"), getFormatter(), listAdminServices(actor)]);
  return (
    <div>
      <PageHeader title={t("admin.title")} description={t("admin.description")} actions={<ButtonLink href="/admin/layanan/baru">{t("admin.new")}</ButtonLink>} />
      {services.length === 0 ? (
        <p>{t("admin.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(["name", "unit", "duration", "fee", "status", "updated"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-semibold">{t(`admin.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {services.map((s) => (
                <tr key={s.id}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/layanan/${s.id}`} className="font-medium text-brand-700 underline">{s.name}</Link>
                    <span className="block text-xs text-slate-600">{t("admin.requirementsCount", { count: s._count.requirements })}</span>
                  </td>
                  <td className="px-3 py-2">{s.unit.name}</td>
                  <td className="px-3 py-2">{t(`duration.${s.durationUnit}`, { value: s.durationValue })}</td>
                  <td className="px-3 py-2">{s.feeRupiah === 0 ? <Badge tone="green">{t("free")}</Badge> : formatRupiah(s.feeRupiah)}</td>
                  <td className="px-3 py-2">{s.active ? <Badge tone="green">{t("admin.active")}</Badge> : <Badge>{t("admin.inactive")}</Badge>}</td>
                  <td className="px-3 py-2">{format.dateTime(s.updatedAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
