import { getFormatter, getTranslations } from "next-intl/server";
import { PrivacyRequestForm } from "./privacy-request-form";
import { Badge, Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { AccessRow } from "@/lib/residents/privacy/data";
import { clockState } from "@/lib/residents/privacy/clock";

/** An audit action code ("request.personal_data_viewed") as a message key: next-intl reads dots in a key as nesting. */
const actionKey = (action: string) => action.replace(/\./g, "_");

type Profile = {
  nik: string; kkNumber: string; fullName: string; birthPlace: string; birthDate: Date; sex: "L" | "P"; address: string; rt: string; rw: string;
  kelurahan: string; phone: string | null; email: string | null; consentAt: Date | null; verifiedAt: Date | null; office: { name: string };
};

export async function StoredData({ profile }: { profile: Profile }) {
  const t = await getTranslations("residents");
  const format = await getFormatter();
  const rows: [string, string][] = [
    [t("fields.nik"), profile.nik],
    [t("fields.kkNumber"), profile.kkNumber],
    [t("fields.fullName"), profile.fullName],
    [t("fields.birthDate"), `${profile.birthPlace}, ${format.dateTime(profile.birthDate, { dateStyle: "long", timeZone: "UTC" })}`],
    [t("fields.address"), `${profile.address}, RT ${profile.rt}/RW ${profile.rw}, ${profile.kelurahan}`],
    [t("fields.phone"), profile.phone ?? "–"],
    ["E-mail", profile.email ?? "–"],
  ];
  return (
    <dl className="space-y-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function AccessLog({ rows, prevHref, nextHref }: { rows: AccessRow[]; prevHref: string | null; nextHref: string | null }) {
  const t = await getTranslations("residents.privacy");
  const format = await getFormatter();
  if (!rows.length) return <p className="text-slate-700">{t("accessEmpty")}</p>;
  return (
    <>
      <ol className="divide-y divide-slate-200" aria-label={t("accessTitle")}>
        {rows.map((r) => (
          <li key={r.id} className="py-3">
            <p className="font-medium">
              {r.actorName ?? "–"} <span className="font-normal text-slate-700">· {r.actorRole && t.has(`role.${r.actorRole}`) ? t(`role.${r.actorRole}`) : ""}{r.officeName ? `, ${r.officeName}` : ""}</span>
            </p>
            <p>{t.has(`actions.${actionKey(r.action)}`) ? t(`actions.${actionKey(r.action)}`) : t("actions.other")}</p>
            <p className="text-sm text-slate-600"><time dateTime={r.at.toISOString()}>{format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" })}</time></p>
          </li>
        ))}
      </ol>
      <Pagination prevHref={prevHref} nextHref={nextHref} prevLabel={t("newer")} nextLabel={t("more")} />
    </>
  );
}

type RequestItem = { id: string; kind: "CORRECTION" | "WITHDRAW_CONSENT" | "DELETION"; status: "OPEN" | "DONE" | "REJECTED"; details: string; answer: string | null; createdAt: Date; dueAt: Date };

/** One tracked request with its 3×24-hour clock, as both the resident and the admin see it. */
export async function PrivacyRequestStatus({ request, now }: { request: RequestItem; now: Date }) {
  const t = await getTranslations("residents.privacy");
  const format = await getFormatter();
  const clock = clockState(request.dueAt, now);
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2 font-medium">
        {t(`kinds.${request.kind}`)}
        <Badge tone={request.status === "OPEN" ? (clock.overdue ? "red" : "amber") : request.status === "DONE" ? "green" : "slate"}>{t(`status.${request.status}`)}</Badge>
      </p>
      <p className="text-sm break-words text-slate-700">{request.details}</p>
      {request.status === "OPEN" ? (
        <p className={`text-sm font-medium ${clock.overdue ? "text-red-700" : "text-slate-800"}`}>
          {t("due", { due: format.dateTime(request.dueAt, { dateStyle: "medium", timeStyle: "short" }) })} · {clock.overdue ? t("overdue", { hours: clock.hoursOver }) : t("hoursLeft", { hours: clock.hoursLeft })}
        </p>
      ) : null}
      {request.answer ? <p className="text-sm"><span className="font-medium">{t("answer")}:</span> {request.answer}</p> : null}
    </div>
  );
}

export async function PrivacyRequestsCard({ requests, now }: { requests: RequestItem[]; now: Date }) {
  const t = await getTranslations("residents.privacy");
  const words = {
    kind: t("kind"), kinds: { CORRECTION: t("kinds.CORRECTION"), WITHDRAW_CONSENT: t("kinds.WITHDRAW_CONSENT"), DELETION: t("kinds.DELETION") },
    details: t("details"), detailsHint: t("detailsHint"), send: t("send"), sending: t("sending"), deletionNote: t("deletionNote"),
    errors: Object.fromEntries(["already_open", "details_short", "too_long", "kind_required", "not_found", "unknown", "rate_limited", "forbidden", "invalid_input"].map((k) => [k, t(`errors.${k}`)])),
  };
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">{t("requestsTitle")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("requestsHint")}</p>
      {requests.length ? (
        <section aria-labelledby="my-privacy-requests" className="mb-4">
          <h3 id="my-privacy-requests" className="mb-2 font-semibold">{t("myRequests")}</h3>
          <ul className="space-y-3">
            {requests.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 p-3"><PrivacyRequestStatus request={r} now={now} /></li>
            ))}
          </ul>
        </section>
      ) : null}
      <PrivacyRequestForm words={words} />
    </Card>
  );
}
