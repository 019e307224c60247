import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./types";

/**
 * Loads the caller fresh from the database so deactivation and role changes apply at once. With
 * `session.authTime` (when the session signed in), a session older than the account's last
 * password change or reset is refused: a stolen session ends when the password is changed.
 */
export async function loadActor(userId: string, session?: { authTime: number }): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      officeId: true,
      active: true,
      passwordChangedAt: true,
      dataSaver: true,
      units: { select: { unitId: true } },
      servicePoints: { select: { servicePointId: true } },
      profile: { select: { id: true } },
    },
  });
  if (!user || !user.active) return null;
  if (session && user.passwordChangedAt && user.passwordChangedAt.getTime() > session.authTime) return null;
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    officeId: user.officeId,
    unitIds: user.units.map((u) => u.unitId),
    servicePointIds: user.servicePoints.map((s) => s.servicePointId),
    residentId: user.profile?.id ?? null,
    ip: null,
    userAgent: null,
    dataSaver: user.dataSaver,
  };
}
