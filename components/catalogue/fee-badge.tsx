import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { formatRupiah } from "./format";

/** "Gratis" as a badge when the fee is zero, otherwise the amount in Rupiah. */
export async function FeeBadge({ fee }: { fee: number }) {
  const t = await getTranslations("catalogue");
  return fee === 0 ? <Badge tone="green">{t("free")}</Badge> : <span className="font-semibold">{formatRupiah(fee)}</span>;
}
