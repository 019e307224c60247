import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { ResidentTodos } from "@/lib/requests/data/resident";

const tones = {
  correction: "border-amber-300 bg-amber-50",
  overdue: "border-red-300 bg-red-50",
  confirm: "border-green-300 bg-green-50",
  resent: "border-sky-300 bg-sky-50",
} as const;

const MAX_SHOWN = 3;
const action = "inline-flex min-h-11 items-center rounded-lg px-3 font-semibold underline";

/** The resident's to-do list on their home page, most urgent first (corrections, then what they just sent, then late, then results to confirm); nothing when there is nothing to do. */
export async function TodoBanners({ todos }: { todos: ResidentTodos }) {
  const [t, format] = await Promise.all([getTranslations("requests.home.todo"), getFormatter()]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "");
  const items = [
    ...todos.correction.map((r) => ({ kind: "correction" as const, r, text: t("correction", { number: r.number ?? "", service: r.service.name }),
      links: [{ href: `/warga/permohonan/${r.id}/isi`, label: t("fix") }] })),
    ...todos.resent.map((r) => ({ kind: "resent" as const, r, text: t("resent", { number: r.number ?? "", service: r.service.name }),
      links: [{ href: `/warga/permohonan/${r.id}`, label: t("open") }] })),
    ...todos.overdue.map((r) => ({ kind: "overdue" as const, r, text: t("overdue", { number: r.number ?? "", service: r.service.name, date: date(r.dueAt) }),
      links: [{ href: `/warga/permohonan/${r.id}`, label: t("open") }, { href: "/warga/pengaduan/baru", label: t("complain") }] })),
    ...todos.confirm.map((r) => ({ kind: "confirm" as const, r, text: t("confirm", { number: r.number ?? "", service: r.service.name }),
      links: [{ href: `/warga/permohonan/${r.id}`, label: t("confirmLink") }] })),
  ];
  if (items.length === 0) return null;
  // A phone screen is short: the most urgent few, then the way to the rest.
  const shown = items.slice(0, MAX_SHOWN);
  const more = items.length - shown.length;
  return (
    <section aria-labelledby="todo">
      <h2 id="todo" className="mb-3 text-xl font-semibold">{t("title")}</h2>
      <ul className="space-y-3">
        {shown.map(({ kind, r, text, links }) => (
          <li key={`${kind}-${r.id}`} data-testid={`todo-${kind}`} className={`rounded-xl border p-4 ${tones[kind]}`}>
            <p className="font-medium text-slate-900">{t(`label.${kind}`)}</p>
            <p className="mt-1 text-slate-800 [overflow-wrap:anywhere]">{text}</p>
            <p className="mt-2 flex flex-wrap gap-x-2">
              {links.map((l) => <Link key={l.href} href={l.href} className={`${action} -ml-3 text-brand-800`}>{l.label}</Link>)}
            </p>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="mt-2">
          <Link href="/warga/permohonan" className={`${action} -ml-3 text-brand-800`}>{t("more", { count: more })}</Link>
        </p>
      ) : null}
    </section>
  );
}
