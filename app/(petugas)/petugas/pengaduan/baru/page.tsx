import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listOfficeCategories } from "@/lib/complaints/data/categories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.form");
  return { title: t("walkInTitle") };
}

export default async function WalkInComplaintPage() {
  const actor = await requireActor("complaint.handle");
  const [t, categories] = await Promise.all([getTranslations("complaints.form"), listOfficeCategories(actor.officeId)]);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("walkInTitle")} description={t("walkInIntro")} />
      <ComplaintForm mode="walkIn" categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
