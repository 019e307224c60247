"use client";
import { useState, useTransition } from "react";
import { saveTemplateAction } from "@/lib/notifications/actions";

type Labels = { subject: string; body: string; save: string; saved: string; unknown: string; invalid: string };

/** Edits one (event, channel, language) template; an unknown {variable} is refused at the field, the text stays. */
export function TemplateForm(props: { event: string; channel: string; locale: "id" | "en"; subject: string | null; body: string; hasSubject: boolean; labels: Labels }) {
  const [subject, setSubject] = useState(props.subject ?? "");
  const [body, setBody] = useState(props.body);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await saveTemplateAction({ event: props.event, channel: props.channel, locale: props.locale, subject: props.hasSubject ? subject : null, body });
      if (result.ok) setMessage({ ok: true, text: props.labels.saved });
      else {
        const field = "fieldErrors" in result ? (result.fieldErrors as Record<string, string> | undefined)?.body : undefined;
        setMessage({ ok: false, text: field?.startsWith("unknown_variable:") ? props.labels.unknown.replace("{names}", field.slice(17).split(",").map((v) => `{${v}}`).join(", ")) : props.labels.invalid });
      }
    });
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      {props.hasSubject ? (
        <div>
          <label htmlFor="tpl-subject" className="mb-1 block font-medium">{props.labels.subject}</label>
          <input id="tpl-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} className="w-full rounded-lg border border-slate-300 px-3 py-2" />
        </div>
      ) : null}
      <div>
        <label htmlFor="tpl-body" className="mb-1 block font-medium">{props.labels.body}</label>
        <textarea
          id="tpl-body" value={body} onChange={(e) => setBody(e.target.value)} rows={props.channel === "EMAIL" ? 10 : 4} maxLength={2000}
          aria-invalid={message && !message.ok ? true : undefined} aria-describedby={message ? "tpl-message" : undefined}
          className="w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
        />
        {message ? (
          <p id="tpl-message" role={message.ok ? "status" : "alert"} className={`mt-1 text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>{message.text}</p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-60">{props.labels.save}</button>
    </form>
  );
}
