"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { handoverAction } from "@/lib/requests/actions/staff";
import { ActionAlert } from "./action-alert";
import { useStaffAction } from "./use-action";
import { useErrorText } from "./use-error-text";

/** "Sudah diambil": records who handed the result over (the caller), when, and to whom. */
export function HandoverForm({ target }: { target: { id: string; version: number } }) {
  const t = useTranslations("staff.actions");
  const errorText = useErrorText();
  const action = useStaffAction();
  const [collector, setCollector] = useState<"self" | "other">("self");
  const [name, setName] = useState("");
  const [nik, setNik] = useState("");
  const err = (key: string) => (action.fieldErrors[key] ? errorText(action.fieldErrors[key]) : undefined);
  return (
    <section aria-labelledby="handover-h" className="rounded-lg border border-green-200 bg-green-50 p-3">
      <h3 id="handover-h" className="mb-2 font-semibold">{t("handover")}</h3>
      <fieldset className="mb-2 space-y-1 text-sm">
        <legend className="text-xs font-medium">{t("collector")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="collector" checked={collector === "self"} onChange={() => setCollector("self")} /> {t("collectorSelf")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="collector" checked={collector === "other"} onChange={() => setCollector("other")} /> {t("collectorOther")}
        </label>
      </fieldset>
      {collector === "other" ? (
        <div className="space-y-2">
          <Field id="collector-name" label={t("collectorName")} required error={err("name")}>
            {(aria) => <Input {...aria} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" className="text-sm" />}
          </Field>
          <Field id="collector-nik" label={t("collectorNik")} required error={err("nik")}>
            {(aria) => <Input {...aria} value={nik} onChange={(e) => setNik(e.target.value)} inputMode="numeric" maxLength={20} autoComplete="off" className="font-mono text-sm" />}
          </Field>
        </div>
      ) : null}
      <Button size="sm" className="mt-2" disabled={action.pending} onClick={() => action.run(() => handoverAction({ ...target, collector, name, nik }))}>
        {t("handoverSave")}
      </Button>
      <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} /></div>
    </section>
  );
}
