/* eslint-disable @next/next/no-img-element -- private files come from our authorized route, not the image optimiser */
import { useTranslations } from "next-intl";

/** Thumbnails of private photos; each opens the full photo through the authorized file route. */
export function PhotoGrid({ fileIds, label }: { fileIds: string[]; label: string }) {
  const t = useTranslations("complaints.form");
  if (fileIds.length === 0) return null;
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
