import { getTranslations } from "next-intl/server";
import { renderMarkdown } from "@/lib/content/markdown";
import type { FaqItem } from "@/lib/faq/data";
import { FaqEntry } from "./faq-entry";

/** Questions with their answers (rendered on the server) and the link to the related service. */
export async function FaqList({ items, officeSlug, openFirst = false }: { items: FaqItem[]; officeSlug: string; openFirst?: boolean }) {
  const t = await getTranslations("faq");
  const words = { helpfulQuestion: t("helpfulQuestion"), yes: t("yes"), no: t("no"), thanks: t("thanks") };
  return (
    <ul className="grid gap-3">
      {items.map((item, i) => (
        <li key={item.id}>
          <FaqEntry
            id={item.id}
            question={item.question}
            answerHtml={renderMarkdown(item.answer)}
            serviceLink={item.service ? { href: `/layanan/${officeSlug}/${item.service.slug}`, label: t("relatedService", { name: item.service.name }) } : null}
            words={words}
            open={openFirst && i === 0}
          />
        </li>
      ))}
    </ul>
  );
}
