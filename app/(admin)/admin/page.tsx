import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { adminOverview, getOwnOffice } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.home"))("title") };
}

export default async function AdminHome() {
  const actor = await requireActor("admin.manage");
  const [t, tn, format, office, overview] = await Promise.all([getTranslations("admin.home"), getTranslations("common.nav"), getFormatter(), getOwnOffice(actor), adminOverview(actor)]);
  const stats: [string, number, string][] = [
    [t("staff"), overview.staff, "/admin/pengguna?role=STAFF"],
    [t("residents"), overview.residents, "/petugas/warga"],
    [t("units"), overview.units, "/admin/kantor/unit"],
    [t("servicePoints"), overview.servicePoints, "/admin/kantor/pos-layanan"],
  ];
  const links: [string, string, string][] = [
    ["/admin/kantor", t("linkOffice"), t("linkOfficeBody")],
    ["/admin/pengguna", t("linkUsers"), t("linkUsersBody")],
    ["/admin/hari-libur", t("linkHolidays"), t("linkHolidaysBody")],
    ["/admin/audit", t("linkAudit"), t("linkAuditBody")],
    ["/admin/open311", t("linkOpen311"), t("linkOpen311Body")],
    // Every section of the admin menu has its card (issue 17), titled as in the menu.
    ["/admin/layanan", tn("catalogue"), t("sections.catalogue")],
    ["/admin/berita", tn("adminNews"), t("sections.news")],
    ["/admin/tanya-jawab", tn("adminFaq"), t("sections.faq")],
    ["/admin/antrian", tn("queueAdmin"), t("sections.queue")],
    ["/admin/kategori-pengaduan", tn("complaintCategories"), t("sections.complaintCategories")],
    ["/admin/survei", tn("survey"), t("sections.survey")],
    ["/admin/surat", tn("letterTemplates"), t("sections.letters")],
    ["/admin/templat-notifikasi", tn("notificationTemplates"), t("sections.notificationTemplates")],
    ["/admin/notifikasi-gagal", tn("failedNotifications"), t("sections.failedNotifications")],
    ["/admin/kotak-surat", tn("mailbox"), t("sections.mailbox")],
    ["/pimpinan", tn("dashboard"), t("sections.dashboard")],
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={office ? t("description", { office: office.name, name: actor.name }) : actor.name} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map(([label, value, href]) => (
          <li key={label}>
            <Link href={href} className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-700">
              <span className="block text-3xl font-semibold">{value}</span>
              <span className="text-sm text-slate-700">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <ul className="grid gap-4 sm:grid-cols-2">
          {links.map(([href, title, body]) => (
            <li key={href}>
              <Link href={href} className="block h-full rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-700">
                <span className="font-semibold text-brand-700">{title}</span>
                <span className="mt-1 block text-sm text-slate-700">{body}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Card>
          <h2 className="font-semibold">{t("upcomingHolidays")}</h2>
          {overview.upcomingHolidays.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {overview.upcomingHolidays.map((h) => (
                <li key={h.date.toISOString()}>
                  <span className="font-medium">{format.dateTime(h.date, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</span> · {h.name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t("noHolidays")}</p>
          )}
          {office ? <p className="mt-3 text-sm text-slate-700">{t("hours", { open: office.openTime, close: office.closeTime })}</p> : null}
        </Card>
      </div>
    </div>
  );
}
