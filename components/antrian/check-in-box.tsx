"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { checkInAction } from "@/lib/antrian/actions";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = (new (opts: { formats: string[] }) => Detector) & { getSupportedFormats?: () => Promise<string[]> };

const noop = () => () => undefined;
const hasCamera = () => Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * A QR reader for the video: the browser's own BarcodeDetector where it exists (Android, macOS,
 * ChromeOS), else jsQR on a canvas copy of the frame (Chrome on Windows and Linux, Firefox, Safari
 * on a desk PC), loaded only when the officer starts the camera.
 */
async function qrReader(): Promise<(source: HTMLVideoElement) => Promise<string | null>> {
  const Native = (window as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
  // Some browsers expose the API without a QR reader behind it.
  const formats: string[] = (await Native?.getSupportedFormats?.().catch(() => [])) ?? [];
  if (Native && formats.includes("qr_code")) {
    const detector = new Native({ formats: ["qr_code"] });
    return async (source) => (await detector.detect(source).catch(() => []))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (source) => {
    if (!context || !source.videoWidth) return null;
    // A 640 px wide copy is plenty for a ticket held up to the camera, and quick to scan.
    const scale = Math.min(1, 640 / source.videoWidth);
    canvas.width = Math.round(source.videoWidth * scale);
    canvas.height = Math.round(source.videoHeight * scale);
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

/**
 * Check-in by the ticket's QR (the camera, see qrReader) or by typing the six-character code,
 * which always works (also with a USB scanner, which types the code).
 */
export function CheckInBox() {
  const t = useTranslations("antrian.counter");
  const te = useTranslations("antrian.errors");
  const router = useRouter();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [scanning, setScanning] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  // Known only in the browser; the server renders the typed-code fallback.
  const canScan = useSyncExternalStore(noop, hasCamera, () => false);

  const submit = (value: string) =>
    start(async () => {
      const r = await checkInAction({ code: value });
      if (r.ok) {
        setMessage({ tone: "ok", text: t("checkedIn", { number: r.number }) });
        setCode("");
        router.refresh();
      } else setMessage({ tone: "error", text: te.has(r.error) ? te(r.error) : te("unknown") });
    });

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | undefined;
    let stop = false;
    (async () => {
      try {
        const [read, camera] = await Promise.all([qrReader(), navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } })]);
        stream = camera;
        if (stop || !video.current) {
          camera.getTracks().forEach((track) => track.stop());
          return;
        }
        video.current.srcObject = stream;
        await video.current.play();
        while (!stop) {
          const found = await read(video.current);
          if (found) {
            setScanning(false);
            submit(found);
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        setMessage({ tone: "error", text: t("cameraError") });
        setScanning(false);
      }
    })();
    return () => {
      stop = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scanning]);

  return (
    <section aria-labelledby="checkin-title" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="checkin-title" className="font-semibold">{t("checkInTitle")}</h2>
      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit(code);
        }}
      >
        <div className="min-w-40 flex-1">
          <label htmlFor="checkin-code" className="block text-sm font-medium">{t("code")}</label>
          <input id="checkin-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" className="block w-full rounded-lg border border-slate-400 px-3 py-1.5 font-mono uppercase" />
        </div>
        <button type="submit" disabled={pending || !code.trim()} className="min-h-9 rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:bg-slate-500">{t("checkIn")}</button>
        {canScan ? (
          <button type="button" onClick={() => setScanning((s) => !s)} className="min-h-9 rounded-lg border border-slate-300 px-3 py-1.5 text-sm">
            {scanning ? t("stopScan") : t("scan")}
          </button>
        ) : null}
      </form>
      {!canScan ? <p className="mt-1 text-xs text-slate-600">{t("noCamera")}</p> : null}
      {scanning ? <video ref={video} className="mt-2 w-full max-w-sm rounded" muted playsInline aria-label={t("scan")} /> : null}
      {message ? <p role={message.tone === "error" ? "alert" : "status"} className={`mt-2 text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}>{message.text}</p> : null}
    </section>
  );
}
