"use client";

import { useTranslations } from "@/i18n/lean";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MapLink } from "./map-link";

type Point = { latitude: number; longitude: number } | null;

/**
 * The phone's position, only when the person presses the button (never automatically). Shown as
 * coordinates with a link out, because map tiles are not reachable offline; always removable.
 */
export function GeoPoint({ value, onChange, error }: { value: Point; onChange: (p: Point) => void; error?: string }) {
  const t = useTranslations("complaints.form");
  const [state, setState] = useState<"idle" | "locating" | "denied" | "unavailable" | "unsupported">("idle");

  const locate = () => {
    if (!("geolocation" in navigator)) return setState("unsupported");
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState("idle");
        onChange({ latitude: Number(pos.coords.latitude.toFixed(6)), longitude: Number(pos.coords.longitude.toFixed(6)) });
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const message = state === "denied" ? t("geoDenied") : state === "unavailable" ? t("geoUnavailable") : state === "unsupported" ? t("geoUnsupported") : null;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("mapPoint")}</legend>
      <p className="text-sm text-slate-600">{t("mapPointHint")}</p>
      {value ? (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" role="status">
          <p>
            <MapLink lat={value.latitude} lng={value.longitude} label={t("openMap")} />
          </p>
          <Button variant="secondary" onClick={() => onChange(null)}>
            {t("removePoint")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={locate} disabled={state === "locating"}>
          {state === "locating" ? t("locating") : t("useMyLocation")}
        </Button>
      )}
      {message ? <p className="text-sm text-amber-900" role="status">{message}</p> : null}
      {error ? <p className="text-sm font-medium text-red-700" role="alert">{error}</p> : null}
    </fieldset>
  );
}
