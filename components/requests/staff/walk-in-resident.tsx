"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select } from "@/components/ui/field";
import { lookupResidentAction } from "@/lib/requests/actions/staff";
import type { WalkInFormValues } from "./walk-in-form";
import { useErrorText } from "./use-error-text";
import { DateInput } from "@/components/ui/date-input";
import { WalkInOtherOffice } from "./walk-in-other-office";
import { normalizeDigits } from "@/lib/residents/nik";

export type FoundResident = { id: string; fullName: string; nikMasked: string; address: string; rt: string; rw: string; hasAccount: boolean };
type Mode = { kind: "search" } | { kind: "found"; resident: FoundResident } | { kind: "new" } | { kind: "elsewhere"; nik: string };

/** Step 1: find the resident by NIK in this office, or record a new profile (no account) from the KTP. */
export function WalkInResident() {
  const t = useTranslations("staff.walkIn");
  const td = useTranslations("staff.detail");
  const errorText = useErrorText();
  const form = useFormContext<WalkInFormValues>();
  const [nik, setNik] = useState("");
  const [nikError, setNikError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: "search" });
  const [pending, start] = useTransition();
  const err = (path: string) => {
    const message = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], form.formState.errors) as { message?: string } | undefined;
    return message?.message ? errorText(message.message) : undefined;
  };

  function setModeAndNotify(next: Mode) {
    setMode(next);
    form.setValue("residentId", next.kind === "found" ? next.resident.id : undefined);
    if (next.kind === "new") form.setValue("newResident.nik", nik);
  }

  function find() {
    setNikError(null);
    start(async () => {
      const result = await lookupResidentAction({ nik });
      if (!result.ok) return setNikError(errorText(result.fieldErrors?.nik ?? result.error));
      if (result.found) setModeAndNotify({ kind: "found", resident: result.resident });
      else setModeAndNotify(result.elsewhere ? { kind: "elsewhere", nik: normalizeDigits(nik) } : { kind: "new" });
    });
  }

  // Hidden so that the chosen profile travels with the form (and is cleared by "change").
  const residentInput = <input type="hidden" {...form.register("residentId", { setValueAs: (v) => v || undefined })} />;

  const reg = (name: Parameters<typeof form.register>[0]) => form.register(name);
  // The hidden input stays at the same place in the tree in every mode, so it keeps its value.
  return (
    <div className="space-y-3">
      {residentInput}
      {mode.kind === "found" ? (
        <div className="space-y-2">
          <FormAlert tone="success">
            <p className="font-semibold">{t("found", { name: mode.resident.fullName })}</p>
            <p>{t("foundDetail", { nik: mode.resident.nikMasked, address: mode.resident.address, rt: mode.resident.rt, rw: mode.resident.rw })}</p>
            {mode.resident.hasAccount ? <p>{t("hasAccount")}</p> : null}
          </FormAlert>
          <Button size="sm" variant="secondary" onClick={() => setModeAndNotify({ kind: "search" })}>{t("change")}</Button>
        </div>
      ) : (
      <>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1">
          <Field id="lookup-nik" label={t("nik")} error={nikError ?? err("residentId")}>
            {(aria) => (
              <Input
                {...aria}
                inputMode="numeric"
                autoComplete="off"
                value={nik}
                onChange={(e) => setNik(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    find();
                  }
                }}
              />
            )}
          </Field>
        </div>
        <Button variant="secondary" onClick={find} disabled={pending}>{pending ? t("finding") : t("find")}</Button>
      </div>
      {/* Keyed by the NIK searched: a new search starts the confirmation again. */}
      {mode.kind === "elsewhere" ? <WalkInOtherOffice key={mode.nik} nik={mode.nik} /> : null}
      {mode.kind === "new" ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("newResident")}</legend>
          <FormAlert tone="info">{t("notFound")}</FormAlert>
          <div className="grid gap-3 md:grid-cols-2">
            <Field id="nr-nik" label={t("nik")} required error={err("newResident.nik")}>{(a) => <Input {...a} inputMode="numeric" defaultValue={nik} {...reg("newResident.nik")} />}</Field>
            <Field id="nr-kk" label={t("kk")} required error={err("newResident.kkNumber")}>{(a) => <Input {...a} inputMode="numeric" {...reg("newResident.kkNumber")} />}</Field>
            <Field id="nr-name" label={t("fullName")} required error={err("newResident.fullName")}>{(a) => <Input {...a} {...reg("newResident.fullName")} />}</Field>
            <Field id="nr-bplace" label={t("birthPlace")} required error={err("newResident.birthPlace")}>{(a) => <Input {...a} {...reg("newResident.birthPlace")} />}</Field>
            <Field id="nr-bdate" label={t("birthDate")} required error={err("newResident.birthDate")}>{(a) => <DateInput {...a} {...reg("newResident.birthDate")} pickLabel={t("pickDate")} placeholder={t("dateFormat")} />}</Field>
            <Field id="nr-sex" label={t("sex")} required error={err("newResident.sex")}>
              {(a) => (
                <Select {...a} {...reg("newResident.sex")} defaultValue="">
                  <option value="" disabled>{t("choose")}</option>
                  <option value="L">{td("sexes.L")}</option>
                  <option value="P">{td("sexes.P")}</option>
                </Select>
              )}
            </Field>
            <Field id="nr-address" label={t("address")} required error={err("newResident.address")}>{(a) => <Input {...a} {...reg("newResident.address")} />}</Field>
            <div className="grid grid-cols-2 gap-3">
              <Field id="nr-rt" label={t("rt")} required error={err("newResident.rt")}>{(a) => <Input {...a} inputMode="numeric" {...reg("newResident.rt")} />}</Field>
              <Field id="nr-rw" label={t("rw")} required error={err("newResident.rw")}>{(a) => <Input {...a} inputMode="numeric" {...reg("newResident.rw")} />}</Field>
            </div>
            <Field id="nr-kel" label={t("kelurahan")} required error={err("newResident.kelurahan")}>{(a) => <Input {...a} {...reg("newResident.kelurahan")} />}</Field>
            <Field id="nr-phone" label={t("phone")} error={err("newResident.phone")}>{(a) => <Input {...a} type="tel" {...reg("newResident.phone")} />}</Field>
          </div>
        </fieldset>
      ) : null}
      </>
      )}
    </div>
  );
}
