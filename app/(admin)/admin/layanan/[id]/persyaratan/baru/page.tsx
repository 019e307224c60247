import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequirementForm } from "@/components/catalogue/admin/requirement-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getAdminService } from "@/lib/catalogue/data";

export default async function NewRequirementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id } = await params;
  const [service, t] = await Promise.all([getAdminService(actor, id), getTranslations("catalogue.admin.requirements")]);
  if (!service) notFound();
  return (
    <div>
      <PageHeader title={t("newTitle")} description={service.name} />
      <Card>
        <RequirementForm
          serviceId={service.id}
          requirementId={null}
          initial={{ kind: "DOCUMENT", code: "", label: "", description: "", required: true, fieldType: null, options: "", acceptTypes: ["image/jpeg", "image/png", "application/pdf"], maxSizeKb: 5120, example: "" }}
        />
      </Card>
    </div>
  );
}
