import { getFormatter, getTranslations } from "next-intl/server";
import { formatBytes } from "@/components/catalogue/format";

type Props = {
  requirements: { id: string; kind: "DOCUMENT" | "FIELD"; label: string }[];
  attachments: { id: string; requirementId: string; current: boolean; createdAt: Date; file: { id: string; originalName: string; size: number } }[];
};

/** Uploaded documents per requirement; replaced versions stay listed as history. */
export async function RequestDocuments({ requirements, attachments }: Props) {
  const [t, format] = await Promise.all([getTranslations("requests.detail"), getFormatter()]);
  const docs = requirements.filter((r) => r.kind === "DOCUMENT");
  const rows = docs.map((r) => ({ r, files: attachments.filter((a) => a.requirementId === r.id).reverse() })).filter((x) => x.files.length);
  return (
    <section aria-labelledby="documents">
      <h2 id="documents" className="mb-2 text-xl font-semibold">{t("documents")}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("noDocuments")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white px-4">
          {rows.map(({ r, files }) => (
            <li key={r.id} className="py-2">
              <p className="text-sm text-slate-600">{r.label}</p>
              <ul>
                {files.map((a) => (
                  <li key={a.id} className={a.current ? "" : "text-sm text-slate-600"}>
                    <a href={`/api/files/${a.file.id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center wrap-anywhere text-brand-700 underline">
                      {a.file.originalName}
                    </a>{" "}
                    ({formatBytes(a.file.size)}
                    {a.current ? "" : `, ${t("oldVersion")} · ${format.dateTime(a.createdAt, { dateStyle: "medium" })}`})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
