import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TemplateEditor } from "@/components/letters/template-editor";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { previewRequests, templateEditor } from "@/lib/letters/data/preview";

export const metadata: Metadata = { title: "Templat surat", robots: { index: false } };

export default async function TemplateEditorPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const actor = await requireActor("letter.templates");
  const service = await templateEditor(actor.officeId, serviceId);
  if (!service) notFound();
  const requests = await previewRequests(actor.officeId, service.id);
  const t = await getTranslations("letters.admin");
  const tpl = service.letterTemplate;
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/surat" className="text-brand-700 underline">← {t("back")}</Link></p>
      <PageHeader title={t("editorTitle", { service: service.name })} />
      <Card>
        <TemplateEditor
          serviceId={service.id}
          fields={service.requirements}
          requests={requests.map((r) => ({ id: r.id, label: `${r.number ?? "—"} · ${r.resident.fullName}` }))}
          values={{
            code: tpl?.code ?? "470", title: tpl?.title ?? service.name, body: tpl?.body ?? "", signerPosition: tpl?.signerPosition ?? "",
            signerName: tpl?.signerName ?? "", signerNip: tpl?.signerNip ?? "", signPlace: tpl?.signPlace ?? "",
            qrPlacement: tpl?.qrPlacement ?? "LEFT", requiresApproval: tpl?.requiresApproval ?? true,
          }}
        />
      </Card>
    </>
  );
}
