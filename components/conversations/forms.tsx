"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { textFor } from "@/i18n/fill";
import { assignAction, deleteCannedAction, saveCannedAction, setStatusAction, startHelpAction, visitorHelpAction } from "@/lib/conversations/actions";

type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

function useSubmit() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  function run<R extends Result>(call: () => Promise<R>, onOk: (r: Extract<R, { ok: true }>) => void) {
    setError(null);
    setFieldErrors({});
    start(async () => {
      const r = await call();
      if (!r.ok) {
        const failed = r as Extract<Result, { ok: false }>;
        setFieldErrors(failed.fieldErrors ?? {});
        setError(failed.error);
        return;
      }
      onOk(r as Extract<R, { ok: true }>);
    });
  }
  return { pending, error, fieldErrors, run };
}

/** A resident starts a general help conversation with their office. */
export function HelpStartForm({ words, errors }: { words: { label: string; hint: string; send: string }; errors: Record<string, string> }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { pending, error, fieldErrors, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(
      () => startHelpAction({ body }),
      (r) => router.push(`/warga/percakapan/${(r as unknown as { conversationId: string }).conversationId}`),
    );
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      <Field id="help-body" label={words.label} hint={words.hint} error={fieldErrors.body ? textFor(errors, fieldErrors.body, errors.unknown) : undefined} required>
        {(aria) => <Textarea {...aria} rows={3} value={body} onChange={(e) => setBody(e.target.value)} maxLength={4000} />}
      </Field>
      {error && !fieldErrors.body ? <FormAlert>{textFor(errors, error, errors.unknown)}</FormAlert> : null}
      <Button type="submit" disabled={pending}>
        {words.send}
      </Button>
    </form>
  );
}

/** A signed-out visitor leaves a question and a phone or e-mail. */
export function VisitorHelpForm({ offices, words, errors }: { offices: { id: string; name: string }[]; words: Record<"office" | "name" | "contact" | "body" | "send" | "sent", string>; errors: Record<string, string> }) {
  const [values, setValues] = useState({ officeId: offices[0]?.id ?? "", name: "", contact: "", body: "" });
  const [sent, setSent] = useState(false);
  const { pending, error, fieldErrors, run } = useSubmit();
  const err = (k: string) => (fieldErrors[k] ? textFor(errors, fieldErrors[k], errors.unknown) : undefined);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });
  if (sent) return <FormAlert tone="success">{words.sent}</FormAlert>;
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => visitorHelpAction(values), () => setSent(true));
      }}
    >
      <Field id="v-office" label={words.office} error={err("officeId")} required>
        {(aria) => (
          <Select {...aria} value={values.officeId} onChange={set("officeId")}>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="v-name" label={words.name} error={err("name")} required>
        {(aria) => <Input {...aria} value={values.name} onChange={set("name")} autoComplete="name" />}
      </Field>
      <Field id="v-contact" label={words.contact} error={err("contact")} required>
        {(aria) => <Input {...aria} value={values.contact} onChange={set("contact")} autoComplete="tel" inputMode="email" />}
      </Field>
      <Field id="v-body" label={words.body} error={err("body")} required>
        {(aria) => <Textarea {...aria} rows={4} value={values.body} onChange={set("body")} maxLength={4000} />}
      </Field>
      {error && Object.keys(fieldErrors).length === 0 ? <FormAlert>{textFor(errors, error, errors.unknown)}</FormAlert> : null}
      <Button type="submit" disabled={pending}>
        {words.send}
      </Button>
    </form>
  );
}

