"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Textarea } from "@/components/ui/field";
import { confirmOtherOfficeResidentAction } from "@/lib/requests/actions/staff";
import type { WalkInFormValues } from "./walk-in-form";
import { useErrorText } from "./use-error-text";

type Confirmed = { fullName: string; nikMasked: string; officeName: string };

/**
 * A NIK registered at another office (issue 17): the staff confirm the resident is present with the
 * name as on the KTP and a reason; the server answers with the minimum (name, masked NIK, office) or
 * the same "registered elsewhere" as before. The contact for status updates is typed here.
 */
export function WalkInOtherOffice({ nik }: { nik: string }) {
  const t = useTranslations("staff.walkIn");
  const errorText = useErrorText();
  const form = useFormContext<WalkInFormValues>();
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const [refused, setRefused] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const errors = form.formState.errors.otherOfficeResident;
  const err = (key: "fullName" | "reason" | "phone" | "email") => (errors?.[key]?.message ? errorText(errors[key].message) : undefined);

  function confirm() {
    setRefused(false);
    setProblem(null);
    form.clearErrors("otherOfficeResident");
    const { fullName = "", reason = "" } = form.getValues("otherOfficeResident") ?? {};
    start(async () => {
      const result = await confirmOtherOfficeResidentAction({ nik, fullName, reason });
      if (!result.ok) {
        const fields = Object.entries(result.fieldErrors ?? {});
        for (const [key, code] of fields) form.setError(`otherOfficeResident.${key}` as never, { message: code });
        // No field to blame (too many tries, the session ended): say so next to the button.
        if (!fields.length) setProblem(errorText(result.error));
        return;
      }
      if (result.found) setConfirmed(result.resident);
      else setRefused(true);
    });
  }

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("otherOfficeTitle")}</legend>
      <FormAlert tone="info">{t("elsewhere")}</FormAlert>
      <p className="text-sm text-slate-700">{t("otherOfficeHint")}</p>
      <input type="hidden" defaultValue={nik} {...form.register("otherOfficeResident.nik")} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="oo-name" label={t("otherOfficeName")} required error={err("fullName")}>
          {(a) => <Input {...a} autoComplete="off" readOnly={Boolean(confirmed)} {...form.register("otherOfficeResident.fullName")} />}
        </Field>
        <Field id="oo-reason" label={t("otherOfficeReason")} required error={err("reason")} hint={t("otherOfficeReasonHint")}>
          {(a) => <Textarea {...a} rows={2} maxLength={500} readOnly={Boolean(confirmed)} {...form.register("otherOfficeResident.reason")} />}
        </Field>
      </div>
      {confirmed ? (
        <>
          <FormAlert tone="success">
            <p className="font-semibold">{t("otherOfficeFound", { name: confirmed.fullName })}</p>
            <p>{t("otherOfficeFoundDetail", { nik: confirmed.nikMasked, office: confirmed.officeName })}</p>
          </FormAlert>
          <p className="text-sm font-medium">{t("otherOfficeContact")}</p>
          <div className="grid gap-3 md:grid-cols-2">
            <Field id="oo-phone" label={t("phone")} error={err("phone")}>{(a) => <Input {...a} type="tel" {...form.register("otherOfficeResident.phone")} />}</Field>
            <Field id="oo-email" label={t("email")} error={err("email")}>{(a) => <Input {...a} type="email" {...form.register("otherOfficeResident.email")} />}</Field>
          </div>
        </>
      ) : (
        <>
          {refused ? <FormAlert>{t("elsewhere")}</FormAlert> : null}
          {problem ? <FormAlert>{problem}</FormAlert> : null}
          <Button variant="secondary" onClick={confirm} disabled={pending}>{pending ? t("otherOfficeConfirming") : t("otherOfficeConfirm")}</Button>
        </>
      )}
    </fieldset>
  );
}
