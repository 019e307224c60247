import { getFormatter, getTranslations } from "next-intl/server";

export type TimelineItem = {
  key: string;
  type: string;
  at: Date;
  note?: string | null;
  unitName?: string | null;
  rejectReason?: string | null;
  /** Staff pages only: who acted. A reporter is never named. */
  actor?: string | null;
};

/** Status history, oldest first; used by the reporter's page, the staff page and public tracking. */
export async function ComplaintTimeline({ items, title }: { items: TimelineItem[]; title: string }) {
  const [t, format] = await Promise.all([getTranslations("complaints"), getFormatter()]);
  // Event types are "complaint.<verb>"; message keys cannot contain dots, so the verb is the key.
  const label = (type: string) => {
    const key = `events.${type.replace(/^complaint\./, "")}`;
    return t.has(key) ? t(key) : type;
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-3 text-lg font-semibold">{title}</h2>
      <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
        {items.map((item) => (
          <li key={item.key} className="relative">
            <span aria-hidden="true" className="absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full bg-brand-700" />
            <p className="font-medium">{label(item.type)}</p>
            <p className="text-sm text-slate-600">
              <time dateTime={item.at.toISOString()}>{format.dateTime(item.at, { dateStyle: "medium", timeStyle: "short" })}</time>
              {item.actor ? ` · ${item.actor}` : null}
            </p>
            {item.unitName ? <p className="text-sm">{t("tracking.toUnit", { unit: item.unitName })}</p> : null}
            {item.rejectReason && t.has(`rejectReason.${item.rejectReason}`) ? <p className="text-sm">{t(`rejectReason.${item.rejectReason}`)}</p> : null}
            {item.note ? <p className="mt-1 whitespace-pre-line rounded-lg bg-slate-50 p-2 text-sm">{item.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
