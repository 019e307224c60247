import { can } from "@/lib/auth/policy";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VisitorHelpForm } from "@/components/conversations/forms";
import { Card, PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { listPublicOffices } from "@/lib/offices/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations"))("visitor.title") };
}

/** A signed-out visitor asks the office; a signed-in resident uses their own conversations. */
export default async function VisitorHelpPage() {
  const actor = await getActor();
  if (actor && can(actor.role, "conversation.resident")) redirect("/warga/percakapan");
  const [t, offices] = await Promise.all([getTranslations("conversations"), listPublicOffices()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("visitor.title")} description={t("visitor.intro")} />
      <Card>
        <VisitorHelpForm
          offices={offices.filter((o) => o.type !== "KECAMATAN").map((o) => ({ id: o.id, name: o.name }))}
          words={t.raw("visitor") as Record<"office" | "name" | "contact" | "body" | "send" | "sent", string>}
          errors={t.raw("errors") as Record<string, string>}
        />
      </Card>
      <p>
        <Link href="/masuk?next=/warga/percakapan" className="inline-flex min-h-11 items-center text-brand-700 underline">{t("visitor.login")}</Link>
      </p>
    </div>
  );
}