/** Assignment and resolve/reopen on the staff thread page (dense, keyboard friendly). */
export function ConversationControls({
  conversationId,
  status,
  assigneeId,
  userId,
  staff,
  words,
  errors,
}: {
  conversationId: string;
  status: "OPEN" | "PENDING" | "RESOLVED";
  assigneeId: string | null;
  userId: string;
  staff: { id: string; name: string }[];
  words: Record<"assignLabel" | "assignNone" | "takeOver" | "assign" | "resolve" | "pending" | "reopen", string>;
  errors: Record<string, string>;
}) {
  const router = useRouter();
  const [assignee, setAssignee] = useState(assigneeId ?? "");
  const { pending, error, run } = useSubmit();
  const done = () => router.refresh();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor="assignee" className="block text-sm font-medium">
            {words.assignLabel}
          </label>
          <select id="assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-2 py-1.5 text-sm">
            <option value="">{words.assignNone}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => assignAction({ conversationId, assigneeId: assignee || null }), done)}>
          {words.assign}
        </Button>
        {assigneeId !== userId ? (
          <Button size="sm" disabled={pending} onClick={() => run(() => assignAction({ conversationId, assigneeId: userId }), done)}>
            {words.takeOver}
          </Button>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        {status !== "RESOLVED" ? (
          <Button size="sm" disabled={pending} onClick={() => run(() => setStatusAction({ conversationId, status: "RESOLVED" }), done)}>
            {words.resolve}
          </Button>
        ) : (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => setStatusAction({ conversationId, status: "OPEN" }), done)}>
            {words.reopen}
          </Button>
        )}
        {status === "OPEN" ? (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => setStatusAction({ conversationId, status: "PENDING" }), done)}>
            {words.pending}
          </Button>
        ) : null}
      </div>
      {error ? <FormAlert>{textFor(errors, error, errors.unknown)}</FormAlert> : null}
    </div>
  );
}

/** Add or edit a canned answer; an unknown {variable} is refused at the field. */
export function CannedForm({
  canOffice,
  initial,
  words,
  errors,
}: {
  canOffice: boolean;
  initial?: { id: string; shortcut: string; body: string; scope: "mine" | "office" };
  words: Record<"shortcut" | "shortcutHint" | "body" | "scope" | "save" | "saved" | "mine" | "office", string>;
  errors: Record<string, string>;
}) {
  const router = useRouter();
  const [values, setValues] = useState({ shortcut: initial?.shortcut ?? "", body: initial?.body ?? "", scope: initial?.scope ?? ("mine" as "mine" | "office") });
  const [saved, setSaved] = useState(false);
  const { pending, error, fieldErrors, run } = useSubmit();
  const err = (k: string) => (fieldErrors[k] ? textFor(errors, fieldErrors[k], errors.unknown) : undefined);
  const prefix = initial?.id ?? "new";
  return (
    <form
      className="grid gap-3 sm:grid-cols-[12rem_1fr]"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(
          () => saveCannedAction({ ...values, id: initial?.id }),
          () => {
            setSaved(true);
            if (!initial) setValues({ shortcut: "", body: "", scope: values.scope });
            router.refresh();
          },
        );
      }}
    >
      <div className="space-y-3">
        <Field id={`${prefix}-shortcut`} label={words.shortcut} hint={words.shortcutHint} error={err("shortcut")} required>
          {(aria) => <Input {...aria} value={values.shortcut} onChange={(e) => setValues({ ...values, shortcut: e.target.value })} className="font-mono" />}
        </Field>
        {canOffice && !initial ? (
          <Field id={`${prefix}-scope`} label={words.scope}>
            {(aria) => (
              <Select {...aria} value={values.scope} onChange={(e) => setValues({ ...values, scope: e.target.value as "mine" | "office" })}>
                <option value="mine">{words.mine}</option>
                <option value="office">{words.office}</option>
              </Select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="space-y-2">
        <Field id={`${prefix}-body`} label={words.body} error={err("body")} required>
          {(aria) => <Textarea {...aria} rows={3} value={values.body} onChange={(e) => setValues({ ...values, body: e.target.value })} />}
        </Field>
        {error && Object.keys(fieldErrors).length === 0 ? <FormAlert>{textFor(errors, error, errors.unknown)}</FormAlert> : null}
        {saved ? <FormAlert tone="success">{words.saved}</FormAlert> : null}
        <Button size="sm" type="submit" disabled={pending}>
          {words.save}
        </Button>
      </div>
    </form>
  );
}

export function CannedDeleteButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const { pending, run } = useSubmit();
  return (
    <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => deleteCannedAction({ id }), () => router.refresh())}>
      {label}
    </Button>
  );
}
