import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ConversationControls } from "@/components/conversations/forms";
import { Thread } from "@/components/conversations/thread";
import { threadWords } from "@/components/conversations/words-server";
import { Badge, Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { assignableStaff, cannedAnswersFor, getThread } from "@/lib/conversations/data";

export const metadata: Metadata = { robots: { index: false } };

export default async function StaffThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("conversation.handle");
  const { id } = await params;
  const thread = await getThread(actor, id);
  if (!thread) notFound();
  const [t, words, locale, format, canned, staff] = await Promise.all([
    getTranslations("conversations"),
    threadWords(),
    getLocale(),
    getFormatter(),
    cannedAnswersFor(actor),
    assignableStaff(actor),
  ]);
  const ref = thread.request?.number ?? thread.complaint?.ticket ?? "";
  const who = thread.resident?.kind === "anonymous" ? t("author.anonymous") : thread.resident?.kind === "named" ? thread.resident.name : t("author.resident");
  return (
    <div className="space-y-4">
      <Link href="/petugas/percakapan" className="text-sm text-brand-700 underline">← {t("inboxTitle")}</Link>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <div>
              <h1 className="text-xl font-semibold" data-testid="thread-who">{who}</h1>
              <p className="text-sm text-slate-600">{t(`reference.${thread.kind}`, { ref })}</p>
            </div>
            <div className="flex gap-2">
              <Badge tone={thread.status === "RESOLVED" ? "green" : "sky"}>{t(`status.${thread.status}`)}</Badge>
              {thread.sla ? <Badge tone={thread.sla === "OVERDUE" ? "red" : thread.sla === "MET" ? "green" : "amber"}>{t(`sla.${thread.sla}`)}</Badge> : null}
            </div>
          </div>
          <Thread
            conversationId={thread.id}
            staff
            dense
            initialMessages={thread.messages}
            canned={canned}
            templateValues={thread.templateValues}
            words={words}
            locale={locale}
          />
        </Card>
        <aside className="space-y-4">
          <Card>
            <ConversationControls
              conversationId={thread.id}
              status={thread.status}
              assigneeId={thread.assignee?.id ?? null}
              userId={actor.userId}
              staff={staff}
              words={t.raw("actions") as Record<"assignLabel" | "assignNone" | "takeOver" | "assign" | "resolve" | "pending" | "reopen", string>}
              errors={t.raw("errors") as Record<string, string>}
            />
          </Card>
          <Card>
            <ul className="space-y-2 text-sm">
              {thread.firstResponseDueAt ? <li>{t("slaDue", { date: `${format.dateTime(new Date(thread.firstResponseDueAt), { dateStyle: "medium", timeStyle: "short" })} WIB` })}</li> : null}
              {thread.visitorContact ? <li>{t("contact", { contact: thread.visitorContact })}</li> : null}
              {thread.request ? (
                <li>
                  <Link className="text-brand-700 underline" href={`/petugas/permohonan/${thread.request.id}`}>{t("actions.openCase")}: {thread.request.service}</Link>
                </li>
              ) : null}
              {thread.complaint ? (
                <li>
                  <Link className="text-brand-700 underline" href={`/petugas/pengaduan/${thread.complaint.id}`}>{t("actions.openCase")}: {thread.complaint.title}</Link>
                </li>
              ) : null}
            </ul>
          </Card>
        </aside>
      </div>
    </div>
  );
}
