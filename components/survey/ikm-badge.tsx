import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { IkmCategory } from "@/lib/survey/ikm";

const tones = { A: "green", B: "sky", C: "amber", D: "red" } as const;

/** Quality category of an IKM (A Sangat Baik … D Tidak Baik). */
export async function IkmBadge({ category }: { category: IkmCategory | null }) {
  const t = await getTranslations("survey.categories");
  if (!category) return <span>{t("none")}</span>;
  return <Badge tone={tones[category]}>{`${category} · ${t(category)}`}</Badge>;
}
