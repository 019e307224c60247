import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HolidayManager } from "@/components/admin/holiday-manager";
import { OfficeHoursForm } from "@/components/admin/office-hours-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listHolidays } from "@/lib/admin/data/holidays";
import { getOwnOffice } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.holidays"))("title") };
}

const thisYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Jakarta", year: "numeric" }).format(new Date()));

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ tahun?: string | string[] }> }) {
  const actor = await requireActor("admin.manage");
  const { tahun } = await searchParams;
  const requested = typeof tahun === "string" && /^\d{4}$/.test(tahun) ? Number(tahun) : thisYear();
  const year = Math.min(Math.max(requested, 2000), 2100);
  const [t, office, holidays] = await Promise.all([getTranslations("admin.holidays"), getOwnOffice(actor), listHolidays(actor, year)]);
  if (!office) notFound();
  const yearLink = "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-medium";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("hoursTitle")}</h2>
        <OfficeHoursForm initial={{ openTime: office.openTime, closeTime: office.closeTime, slaWarnDays: office.slaWarnDays }} />
      </Card>
      <section aria-labelledby="holidays-year" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="holidays-year" className="text-lg font-semibold">{t("yearTitle", { year })}</h2>
          <nav aria-label={t("yearNav")} className="flex gap-2">
            <Link className={yearLink} href={`/admin/hari-libur?tahun=${year - 1}`}>← {year - 1}</Link>
            <Link className={yearLink} href={`/admin/hari-libur?tahun=${year + 1}`}>{year + 1} →</Link>
          </nav>
        </div>
        <HolidayManager year={year} holidays={holidays.map((h) => ({ id: h.id, date: h.date.toISOString().slice(0, 10), name: h.name, national: h.national, cutiBersama: h.cutiBersama }))} />
      </section>
    </div>
  );
}
