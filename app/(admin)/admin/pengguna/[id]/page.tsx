import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserAccountActions } from "@/components/admin/user-account-actions";
import { UserForm } from "@/components/admin/user-form";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listServicePoints, listUnits } from "@/lib/admin/data/offices";
import { isStaffAccount } from "@/lib/admin/policy";
import { getUserForAdmin, openWorkOf } from "@/lib/admin/data/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("editTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id } = await params;
  // Another office's account does not exist as far as this admin can tell.
  const user = await getUserForAdmin(actor, id);
  if (!user) notFound();
  const [t, tr, format, units, points] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common.roles"),
    getFormatter(),
    listUnits(actor),
    listServicePoints(actor),
  ]);
  const memberUnits = new Set(user.units.map((u) => u.unitId));
  const memberPoints = new Set(user.servicePoints.map((s) => s.servicePointId));
  return (
    <div className="space-y-6">
      <PageHeader
        title={user.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {tr(user.role)} {user.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>}
            <span>· {t("lastLogin")}: {user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "–"}</span>
          </span>
        }
        actions={<ButtonLink href="/admin/pengguna" variant="secondary">{t("backToList")}</ButtonLink>}
      />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("accountTitle")}</h2>
        <UserAccountActions userId={user.id} active={user.active} self={user.id === actor.userId} openWork={user.active ? await openWorkOf(actor, user.id) : null} />
      </Card>
      {!isStaffAccount(user) ? (
        <Card>
          <p className="text-sm text-slate-700">{t("residentNote")}</p>
          {user.profile ? (
            <Link href={`/petugas/warga/${user.profile.id}`} className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("openResident")}
            </Link>
          ) : null}
        </Card>
      ) : (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("editTitle")}</h2>
          <UserForm
            userId={user.id}
            initial={{
              name: user.name, email: user.email ?? "", phone: user.phone ?? "", role: user.role,
              unitIds: [...memberUnits], servicePointIds: [...memberPoints],
            }}
            // Inactive units stay listed while the account still belongs to them, so saving does not drop them silently.
            units={units.filter((u) => u.active || memberUnits.has(u.id)).map((u) => ({ id: u.id, label: `${u.code} · ${u.name}` }))}
            points={points.filter((p) => p.active || memberPoints.has(p.id)).map((p) => ({ id: p.id, label: p.name }))}
          />
        </Card>
      )}
    </div>
  );
}
