import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevealForm } from "@/components/complaints/reveal-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getComplaintHeading } from "@/lib/complaints/data/staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.staff");
  return { title: t("revealLink") };
}

/** Opening an Anonim reporter's identity: admins of the office only, with a reason, always audited. */
export default async function RevealReporterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("complaint.revealReporter");
  const { id } = await params;
  const complaint = await getComplaintHeading(actor, id);
  if (!complaint) notFound();
  const t = await getTranslations("complaints.admin");
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("revealTitle", { ticket: complaint.ticket })} description={complaint.title} />
      <Card>
        <p className="mb-4 text-sm text-slate-700">{t("revealIntro")}</p>
        <RevealForm id={complaint.id} />
      </Card>
      <p><Link href={`/petugas/pengaduan/${complaint.id}`} className="text-brand-700 underline">← {t("backToComplaint")}</Link></p>
    </div>
  );
}
