import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrivacyNotice } from "@/components/accounts/privacy-notice";
import { RegisterForm } from "@/components/accounts/register-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { homePath } from "@/lib/auth/policy";
import { listRegistrationOffices } from "@/lib/residents/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  const actor = await getActor();
  if (actor) redirect(homePath(actor.role));
  const [t, offices] = await Promise.all([getTranslations("auth.register"), listRegistrationOffices()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t.rich("description", { login: (chunks) => <Link href="/masuk" className="font-medium text-brand-700 underline">{chunks}</Link> })}
      />
      <PrivacyNotice />
      <Card>
        <RegisterForm offices={offices.map((o) => ({ id: o.id, name: o.parent ? `${o.name} (${o.parent.name})` : o.name }))} />
      </Card>
    </div>
  );
}
