import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { AttachmentViewer } from "./attachment-viewer";
import type { StaffRequestDetail } from "@/lib/requests/data/staff/detail";
import { fieldDisplayValue } from "@/lib/requests/fields";

const dt = "text-xs font-medium uppercase tracking-wide text-slate-600";

/** The resident's personal data, the service's fields and the uploaded files, as staff need them. */
export async function RequestFacts({ request }: { request: StaffRequestDetail }) {
  const t = await getTranslations("staff.detail");
  const format = await getFormatter();
  const r = request.resident;
  const fieldReqs = request.service.requirements.filter((q) => q.kind === "FIELD");
  const docReqs = request.service.requirements.filter((q) => q.kind === "DOCUMENT");
  const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return (
    <>
      {request.subjectName ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("subject")}</h2>
          <p className="mb-3 text-xs text-slate-600">{t("subjectNotice")}</p>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-3" data-testid="request-subject">
            <div><dt className={dt}>{t("subjectName")}</dt><dd>{request.subjectName}</dd></div>
            <div><dt className={dt}>{t("subjectNik")}</dt><dd className="font-mono">{request.subjectNik}</dd></div>
            <div><dt className={dt}>{t("subjectRelation")}</dt><dd>{request.subjectRelation}</dd></div>
          </dl>
        </Card>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">{request.subjectName ? t("applicantData") : t("resident")}</h2>
        {r.visibility === "minimal" ? (
          // Registered at an office that does not serve this desk's residents: only the minimum (issue 17).
          <>
            <p className="mb-3 text-xs text-slate-600">{t("otherOfficeNotice", { office: r.officeName })}</p>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <div><dt className={dt}>{t("name")}</dt><dd>{r.fullName}</dd></div>
              <div><dt className={dt}>{t("nik")}</dt><dd className="font-mono">{r.nikMasked}</dd></div>
              <div><dt className={dt}>{t("registeredAt")}</dt><dd>{r.officeName}</dd></div>
              {request.contactPhone ? <div><dt className={dt}>{t("deskPhone")}</dt><dd>{request.contactPhone}</dd></div> : null}
              {request.contactEmail ? <div><dt className={dt}>{t("deskEmail")}</dt><dd>{request.contactEmail}</dd></div> : null}
            </dl>
          </>
        ) : (
        <>
        <p className="mb-3 text-xs text-slate-600">{t("personalDataNotice")}</p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div><dt className={dt}>{t("name")}</dt><dd>{r.fullName}</dd></div>
          <div><dt className={dt}>{t("nik")}</dt><dd className="font-mono">{r.nik}</dd></div>
          <div><dt className={dt}>{t("kk")}</dt><dd className="font-mono">{r.kkNumber}</dd></div>
          <div><dt className={dt}>{t("birth")}</dt><dd>{r.birthPlace}, {format.dateTime(r.birthDate, { dateStyle: "long", timeZone: "UTC" })}</dd></div>
          <div><dt className={dt}>{t("sex")}</dt><dd>{t(`sexes.${r.sex}`)}</dd></div>
          <div><dt className={dt}>{t("address")}</dt><dd>{r.address}, {t("rtRw", { rt: r.rt, rw: r.rw, kelurahan: r.kelurahan })}</dd></div>
          {r.phone ? <div><dt className={dt}>{t("phone")}</dt><dd>{r.phone}</dd></div> : null}
          {r.email ? <div><dt className={dt}>{t("email")}</dt><dd>{r.email}</dd></div> : null}
          {request.contactPhone ? <div><dt className={dt}>{t("deskPhone")}</dt><dd>{request.contactPhone}</dd></div> : null}
          {request.contactEmail ? <div><dt className={dt}>{t("deskEmail")}</dt><dd>{request.contactEmail}</dd></div> : null}
        </dl>
        </>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("fields")}</h2>
        {fieldReqs.length === 0 ? <p className="text-sm text-slate-600">{t("noFields")}</p> : (
          <dl className="grid grid-cols-1 gap-y-2 text-sm sm:grid-cols-2">
            {fieldReqs.map((q) => (
              <div key={q.id}><dt className={dt}>{q.label}</dt><dd>{fieldDisplayValue({ ...q, options: [] }, request.fields[q.code]) ?? "—"}</dd></div>
            ))}
          </dl>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("files")}</h2>
        <div className="mb-3">
          <AttachmentViewer
            files={docReqs.flatMap((q) => request.attachments.filter((a) => a.requirementId === q.id && a.current && a.file.mime.startsWith("image/")).map((a) => ({ id: a.file.id, name: a.file.originalName, label: q.label })))}
            labels={{ title: t("viewer.title"), prev: t("viewer.prev"), next: t("viewer.next"), position: t.raw("viewer.position") as string, open: t("viewer.open") }}
          />
        </div>
        {docReqs.length === 0 ? <p className="text-sm text-slate-600">{t("noFiles")}</p> : (
          <ul className="space-y-2 text-sm">
            {docReqs.map((q) => {
              const files = request.attachments.filter((a) => a.requirementId === q.id);
              const current = files.filter((a) => a.current);
              const older = files.filter((a) => !a.current);
              const original = request.originalChecks.find((c) => c.requirementId === q.id);
              return (
                <li key={q.id}>
                  <p className="font-medium">{q.label}</p>
                  {original ? (
                    <p className="text-green-800" data-testid={`original-${q.code}`}>
                      {t("originalChecked", { name: original.checkedBy.name, date: format.dateTime(original.checkedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                    </p>
                  ) : null}
                  {current.length === 0 ? (original ? null : <p className="text-slate-600">{t("missingFile")}</p>) : current.map((a) => (
                    <a key={a.id} href={`/api/files/${a.file.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                      {a.file.originalName} ({size(a.file.size)})
                    </a>
                  ))}
                  {older.length ? (
                    <details className="mt-1 text-xs">
                      <summary>{t("previousVersions")} ({older.length})</summary>
                      <ul className="ml-4 list-disc">
                        {older.map((a) => (
                          <li key={a.id}>
                            <a href={`/api/files/${a.file.id}`} className="text-brand-700 underline">{a.file.originalName}</a>{" "}
                            · {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
