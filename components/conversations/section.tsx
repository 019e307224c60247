import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/types";
import { cannedAnswersFor, getThread, threadIdFor, type Thread as ThreadData } from "@/lib/conversations/data";
import { isStaff } from "@/lib/conversations/policy";
import { Thread } from "./thread";
import { threadWords } from "./words-server";

/** The thread of a request or complaint on its page, for the resident and for staff. */
export async function ConversationSection({ actor, target }: { actor: Actor; target: { requestId: string } | { complaintId: string } }) {
  const staff = isStaff(actor);
  const [t, words, locale, id] = await Promise.all([getTranslations("conversations"), threadWords(), getLocale(), threadIdFor(actor, target)]);
  const thread: ThreadData | null = id ? await getThread(actor, id) : null;
  const canned = staff ? await cannedAnswersFor(actor) : [];
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{staff ? t("staffThreadSection") : t("threadSection")}</h2>
        {thread && staff ? (
          <Link href={`/petugas/percakapan/${thread.id}`} className="text-sm text-brand-700 underline">
            {t("inboxTitle")}
          </Link>
        ) : null}
      </div>
      {!staff && !thread ? <p className="mb-3 text-sm text-slate-600">{t("threadSectionHint")}</p> : null}
      <Thread
        conversationId={thread?.id ?? null}
        target={target}
        staff={staff}
        initialMessages={thread?.messages ?? []}
        canned={canned}
        templateValues={thread?.templateValues ?? {}}
        words={words}
        locale={locale}
        dense={staff}
      />
    </Card>
  );
}
