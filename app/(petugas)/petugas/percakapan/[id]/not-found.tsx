import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";

export default async function ConversationNotFound() {
  const t = await getTranslations("common.errors");
  const tc = await getTranslations("conversations");
  return (
    <div>
      <PageHeader title={t("notFoundTitle")} description={t("notFoundBody")} />
      <ButtonLink href="/petugas/percakapan" variant="secondary">{tc("inboxTitle")}</ButtonLink>
    </div>
  );
}
