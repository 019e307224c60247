import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { getActor } from "@/lib/auth";
import { receiptInvitation } from "@/lib/survey/mutations";

/**
 * The survey (SKM) QR code on a walk-in receipt: the request's single-use link, created on first print
 * (idempotent) and only for staff of the request's office. Filled in by the survey work.
 */
export async function ReceiptSurveySlot({ requestId }: { requestId: string; officeId: string; serviceId: string }) {
  const actor = await getActor();
  if (!actor) return null;
  const invitation = await receiptInvitation(actor, requestId);
  if (!invitation.ok || invitation.used) return null;
  const url = `${await origin()}/survei/${invitation.token}`;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const t = await getTranslations("survey.receipt");
  return (
    <div className="flex items-center gap-3 border-t border-dashed border-slate-400 pt-3" data-testid="receipt-survey">
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
      <img src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`} alt={t("qrAlt")} width={112} height={112} />
      <div className="text-sm">
        <p className="font-semibold">{t("title")}</p>
        <p>{t("body")}</p>
        <p className="mt-1 break-all font-mono text-xs" data-testid="receipt-survey-link">{url}</p>
      </div>
    </div>
  );
}

async function origin(): Promise<string> {
  const configured = process.env.APP_URL ?? process.env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}
