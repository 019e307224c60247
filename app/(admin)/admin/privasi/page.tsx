import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrivacyAnswerForm } from "@/components/residents/privacy-answer-form";
import { ProcessingLogForm } from "@/components/residents/processing-log-form";
import { PrivacyRequestStatus } from "@/components/residents/privacy-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { maskNik } from "@/lib/residents/nik";
import { listPrivacyRequests } from "@/lib/residents/privacy/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.privacy"))("adminTitle") };
}

export default async function AdminPrivacyPage() {
  const actor = await requireActor("privacy.handle");
  const [t, format, requests] = await Promise.all([getTranslations("residents.privacy"), getFormatter(), listPrivacyRequests(actor)]);
  const now = new Date();
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
  const monthStart = `${today.slice(0, 8)}01`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("adminTitle")} description={t("adminDescription")} />
      {requests.length ? (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id}>
              <Card>
                <p className="mb-1 text-sm text-slate-600">
                  {t("resident")}: <span className="font-medium text-slate-900">{r.resident.fullName}</span> <span className="font-mono">{maskNik(r.resident.nik)}</span> · {t("received")} {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <PrivacyRequestStatus request={r} now={now} />
                {r.status === "OPEN" ? <PrivacyAnswerForm requestId={r.id} /> : null}
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg bg-white p-4 text-slate-600">{t("adminEmpty")}</p>
      )}
      {can(actor.role, "audit.view") ? (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("logTitle")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("logHint")}</p>
          <ProcessingLogForm from={monthStart} to={today} />
        </Card>
      ) : null}
    </div>
  );
}
