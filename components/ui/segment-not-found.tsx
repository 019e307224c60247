import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";

/**
 * The "not found" of one record page: the same words for a missing record and for one the caller
 * may not see (the page must not reveal which), and a way back to the list it came from.
 */
export async function SegmentNotFound({ backHref }: { backHref: string }) {
  const [t, ta] = await Promise.all([getTranslations("common.errors"), getTranslations("common.actions")]);
  return (
    <div>
      <PageHeader title={t("notFoundTitle")} description={t("notFoundBody")} />
      <ButtonLink href={backHref} variant="secondary">← {ta("back")}</ButtonLink>
    </div>
  );
}
