import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/types";
import { lettersOfRequest } from "@/lib/letters/data/letters";

const TONE = { PENDING_APPROVAL: "amber", RETURNED: "slate", FINAL: "green", REVOKED: "red" } as const;

/** The letters generated for a request, on the staff request page. Renders nothing when there are none. */
export async function RequestLetters({ actor, requestId }: { actor: Actor; requestId: string }) {
  const letters = await lettersOfRequest(actor, requestId);
  if (letters.length === 0) return null;
  const t = await getTranslations("letters");
  const format = await getFormatter();
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("requestLetters.title")}</h2>
      <ul className="divide-y divide-slate-100 text-sm">
        {letters.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center gap-2 py-2">
            <Badge tone={TONE[l.status]}>{t(`status.${l.status}`)}</Badge>
            <span className="font-mono">{l.number ?? "—"}</span>
            <span className="text-slate-600">{format.dateTime(l.issuedAt ?? l.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            {l.status === "RETURNED" && l.returnNote ? <span className="text-slate-700">{t("requestLetters.returned", { note: l.returnNote })}</span> : null}
            {l.number ? <span className="text-slate-600">{t("requestLetters.verified", { count: l.verifyCount })}</span> : null}
            <Link href={`/petugas/surat/${l.id}`} className="ml-auto text-brand-700 underline">{t("requestLetters.open")}</Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
