import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterEntryForm } from "@/components/residents/register-entry-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getResidentForStaff } from "@/lib/residents/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.entry"))("editTitle"), robots: { index: false } };
}

// Opening the form shows personal data, so it is audited like the detail page.
export default async function EditResidentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("resident.register");
  const { id } = await params;
  const r = await getResidentForStaff(actor, id);
  if (!r) notFound();
  const t = await getTranslations("residents");
  const initial = {
    nik: r.nik, kkNumber: r.kkNumber, fullName: r.fullName, birthPlace: r.birthPlace, birthDate: r.birthDate.toISOString().slice(0, 10),
    sex: r.sex, address: r.address, rt: r.rt, rw: r.rw, headOfFamily: r.headOfFamily,
  };
  return (
    <div className="space-y-4">
      <PageHeader title={`${t("entry.editTitle")}: ${r.fullName}`} actions={<ButtonLink href={`/petugas/warga/${r.id}`} variant="secondary">{t("import.back")}</ButtonLink>} />
      <Card>
        <RegisterEntryForm residentId={r.id} initial={initial} />
      </Card>
    </div>
  );
}
