import { getTranslations } from "next-intl/server";

/**
 * What a slow page shows while its data streams in. Only used by loading.tsx files of segments
 * whose page (and everything below it) never calls notFound(): a loading boundary sends the
 * 200 shell first, so a record page below one would answer 200 instead of 404.
 */
export async function PageLoading({ rows = 4 }: { rows?: number }) {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-1/2 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-16 animate-pulse rounded-lg bg-slate-100" />
      ))}
    </div>
  );
}
