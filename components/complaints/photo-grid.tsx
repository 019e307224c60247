/* eslint-disable @next/next/no-img-element -- private files come from our authorized route, not the image optimiser */
import { getTranslations } from "next-intl/server";
import { dataSaverOn } from "@/lib/http/data-saver";

/**
 * Thumbnails of private photos; each opens the full photo through the authorized file route.
 * In "hemat data" mode only links: a photo costs data only when the reader asks for it.
 */
export async function PhotoGrid({ fileIds, label }: { fileIds: string[]; label: string }) {
  const [t, saver] = await Promise.all([getTranslations("complaints.form"), dataSaverOn()]);
  if (fileIds.length === 0) return null;
  if (saver) {
    return (
      <ul aria-label={label} className="flex flex-wrap gap-2">
        {fileIds.map((id, i) => (
          <li key={id}>
            <a href={`/api/files/${id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-3 text-sm font-medium text-brand-700 underline">
              {t("photoShown", { n: i + 1 })}
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {fileIds.map((id, i) => (
        <li key={id}>
          <a href={`/api/files/${id}`} target="_blank" rel="noopener" className="block rounded-lg border border-slate-200">
            <img src={`/api/files/${id}`} alt={t("photoShown", { n: i + 1 })} loading="lazy" className="h-24 w-24 rounded-lg object-cover" />
          </a>
        </li>
      ))}
    </ul>
  );
}
