import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegisterEntryForm } from "@/components/residents/register-entry-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import type { RegisterEntryInput } from "@/lib/residents/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.entry"))("newTitle") };
}

export default async function NewResidentPage() {
  await requireActor("resident.register");
  const t = await getTranslations("residents");
  const empty = { nik: "", kkNumber: "", fullName: "", birthPlace: "", birthDate: "", sex: "" as RegisterEntryInput["sex"], address: "", rt: "", rw: "", headOfFamily: false };
  return (
    <div className="space-y-4">
      <PageHeader title={t("entry.newTitle")} actions={<ButtonLink href="/petugas/warga" variant="secondary">{t("import.back")}</ButtonLink>} />
      <Card>
        <RegisterEntryForm residentId={null} initial={empty} />
      </Card>
    </div>
  );
}
