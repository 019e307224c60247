import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge, PrivacyBadge } from "@/components/complaints/badges";
import { MapLink } from "@/components/complaints/map-link";
import { PhotoGrid } from "@/components/complaints/photo-grid";
import { ReporterActions } from "@/components/complaints/reporter-actions";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { SentMessages } from "@/components/notifications/sent-messages";
import { Card } from "@/components/ui/card";
import { CopyShare } from "@/components/ui/copy-share";
import { FormAlert } from "@/components/ui/field";
import { requireActor } from "@/lib/auth";
import { ConversationSection } from "@/components/conversations/section";
import { getMyComplaint } from "@/lib/complaints/data/resident";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.resident");
  return { title: t("listTitle") };
}

export default async function MyComplaintPage({ params, searchParams }: Props) {
  const actor = await requireActor("complaint.file");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const c = await getMyComplaint(actor, id);
  if (!c) notFound();
  const [t, tc, format, tcs] = await Promise.all([getTranslations("complaints.resident"), getTranslations("complaints"), getFormatter(), getTranslations("common.copyShare")]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/warga/pengaduan" className="inline-flex min-h-11 items-center text-brand-700 underline">← {t("back")}</Link>
      </p>
      {search.baru ? (
        <FormAlert tone="success">
          <p className="font-semibold">{t("filedBanner", { ticket: c.ticket })}</p>
          <p>{t("filedHint")}</p>
        </FormAlert>
      ) : null}
      <header className="space-y-2">
        <p className="font-mono text-sm text-slate-700">{t("ticket")}: <span data-testid="ticket">{c.ticket}</span></p>
        <CopyShare value={c.ticket} words={{ copy: tcs("copy"), copied: tcs("copied"), share: tcs("share") }} />
        <h1 className="text-2xl font-semibold">{c.title}</h1>
        <div className="flex flex-wrap gap-2">
          <ComplaintStatusBadge status={c.status} />
          <PrivacyBadge privacy={c.privacy} />
        </div>
      </header>

      {c.canConfirm ? (
        <ReporterActions id={c.id} version={c.version} canReopen={c.canReopen} reopenUntil={c.reopenUntil && c.canReopen ? format.dateTime(c.reopenUntil, { dateStyle: "long" }) : null} />
      ) : null}
      {c.status === "CLOSED" ? <FormAlert tone="success">{t("confirmed")}</FormAlert> : null}
      {c.reopenExpired ? <FormAlert tone="info">{t("reopenExpired")}</FormAlert> : null}
      {c.status === "REJECTED" && c.rejectReason ? (
        <FormAlert tone="info">
          <p>{t("rejected", { reason: tc(`rejectReason.${c.rejectReason}`) })}</p>
          {c.duplicateOfTicket ? <p>{t("duplicateOf", { ticket: c.duplicateOfTicket })}</p> : null}
          {c.referredTo ? <p>{t("referredTo", { target: c.referredTo })}</p> : null}
          {c.rejectNote ? <p>{c.rejectNote}</p> : null}
        </FormAlert>
      ) : null}

      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-600">{t("submittedAt")}</dt><dd>{when(c.createdAt)}</dd></div>
          <div><dt className="text-slate-600">{t("category")}</dt><dd>{c.category} · {tc(`classification.${c.classification}`)}</dd></div>
          {c.unit ? <div><dt className="text-slate-600">{t("unit")}</dt><dd>{c.unit}</dd></div> : null}
          {c.locationText || c.latitude !== null ? (
            <div>
              <dt className="text-slate-600">{t("location")}</dt>
              <dd>
                {c.locationText}
                {c.latitude !== null && c.longitude !== null ? <span className="block"><MapLink lat={c.latitude} lng={c.longitude} label={tc("form.openMap")} /></span> : null}
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-4 whitespace-pre-line">{c.description}</p>
        {c.photos.length ? (
          <div className="mt-4">
            <h2 className="mb-2 text-sm font-medium text-slate-700">{t("yourPhotos")}</h2>
            <PhotoGrid fileIds={c.photos} label={t("yourPhotos")} />
          </div>
        ) : null}
      </Card>

      {c.followUps.length ? (
        <section aria-labelledby="followups-title" className="space-y-3">
          <h2 id="followups-title" className="text-lg font-semibold">{t("followUps")}</h2>
          {c.followUps.map((f) => (
            <Card key={f.id}>
              <p className="text-sm text-slate-600">{t("actionDate")}: {format.dateTime(f.actionDate, { dateStyle: "medium", timeZone: "UTC" })} · {f.unit}</p>
              <p className="mt-1 whitespace-pre-line">{f.note}</p>
              {f.photos.length ? <div className="mt-2"><PhotoGrid fileIds={f.photos} label={t("resultPhotos")} /></div> : null}
            </Card>
          ))}
        </section>
      ) : null}

      <ComplaintTimeline
        title={t("timeline")}
        items={c.events.map((e) => ({ key: e.id, type: e.type, at: e.createdAt, note: e.note, unitName: e.unitName }))}
      />
      <ConversationSection actor={actor} target={{ complaintId: c.id }} />
      <SentMessages target={{ type: "complaint", id: c.id }} audience="resident" />
      <p>
        <Link href={`/lacak?tiket=${c.ticket}`} className="inline-flex min-h-11 items-center text-brand-700 underline">{t("trackLink")}</Link>
      </p>
    </div>
  );
}
