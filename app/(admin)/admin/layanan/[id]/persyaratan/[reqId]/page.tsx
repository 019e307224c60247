import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequirementForm } from "@/components/catalogue/admin/requirement-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getAdminService } from "@/lib/catalogue/data";
import { DOCUMENT_TYPES } from "@/lib/catalogue/schema";

export default async function EditRequirementPage({ params }: { params: Promise<{ id: string; reqId: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id, reqId } = await params;
  const [service, t] = await Promise.all([getAdminService(actor, id), getTranslations("catalogue.admin.requirements")]);
  const r = service?.requirements.find((x) => x.id === reqId);
  if (!service || !r) notFound();
  return (
    <div>
      <PageHeader title={t("editTitle")} description={`${service.name} · ${r.label}`} />
      <Card>
        <RequirementForm
          serviceId={service.id}
          requirementId={r.id}
          initial={{
            kind: r.kind, code: r.code, label: r.label, description: r.description ?? "", required: r.required, fieldType: r.fieldType,
            options: r.options.join("\n"), acceptTypes: r.acceptTypes.filter((x): x is (typeof DOCUMENT_TYPES)[number] => (DOCUMENT_TYPES as readonly string[]).includes(x)),
            maxSizeKb: r.maxSizeKb, example: r.example ?? "",
          }}
        />
      </Card>
    </div>
  );
}
