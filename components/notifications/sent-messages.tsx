import { getLocale, getTranslations } from "next-intl/server";
import { deliveriesForTarget } from "@/lib/notifications/data";

/**
 * "Pesan terkirim": what was sent to the resident about this record and through which channel,
 * beside the timeline. Call it only after the page has authorized the record. Staff see masked
 * addresses (none at all for an Anonim complaint); the resident sees their own.
 */
export async function SentMessages({ target, audience, hideAddress = false }: { target: { type: "request" | "complaint"; id: string }; audience: "resident" | "staff"; hideAddress?: boolean }) {
  const [t, locale, items] = await Promise.all([
    getTranslations("notifications"),
    getLocale(),
    deliveriesForTarget(target, { mask: audience === "staff", hideAddress }),
  ]);
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" });
  const tone: Record<string, string> = { SENT: "text-green-800", DELIVERED: "text-green-800", DEAD: "text-red-700", FAILED: "text-amber-800" };
  return (
    <section aria-labelledby={`sent-${target.id}`} className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={`sent-${target.id}`} className="mb-2 text-lg font-semibold">{t("sent.title")}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("sent.empty")}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="sent-messages">
          {items.map((d) => (
            <li key={d.id} className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{t("sent.via", { event: t(`events.${d.event}` as never), channel: t(`channels.${d.channel}` as never) })}</span>
              {d.address ? <span className="font-mono text-slate-700">{d.address}</span> : null}
              <span className={tone[d.status] ?? "text-slate-700"}>{t(`status.${d.status}` as never)}</span>
              {d.attempts > 1 ? <span className="text-slate-600">· {t("sent.attempts", { count: d.attempts })}</span> : null}
              <span className="text-slate-600">· {when.format(d.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
