"use client";

import { useTranslations } from "@/i18n/lean";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { clearDraft, loadDraft, saveDraft } from "@/lib/pwa/outbox-lazy";
import { placeServerErrors, useComplaintErrorText } from "@/components/complaints/use-error-text";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Select, Textarea } from "@/components/ui/field";
import { useOutbox } from "@/components/pwa/use-outbox";
import { sendPublicFeedbackAction } from "@/lib/feedback/actions";
import { FEEDBACK_KINDS } from "@/lib/feedback/constants";
import { feedbackCodes, type FeedbackValues } from "./feedback-rules";

type Values = FeedbackValues;

/**
 * Kritik & saran. Signed-in residents may choose to stay anonymous (the answer still reaches them);
 * signed-out visitors are always anonymous and pick the office.
 */
export function FeedbackForm({ offices }: { offices?: { id: string; name: string }[] }) {
  const t = useTranslations("complaints.feedback");
  const errorText = useComplaintErrorText();
  const router = useRouter();
  const isPublic = Boolean(offices);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"sent" | string | null>(null);
  const defaults: Values = { kind: "SARAN", message: "", anonymous: false, officeId: offices?.length === 1 ? offices[0].id : "", website: "" };
  // One form for both audiences; each checks its own fields (the server applies its own schema).
  const form = useLeanForm<Values>({ validate: (v) => feedbackCodes(v, isPublic), defaultValues: defaults });
  const { errors } = form.formState;

  // What was typed stays on the phone (IndexedDB) until it is sent: a lost signal or a closed tab loses nothing.
  const draft = isPublic ? "feedback-public" : "feedback";
  const saveTimer = useRef<number | null>(null);
  useEffect(() => {
    void loadDraft<Values>(draft).then((saved) => saved && form.reset({ ...defaults, ...saved, website: "" }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first render
  }, []);
  const keepDraft = () => {
    if (saveTimer.current) window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void saveDraft(draft, { ...form.getValues(), website: "" }), 400);
  };

  // Signed-in residents send through the phone's outbox and its route (idempotency key): with no
  // signal it is kept and sent by itself when the signal returns, and stored once however often it
  // is resent. Signed-out visitors have no account to key it to: their text stays in the draft.
  const outbox = useOutbox("feedback", "/api/feedback/submit");
  const sent = async (officeId: string) => {
    await clearDraft(draft);
    form.reset({ ...defaults, officeId });
    setStatus("sent");
    router.refresh();
  };
  // A queued one went out by itself: its draft goes, and the page says it was sent.
  const later = outbox.later;
  useEffect(() => {
    if (later?.status !== "sent") return;
    void clearDraft(draft);
    form.reset(defaults);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when a queued one went out
  }, [later]);
  const shown = later?.status === "sent" && status === null ? "sent" : status;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setStatus(null);
      const kind = values.kind as (typeof FEEDBACK_KINDS)[number];
      if (!isPublic) {
        const answer = await outbox.submit([["kind", kind], ["message", values.message], ["anonymous", values.anonymous ? "true" : "false"]]);
        if (answer.status === "waiting") return;
        const result = answer.body as { ok: boolean; error?: string; fieldErrors?: Record<string, string> };
        if (result.ok) return sent(values.officeId);
        return setStatus(placeServerErrors(result as Parameters<typeof placeServerErrors>[0], form.setError, ["kind", "message", "officeId"]));
      }
      let result: Awaited<ReturnType<typeof sendPublicFeedbackAction>>;
      try {
        result = await sendPublicFeedbackAction({ officeId: values.officeId, kind, message: values.message, website: values.website });
      } catch {
        // No signal: the text is in the phone's draft; the visitor sends it again later.
        return setStatus("offline");
      }
      if (result.ok) await sent(values.officeId);
      else setStatus(placeServerErrors(result, form.setError, ["kind", "message", "officeId"]));
    }),
  );

  return (
    <form onSubmit={onSubmit} onInput={keepDraft} onChange={keepDraft} noValidate className="space-y-4">
      {shown === "sent" ? (
        <FormAlert tone="success">{t("sent")}</FormAlert>
      ) : shown === "offline" ? (
        <FormAlert tone="info">{t("offline")}</FormAlert>
      ) : shown ? (
        <FormAlert>{errorText(shown)}</FormAlert>
      ) : null}
      {isPublic ? (
        <Field id="officeId" label={t("office")} error={errorText(errors.officeId?.message)} required>
          {(aria) => (
            <Select {...aria} {...form.register("officeId")}>
              <option value="">{t("chooseOffice")}</option>
              {offices!.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="kind" label={t("kind")} error={errorText(errors.kind?.message)} required>
        {(aria) => (
          <Select {...aria} {...form.register("kind")}>
            {FEEDBACK_KINDS.map((k) => <option key={k} value={k}>{t(k)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="message" label={t("message")} hint={t("messageHint")} error={errorText(errors.message?.message)} required>
        {(aria) => <Textarea {...aria} {...form.register("message")} rows={4} maxLength={2000} />}
      </Field>
      {isPublic ? (
        // Honeypot: hidden from people and screen readers, filled in by naive bots.
        <div aria-hidden="true" className="hidden">
          <label htmlFor="website">{t("honeypot")}</label>
          <input id="website" tabIndex={-1} autoComplete="off" {...form.register("website")} />
        </div>
      ) : (
        <div className="flex gap-3">
          <input id="anonymous" type="checkbox" className="shrink-0 mt-1 h-5 w-5 accent-brand-700" {...form.register("anonymous")} aria-describedby="anonymous-hint" />
          <div>
            <label htmlFor="anonymous" className="font-medium">{t("anonymous")}</label>
            <p id="anonymous-hint" className="text-sm text-slate-600">{t("anonymousHint")}</p>
          </div>
        </div>
      )}
      {outbox.waiting ? <FormAlert tone="info">{t("waitingSignal")}</FormAlert> : null}
      <Button type="submit" disabled={pending || outbox.waiting}>{t("send")}</Button>
    </form>
  );
}
