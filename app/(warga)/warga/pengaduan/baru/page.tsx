import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { dataSaverOn } from "@/lib/http/data-saver";
import { listOfficeCategories } from "@/lib/complaints/data/categories";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.form");
  return { title: t("title") };
}

export default async function NewComplaintPage() {
  const actor = await requireActor("complaint.file");
  const [t, categories, dataSaver] = await Promise.all([getTranslations("complaints.form"), listOfficeCategories(actor.officeId), dataSaverOn()]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      <ComplaintForm mode="resident" categories={categories.map((c) => ({ id: c.id, name: c.name }))} dataSaver={dataSaver} />
    </div>
  );
}
