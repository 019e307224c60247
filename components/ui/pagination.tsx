import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

// Keyset paging: the caller passes URLs for the previous and next pages (null when none).
// Lists in time order may name the directions ("Lebih baru" / "Lebih lama") instead.
export async function Pagination({ prevHref, nextHref, prevLabel, nextLabel }: { prevHref: string | null; nextHref: string | null; prevLabel?: string; nextLabel?: string }) {
  const t = await getTranslations("common.actions");
  const cls = "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-medium";
  return (
    <nav aria-label="Paging" className="mt-4 flex justify-between gap-2">
      {prevHref ? <Link className={cls} href={prevHref} rel="prev">← {prevLabel ?? t("previous")}</Link> : <span />}
      {nextHref ? <Link className={cls} href={nextHref} rel="next">{nextLabel ?? t("next")} →</Link> : <span />}
    </nav>
  );
}
