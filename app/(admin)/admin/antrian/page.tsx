import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminForm, Field, FieldError } from "@/components/antrian/admin-form";
import { Card, PageHeader } from "@/components/ui/card";
import { DateInput } from "@/components/ui/date-input";
import { formatDateText } from "@/lib/format/date";
import {
  addCounterAction, deleteClosureAction, deleteScheduleAction, saveCounterServicesAction, setCounterActiveAction, saveClosureAction, saveQueueServiceAction, saveScheduleAction, saveSettingsAction,
} from "@/lib/antrian/actions";
import { queueAdminData } from "@/lib/antrian/data/admin";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.admin"))("title") };
}

const input = "rounded border border-slate-400 px-2 py-1 text-sm";
const cell = "px-2 py-1";

export default async function QueueAdminPage() {
  const actor = await requireActor("queue.admin");
  const [t, td, d] = await Promise.all([getTranslations("antrian.admin"), getTranslations("common.dateInput"), queueAdminData(actor)]);
  const f = (k: string) => t(`fields.${k}`);
  const serviceName = (id: string | null) => d.services.find((s) => s.id === id)?.name ?? t("allServices");

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />

      <Card>
        <h2 className="text-lg font-semibold">{t("services")}</h2>
        <div className="mt-2 space-y-2">
          {[...d.services, null].map((s) => (
            <AdminForm key={s?.id ?? "new"} action={saveQueueServiceAction} submit={s ? t("save") : t("add")} resetOnSuccess={!s} className="flex flex-wrap items-end gap-2 border-b border-slate-100 pb-2">
              {s ? <input type="hidden" name="id" value={s.id} /> : null}
              <Field label={f("prefix")} name="prefix"><input name="prefix" defaultValue={s?.prefix ?? ""} maxLength={1} required className={`${input} w-12 uppercase`} /></Field>
              <Field label={f("name")} name="name"><input name="name" defaultValue={s?.name ?? ""} required className={`${input} w-72`} /></Field>
              <Field label={f("serviceId")} name="serviceId">
                <select name="serviceId" defaultValue={s?.serviceId ?? ""} className={`${input} w-56`}>
                  <option value="">—</option>
                  {d.catalogue.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                </select>
              </Field>
              <Field label={f("avgServiceMin")} name="avgServiceMin"><input name="avgServiceMin" type="number" min={1} defaultValue={s?.avgServiceMin ?? 10} className={`${input} w-20`} /></Field>
              <label className="flex items-center gap-1 text-sm">
                <input type="hidden" name="requireVerifiedRequest" value="off" />
                <input type="checkbox" name="requireVerifiedRequest" defaultChecked={s?.requireVerifiedRequest ?? false} />
                {f("requireVerifiedRequest")}
              </label>
            </AdminForm>
          ))}
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("schedules")}</h2>
        <table className="mt-2 w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr><th className={cell}>{f("queueServiceId")}</th><th className={cell}>{f("servicePointId")}</th><th className={cell}>{f("weekdays")}</th><th className={cell}>{f("startTime")}–{f("endTime")}</th><th className={cell}>{f("slotMinutes")}</th><th className={cell}>{f("quotaPerSlot")}</th><th className={cell}>{f("quotaPerDay")}</th><th /></tr>
          </thead>
          <tbody>
            {d.schedules.map((s) => (
              <tr key={s.id} className="border-t border-slate-100">
                <td className={cell}>{serviceName(s.queueServiceId)}</td>
                <td className={cell}>{s.servicePoint.name}</td>
                <td className={cell}>{s.weekdays.map((w) => t(`weekdayNames.${w}`)).join(", ")}</td>
                <td className={cell}>{s.startTime}–{s.endTime}</td>
                <td className={cell}>{s.slotMinutes}</td>
                <td className={cell}>{s.quotaPerSlot}</td>
                <td className={cell}>{s.quotaPerDay}</td>
                <td className={cell}>
                  <div className="flex flex-wrap items-start gap-2">
                    <details className="group">
                      <summary className="min-h-9 cursor-pointer rounded-lg border border-slate-300 px-3 py-1.5 text-sm">{t("edit")}</summary>
                      <ScheduleFields f={f} t={t} d={d} schedule={s} />
                    </details>
                    <AdminForm action={deleteScheduleAction} submit={t("delete")}><input type="hidden" name="id" value={s.id} /></AdminForm>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="mt-4 text-sm font-semibold">{t("addSchedule")}</h3>
        <ScheduleFields f={f} t={t} d={d} schedule={null} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("counters")}</h2>
          <ul className="mt-2 text-sm">
            {d.counters.map((c) => (
              <li key={c.id} className={`border-b border-slate-100 py-2 ${c.active ? "" : "text-slate-600"}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p>
                    {f("number")} {c.number} · {c.servicePoint.name} · {c.serviceIds.length ? c.serviceIds.map(serviceName).join(", ") : t("allServicesAtCounter")}
                    {c.active ? null : <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800">{t("counterInactive")}</span>}
                  </p>
                  <AdminForm action={setCounterActiveAction} submit={c.active ? t("deactivateCounter") : t("activateCounter")}>
                    <input type="hidden" name="counterId" value={c.id} />
                    <input type="hidden" name="active" value={c.active ? "false" : "true"} />
                  </AdminForm>
                </div>
                <AdminForm action={saveCounterServicesAction} submit={t("save")} className="mt-1 flex flex-wrap items-end gap-2">
                  <input type="hidden" name="counterId" value={c.id} />
                  <fieldset className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                    <legend className="text-xs font-medium text-slate-700">{t("counterServices", { n: c.number })}</legend>
                    {d.services.map((s) => (
                      <label key={s.id} className="flex min-h-9 items-center gap-1">
                        <input type="checkbox" name="serviceIds" value={s.id} defaultChecked={c.serviceIds.includes(s.id)} />
                        {s.prefix} · {s.name}
                      </label>
                    ))}
                    <FieldError name="serviceIds" />
                  </fieldset>
                </AdminForm>
              </li>
            ))}
          </ul>
          <AdminForm action={addCounterAction} submit={t("add")} resetOnSuccess className="mt-3 flex flex-wrap items-end gap-2">
            <Field label={f("servicePointId")} name="servicePointId"><select name="servicePointId" className={input}>{d.points.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select></Field>
            <Field label={f("number")} name="number"><input name="number" type="number" min={1} className={`${input} w-20`} required /></Field>
          </AdminForm>
        </Card>

        <Card>
          <h2 className="text-lg font-semibold">{t("closures")}</h2>
          {d.closures.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
          <ul className="mt-2 space-y-1 text-sm">
            {d.closures.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start gap-2 border-b border-slate-100 py-1">
                <p className="min-h-9 py-1.5">{formatDateText(c.date.toISOString().slice(0, 10))} · {serviceName(c.queueServiceId)} · {c.reason}</p>
                <details>
                  <summary className="min-h-9 cursor-pointer rounded-lg border border-slate-300 px-3 py-1.5 text-sm">{t("edit")}</summary>
                  <ClosureFields f={f} t={t} dw={{ pick: td("pick"), format: td("format") }} d={d} closure={c} />
                </details>
                <AdminForm action={deleteClosureAction} submit={t("delete")}><input type="hidden" name="id" value={c.id} /></AdminForm>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 text-sm font-semibold">{t("addClosure")}</h3>
          <ClosureFields f={f} t={t} dw={{ pick: td("pick"), format: td("format") }} d={d} closure={null} />
        </Card>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">{t("rules")}</h2>
        <AdminForm action={saveSettingsAction} submit={t("save")} className="mt-2 flex flex-wrap items-end gap-3">
          {(["checkInBeforeMin", "checkInAfterMin", "noShowLimit", "noShowWindowDays", "blockDays", "priorityEvery"] as const).map((k) => (
            <Field key={k} label={f(k)} name={k}><input name={k} type="number" min={0} defaultValue={d.rules[k]} className={`${input} w-24`} /></Field>
          ))}
        </AdminForm>
      </Card>
    </div>
  );
}

type AdminT = Awaited<ReturnType<typeof getTranslations<"antrian.admin">>>;
type AdminData = Awaited<ReturnType<typeof queueAdminData>>;

/** The schedule form: a new schedule, or (with `schedule`) the edit of one, prefilled. */
function ClosureFields({ f, t, dw, d, closure }: { f: (k: string) => string; t: AdminT; dw: { pick: string; format: string }; d: AdminData; closure: AdminData["closures"][number] | null }) {
  return (
    <AdminForm action={saveClosureAction} submit={closure ? t("save") : t("add")} resetOnSuccess={!closure} className="mt-2 flex flex-wrap items-end gap-2">
      {closure ? <input type="hidden" name="id" value={closure.id} /> : null}
      <Field label={f("date")} name="date">
        <DateInput compact name="date" aria-label={f("date")} required autoComplete="off" className={`${input} w-32`} pickLabel={dw.pick} placeholder={dw.format} defaultValue={closure ? closure.date.toISOString().slice(0, 10) : undefined} />
      </Field>
      <Field label={f("queueServiceId")} name="queueServiceId">
        <select name="queueServiceId" className={input} defaultValue={closure?.queueServiceId ?? ""}><option value="">{t("allServices")}</option>{d.services.map((s) => <option key={s.id} value={s.id}>{s.prefix} · {s.name}</option>)}</select>
      </Field>
      <Field label={f("reason")} name="reason"><input name="reason" required defaultValue={closure?.reason} className={input} /></Field>
    </AdminForm>
  );
}

function ScheduleFields({ f, t, d, schedule }: { f: (k: string) => string; t: AdminT; d: AdminData; schedule: AdminData["schedules"][number] | null }) {
  const days = ["1", "2", "3", "4", "5", "6", "7"];
  return (
    <AdminForm action={saveScheduleAction} submit={schedule ? t("save") : t("add")} className="mt-2 flex flex-wrap items-end gap-2">
      {schedule ? <input type="hidden" name="id" value={schedule.id} /> : null}
      <Field label={f("queueServiceId")} name="queueServiceId">
        <select name="queueServiceId" className={input} defaultValue={schedule?.queueServiceId}>{d.services.map((s) => <option key={s.id} value={s.id}>{s.prefix} · {s.name}</option>)}</select>
      </Field>
      <Field label={f("servicePointId")} name="servicePointId">
        <select name="servicePointId" className={input} defaultValue={schedule?.servicePointId}>{d.points.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>
      </Field>
      <fieldset className="flex flex-wrap gap-1 text-xs">
        <legend className="font-medium text-slate-700">{f("weekdays")}</legend>
        {days.map((w) => (
          <label key={w} className="flex items-center gap-0.5">
            <input type="checkbox" name="weekdays" value={w} defaultChecked={schedule ? schedule.weekdays.includes(Number(w)) : Number(w) <= 5} />
            {t(`weekdayNames.${w}`)}
          </label>
        ))}
        <FieldError name="weekdays" />
      </fieldset>
      <Field label={f("startTime")} name="startTime"><input name="startTime" type="time" defaultValue={schedule?.startTime ?? "08:00"} className={input} /></Field>
      <Field label={f("endTime")} name="endTime"><input name="endTime" type="time" defaultValue={schedule?.endTime ?? "12:00"} className={input} /></Field>
      <Field label={f("slotMinutes")} name="slotMinutes"><input name="slotMinutes" type="number" defaultValue={schedule?.slotMinutes ?? 30} className={`${input} w-20`} /></Field>
      <Field label={f("quotaPerSlot")} name="quotaPerSlot"><input name="quotaPerSlot" type="number" defaultValue={schedule?.quotaPerSlot ?? 4} className={`${input} w-20`} /></Field>
      <Field label={f("quotaPerDay")} name="quotaPerDay"><input name="quotaPerDay" type="number" defaultValue={schedule?.quotaPerDay ?? 30} className={`${input} w-20`} /></Field>
    </AdminForm>
  );
}
