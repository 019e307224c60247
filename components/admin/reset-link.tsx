"use client";

import { useTranslations } from "next-intl";
import { useFormatter } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A freshly issued reset link, shown once: only its hash is stored, so it cannot be shown again. */
export function ResetLink({ token, expiresAt }: { token: string; expiresAt: string }) {
  const t = useTranslations("admin.reset");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/reset-sandi/${token}`;
  return (
    <div role="status" className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-3 text-sm text-green-950">
      <p className="font-medium">{t("issued", { time: format.dateTime(new Date(expiresAt), { timeStyle: "short" }) })}</p>
      <label htmlFor="reset-link-url" className="block">{t("link")}</label>
      <input id="reset-link-url" readOnly value={url} className="w-full rounded border border-green-400 bg-white px-2 py-2 font-mono text-xs" onFocus={(e) => e.target.select()} />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <span>{t("once")}</span>
      </div>
    </div>
  );
}
