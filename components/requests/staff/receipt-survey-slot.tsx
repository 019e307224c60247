import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";

/**
 * The survey (SKM) QR code on a receipt: the request's single-use link, read from the receipt's data
 * (the invitation is created with the walk-in request, or when a request is completed). Read-only:
 * nothing is written while the page renders. No link (none yet, or already answered) = no QR.
 */
export async function ReceiptSurveySlot({ token }: { token: string | null }) {
  if (!token) return null;
  const url = `${await origin()}/survei/${token}`;
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
