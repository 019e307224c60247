import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { CancelTicketButton, PrintButton } from "@/components/antrian/ticket-buttons";
import { TicketLive } from "@/components/antrian/ticket-live";
import { TodayStatus } from "@/components/antrian/today-status";
import { Card } from "@/components/ui/card";
import { loadQueueStatus } from "@/lib/antrian/data/public";
import { loadMyTicket } from "@/lib/antrian/data/resident";
import { ticketNow } from "@/lib/antrian/data/ticket-now";
import { requireActor } from "@/lib/auth";
import { todayLabels } from "@/components/antrian/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.ticket"))("title") };
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("queue.book");
  const { id } = await params;
  const ticket = await loadMyTicket(actor, id);
  if (!ticket) notFound();
  const [t, ts, now, status, qr, today] = await Promise.all([
    getTranslations("antrian.ticket"),
    getTranslations("antrian.status"),
    ticketNow(actor, id),
    loadQueueStatus(ticket.office.slug),
    QRCode.toDataURL(ticket.code, { errorCorrectionLevel: "M", margin: 1, width: 240 }),
    todayLabels(),
  ]);
  const time = (d: Date) => d.toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit" });
  const active = ticket.status === "BOOKED" || ticket.status === "WAITING" || ticket.status === "CALLED" || ticket.status === "SERVING";
  return (
    <div className="space-y-4">
      <Card className="text-center print:border-0 print:shadow-none">
        <p className="text-sm text-slate-600">{t("number")}</p>
        <p className="text-6xl font-black tabular-nums" data-testid="ticket-number">{ticket.number}</p>
        <p className="mt-1 font-medium">{ticket.queueService.name}</p>
        <p className="text-sm text-slate-700">{ticket.office.name}</p>
        {ticket.slot ? (
          <p className="mt-2 text-lg">
            {t("slot")}: <strong>{ticket.day.toISOString().slice(0, 10)} · {time(ticket.slot.startsAt)}–{time(ticket.slot.endsAt)}</strong>
          </p>
        ) : null}
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; next/image adds nothing here */}
        <img src={qr} width={240} height={240} alt={t("qrAlt", { code: ticket.code })} className="mx-auto mt-3" data-testid="ticket-qr" />
        <p className="mt-1 text-sm text-slate-600">{t("code")}</p>
        <p className="font-mono text-3xl font-bold tracking-widest" data-testid="ticket-code">{ticket.code}</p>
        <p className="mt-2 text-sm text-slate-700">{t("showAtDoor")}</p>
        {ticket.request ? (
          <p className={`mt-3 rounded-lg px-3 py-2 text-sm ${ticket.requestVerified ? "bg-green-50 text-green-900" : "bg-slate-50 text-slate-800"}`}>
            {ticket.requestVerified ? t("verified", { number: ticket.request.number ?? "" }) : t("requestLinked", { number: ticket.request.number ?? "" })}
          </p>
        ) : null}
      </Card>
      {now && active ? (
        <Card>
          <TicketLive
            id={ticket.id}
            officeSlug={ticket.office.slug}
            initial={now}
            labels={{
              status: Object.fromEntries(["BOOKED", "WAITING", "CALLED", "SERVING", "DONE", "NO_SHOW", "CANCELLED"].map((s) => [s, ts(s)])),
              calledTo: t.raw("calledTo") as string, ahead: t.raw("ahead") as string, estimate: t("estimate"), minutes: t("minutes"), offline: t("offline"),
            }}
          />
        </Card>
      ) : (
        <p className="text-center font-semibold">{ts(ticket.status)}</p>
      )}
      <div className="flex flex-wrap justify-center gap-3">
        <PrintButton label={t("print")} />
        {ticket.status === "BOOKED" ? <CancelTicketButton id={ticket.id} labels={{ cancel: t("cancel"), confirm: t("cancelConfirm"), error: t("cancelError") }} /> : null}
      </div>
      {status && active ? <div className="print:hidden"><TodayStatus initial={status} labels={today} /></div> : null}
    </div>
  );
}
