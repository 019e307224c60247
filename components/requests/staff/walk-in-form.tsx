"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormAlert, Select } from "@/components/ui/field";
import { walkInAction } from "@/lib/requests/actions/staff";
import { walkInSchema } from "@/lib/requests/walk-in-schema";
import { useErrorText } from "./use-error-text";
import { WalkInResident } from "./walk-in-resident";
import { WalkInServiceFields, type WalkInServiceOption } from "./walk-in-service-fields";
import { WalkInSubject } from "./walk-in-subject";

export type WalkInFormValues = z.input<typeof walkInSchema>;
type Point = { id: string; name: string; kind: "LOKET" | "POS_RW" | "LAINNYA" };

/** The assisted channel: staff file a request for a walk-in resident and print the receipt. */
export function WalkInForm({ services, points }: { services: WalkInServiceOption[]; points: Point[] }) {
  const t = useTranslations("staff.walkIn");
  const tc = useTranslations("staff.channel");
  const errorText = useErrorText();
  const router = useRouter();
  const post = points.find((p) => p.kind === "POS_RW");
  const channels = ["LOKET", ...(post ? ["POS_RW"] : []), "WHATSAPP", "LAINNYA"] as const;
  const form = useForm<WalkInFormValues, unknown, z.output<typeof walkInSchema>>({
    resolver: zodResolver(walkInSchema),
    shouldUnregister: true,
    defaultValues: { serviceId: "", channel: post ? "POS_RW" : "LOKET", servicePointId: (post ?? points[0])?.id ?? "", fields: {} },
  });
  const [fileErrors, setFileErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const submit = form.handleSubmit(
    (values, event) => {
      const element = (event?.target as HTMLFormElement | undefined) ?? null;
      const data = new FormData();
      const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
      const finish = submitter?.getAttribute("value") === "onSpot" ? "onSpot" : "none";
      const originals = element ? Array.from(element.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-original]:checked")).map((i) => i.dataset.original!) : [];
      data.set("payload", JSON.stringify({ ...values, originals, finish, servicePointId: values.servicePointId || undefined }));
      if (element) {
        for (const input of Array.from(element.querySelectorAll<HTMLInputElement>('input[type="file"][data-requirement]'))) {
          const file = input.files?.[0];
          if (file) data.set(`file:${input.dataset.requirement}`, file);
        }
      }
      setSummary(null);
      setFileErrors({});
      start(async () => {
        const result = await walkInAction(data);
        if (result.ok) return router.push(`/petugas/permohonan/${result.id}/tanda-terima`);
        setSummary(result.error === "invalid_input" ? t("errorSummary") : errorText(result.error));
        const files: Record<string, string> = {};
        for (const [path, code] of Object.entries(result.fieldErrors ?? {})) {
          if (path.startsWith("files.")) files[path.slice(6)] = code;
          else if (path === "finish") setSummary(errorText(code));
          else form.setError(path as never, { message: code });
        }
        setFileErrors(files);
      });
    },
    () => setSummary(t("errorSummary")),
  );

  const channelError = form.formState.errors.channel?.message ?? form.formState.errors.servicePointId?.message;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {summary ? <FormAlert>{summary}</FormAlert> : null}
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("step1")}</h2>
          <WalkInResident />
        </Card>
        <WalkInServiceFields services={services} fileErrors={fileErrors} />
        <WalkInSubject services={services} />
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("step4")}</h2>
          <div className="grid gap-3 md:grid-cols-2">
            <Field id="channel" label={t("channel")} required error={channelError ? errorText(channelError) : undefined}>
              {(a) => (
                <Select {...a} {...form.register("channel")}>
                  {channels.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
                </Select>
              )}
            </Field>
            <Field id="servicePointId" label={t("servicePoint")}>
              {(a) => (
                <Select {...a} {...form.register("servicePointId")}>
                  <option value="">{t("noServicePoint")}</option>
                  {points.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </Select>
              )}
            </Field>
          </div>
        </Card>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="finish" value="none" disabled={pending}>{pending ? t("submitting") : t("submit")}</Button>
          {/* A letter issued at the loket: filed, completed and handed over in this one step. */}
          <Button type="submit" name="finish" value="onSpot" variant="secondary" disabled={pending} title={t("onSpotHint")}>{t("submitOnSpot")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
