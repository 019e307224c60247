"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { previewTemplateAction, saveTemplateAction } from "@/lib/letters/actions";
import type { LetterContent } from "@/lib/letters/content";
import { BASE_VARIABLES, unknownVariables } from "@/lib/letters/variables";

export type TemplateValues = {
  code: string; title: string; body: string; signerPosition: string; signerName: string; signerNip: string;
  signPlace: string; qrPlacement: "LEFT" | "RIGHT"; requiresApproval: boolean;
};

type Props = { serviceId: string; values: TemplateValues; fields: { code: string; label: string }[]; requests: { id: string; label: string }[] };

/** The template of one service: edit, preview with a real request, save (unknown variables refused). */
export function TemplateEditor({ serviceId, values: initial, fields, requests }: Props) {
  const t = useTranslations("letters");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [requestId, setRequestId] = useState(requests[0]?.id ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<LetterContent | null>(null);
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const codes = fields.map((f) => f.code);
  const set = <K extends keyof TemplateValues>(k: K, v: TemplateValues[K]) => setValues((s) => ({ ...s, [k]: v }));

  const errorText = (code: string | undefined) => {
    if (!code) return undefined;
    if (code.startsWith("unknown_variables:")) return t("admin.unknownField", { names: code.slice(18).split(",").map((n) => `{${n}}`).join(", ") });
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic");
  };
  // Checked as the admin types, and again on the server at save.
  const local: Record<string, string> = {};
  const unknownBody = unknownVariables(values.body, codes);
  const unknownTitle = unknownVariables(values.title, codes);
  if (unknownBody.length) local.body = `unknown_variables:${unknownBody.join(",")}`;
  if (unknownTitle.length) local.title = `unknown_variables:${unknownTitle.join(",")}`;
  const err = (k: string) => errorText(errors[k] ?? local[k]);
  const payload = () => ({ ...values, serviceId, signerNip: values.signerNip || undefined });

  function save() {
    setStatus(null);
    start(async () => {
      const r = await saveTemplateAction(payload());
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setStatus(r.ok ? { tone: "success", text: t("admin.saved") } : { tone: "error", text: errorText(r.error)! });
      if (r.ok) router.refresh();
    });
  }

  function showPreview() {
    start(async () => {
      const r = await previewTemplateAction({ ...payload(), requestId });
      if (r.ok) setPreview(r.content as LetterContent);
      else setErrors(r.fieldErrors ?? {});
    });
  }

  const text = (k: "code" | "title" | "signerPosition" | "signerName" | "signerNip" | "signPlace", label: string) => (
    <Field id={`tpl-${k}`} label={label} error={err(k)}>
      {(aria) => <Input {...aria} value={values[k]} onChange={(e) => set(k, e.target.value)} className="text-sm" />}
    </Field>
  );

  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <div className="space-y-3">
        <div className="grid gap-3 md:grid-cols-[8rem_1fr]">{text("code", t("admin.code"))}{text("title", t("admin.letterTitle"))}</div>
        <Field id="tpl-body" label={t("admin.body")} error={err("body")}>
          {(aria) => <Textarea {...aria} rows={14} value={values.body} onChange={(e) => set("body", e.target.value)} className="font-mono text-sm" />}
        </Field>
        <p className="text-xs text-slate-700">
          {t("admin.bodyHint")} {[...BASE_VARIABLES, ...codes].map((v) => <code key={v} className="mr-1 rounded bg-slate-100 px-1">{`{${v}}`}</code>)}
        </p>
        <div className="grid gap-3 md:grid-cols-2">
          {text("signerPosition", t("admin.signerPosition"))}
          {text("signerName", t("admin.signerName"))}
          {text("signerNip", t("admin.signerNip"))}
          {text("signPlace", t("admin.signPlace"))}
          <Field id="tpl-qr" label={t("admin.qrPlacement")}>
            {(aria) => (
              <Select {...aria} value={values.qrPlacement} onChange={(e) => set("qrPlacement", e.target.value as "LEFT" | "RIGHT")} className="text-sm">
                <option value="LEFT">{t("admin.qrLEFT")}</option>
                <option value="RIGHT">{t("admin.qrRIGHT")}</option>
              </Select>
            )}
          </Field>
          <label className="flex items-center gap-2 self-end text-sm">
            <input type="checkbox" checked={values.requiresApproval} onChange={(e) => set("requiresApproval", e.target.checked)} /> {t("admin.requiresApproval")}
          </label>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={save} disabled={pending}>{t("admin.save")}</Button>
        </div>
        {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      </div>
      <section aria-labelledby="preview-h" className="space-y-3">
        <h2 id="preview-h" className="font-semibold">{t("admin.preview")}</h2>
        {requests.length === 0 ? (
          <p className="text-sm text-slate-600">{t("admin.noRequests")}</p>
        ) : (
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-64 flex-1">
              <Field id="tpl-request" label={t("admin.previewWith")}>
                {(aria) => (
                  <Select {...aria} value={requestId} onChange={(e) => setRequestId(e.target.value)} className="text-sm">
                    {requests.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
                  </Select>
                )}
              </Field>
            </div>
            <Button size="sm" variant="secondary" onClick={showPreview} disabled={pending}>{t("admin.preview")}</Button>
          </div>
        )}
        {preview ? (
          <article data-testid="letter-preview" className="rounded-md border border-slate-300 bg-white p-6 font-serif text-sm leading-relaxed shadow-sm">
            <header className="border-b-4 border-double border-black pb-2 text-center">
              <p className="font-bold uppercase">{preview.kop.government}</p>
              {preview.kop.parent ? <p className="font-bold uppercase">{preview.kop.parent}</p> : null}
              <p className="text-lg font-bold uppercase">{preview.kop.name}</p>
              <p className="text-xs">{preview.kop.address}</p>
              {preview.kop.contacts ? <p className="text-xs">{preview.kop.contacts}</p> : null}
            </header>
            <h3 className="mt-4 text-center font-bold uppercase underline">{preview.title}</h3>
            <p className="text-center">Nomor: ……</p>
            {preview.paragraphs.map((p, i) => <p key={i} className="mt-3 whitespace-pre-line text-justify">{p}</p>)}
            <div className={`mt-6 flex ${preview.qrPlacement === "LEFT" ? "justify-between" : "flex-row-reverse justify-between"}`}>
              <div className="flex h-24 w-24 items-center justify-center border border-dashed border-slate-400 text-xs text-slate-500">QR</div>
              <div className="text-center">
                <p>{preview.place}, …</p>
                <p>{preview.signer.position}</p>
                <p className="mt-10 font-bold underline">{preview.signer.name}</p>
                {preview.signer.nip ? <p>NIP. {preview.signer.nip}</p> : null}
              </div>
            </div>
          </article>
        ) : null}
      </section>
    </div>
  );
}
