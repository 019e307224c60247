import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";

export default async function RequestNotFound() {
  const t = await getTranslations("common.errors");
  const tr = await getTranslations("requests.detail");
  return (
    <div>
      <PageHeader title={t("notFoundTitle")} description={t("notFoundBody")} />
      <ButtonLink href="/warga/permohonan" variant="secondary">{tr("back")}</ButtonLink>
    </div>
  );
}
