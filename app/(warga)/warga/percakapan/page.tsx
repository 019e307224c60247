import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { HelpStartForm } from "@/components/conversations/forms";
import { LiveRefresh } from "@/components/conversations/live";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listResidentConversations } from "@/lib/conversations/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations"))("residentTitle"), robots: { index: false } };
}

export default async function ResidentConversationsPage() {
  const actor = await requireActor("conversation.resident");
  const [t, format, rows] = await Promise.all([getTranslations("conversations"), getFormatter(), listResidentConversations(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("residentTitle")} description={t("residentIntro")} />
      <LiveRefresh />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("newHelp")}</h2>
        <HelpStartForm words={{ label: t("newHelpLabel"), hint: t("newHelpHint"), send: t("start") }} errors={{ ...(t.raw("errors") as Record<string, string>) }} />
      </Card>
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("emptyList")}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id}>
              <Link href={`/warga/percakapan/${r.id}`} className="block min-h-11 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:bg-slate-50">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold">
                    {t(`kind.${r.kind}`)}
                    {r.reference ? ` · ${r.reference}` : ""}
                  </span>
                  <span className="flex items-center gap-2">
                    {r.unread ? <Badge tone="red">{t("unread")}</Badge> : null}
                    <Badge tone={r.status === "RESOLVED" ? "green" : "slate"}>{t(`status.${r.status}`)}</Badge>
                  </span>
                </div>
                {r.topic ? <p className="text-sm text-slate-700">{r.topic}</p> : null}
                {r.preview ? <p className="mt-1 line-clamp-2 text-sm text-slate-600">{r.preview}</p> : null}
                <p className="mt-1 text-xs text-slate-600">{format.dateTime(new Date(r.lastMessageAt), { dateStyle: "medium", timeStyle: "short" })} WIB</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
