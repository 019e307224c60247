"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { checkInAction } from "@/lib/antrian/actions";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

const noop = () => () => undefined;
const hasDetector = () => "BarcodeDetector" in window && Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * Check-in by the ticket's QR (camera, with the browser's BarcodeDetector where it exists) or by
 * typing the six-character code, which always works.
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
  const canScan = useSyncExternalStore(noop, hasDetector, () => false);

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
    const Ctor = (window as unknown as { BarcodeDetector: DetectorCtor }).BarcodeDetector;
    const detector = new Ctor({ formats: ["qr_code"] });
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        if (!video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        while (!stop) {
          const found = await detector.detect(video.current).catch(() => []);
          if (found[0]?.rawValue) {
            setScanning(false);
            submit(found[0].rawValue);
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
