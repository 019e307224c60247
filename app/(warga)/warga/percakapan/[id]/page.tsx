import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Thread } from "@/components/conversations/thread";
import { threadWords } from "@/components/conversations/words-server";
import { Badge, Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getThread } from "@/lib/conversations/data";
import { dataSaverOn } from "@/lib/http/data-saver";

export const metadata: Metadata = { robots: { index: false } };

export default async function ResidentThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("conversation.resident");
  const { id } = await params;
  const thread = await getThread(actor, id);
  if (!thread) notFound();
  const [t, words, locale, dataSaver] = await Promise.all([getTranslations("conversations"), threadWords(), getLocale(), dataSaverOn()]);
  const ref = thread.request?.number ?? thread.complaint?.ticket ?? "";
  return (
    <div className="space-y-4">
      <Link href="/warga/percakapan" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
        ← {t("residentTitle")}
      </Link>
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-xl font-semibold">{t(`reference.${thread.kind}`, { ref })}</h1>
          <Badge tone={thread.status === "RESOLVED" ? "green" : "slate"}>{t(`status.${thread.status}`)}</Badge>
        </div>
        {thread.request ? (
          <p className="mb-3 text-sm">
            <Link className="text-brand-700 underline" href={`/warga/permohonan/${thread.request.id}`}>{thread.request.service}</Link>
          </p>
        ) : null}
        {thread.complaint ? (
          <p className="mb-3 text-sm">
            <Link className="text-brand-700 underline" href={`/warga/pengaduan/${thread.complaint.id}`}>{thread.complaint.title}</Link>
          </p>
        ) : null}
        <Thread conversationId={thread.id} staff={false} initialMessages={thread.messages} words={words} locale={locale} dataSaver={dataSaver} />
      </Card>
    </div>
  );
}
