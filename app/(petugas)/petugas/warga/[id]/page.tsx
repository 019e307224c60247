import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResidentDetail } from "@/components/admin/resident-directory";
import { Household, VerificationPanel } from "@/components/residents/register";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { getResidentForStaff } from "@/lib/residents/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.residents"))("detailTitle"), robots: { index: false } };
}

// Personal data: every opening of this page is written to the audit log (UU 27/2022).
export default async function ResidentDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("resident.viewPersonalData");
  const { id } = await params;
  const resident = await getResidentForStaff(actor, id);
  if (!resident) notFound();
  const t = await getTranslations("admin.residents");
  const te = await getTranslations("residents.entry");
  return (
    <div className="space-y-4">
      <PageHeader title={resident.fullName} description={t("auditNotice")} actions={
          <>
            {can(actor.role, "resident.register") ? <ButtonLink href={`/petugas/warga/${resident.id}/ubah`} variant="secondary">{te("edit")}</ButtonLink> : null}
            <ButtonLink href="/petugas/warga" variant="secondary">{t("back")}</ButtonLink>
          </>
        } />
      <Card>
        <ResidentDetail resident={resident} />
      </Card>
      <Household kkNumber={resident.kkNumber} self={resident} members={resident.household} />
      {resident.userId && can(actor.role, "resident.register") ? (
        <VerificationPanel residentId={resident.id} declared={resident} register={resident.registerData as Record<string, unknown> | null} verifiedAt={resident.verifiedAt} />
      ) : null}
    </div>
  );
}
