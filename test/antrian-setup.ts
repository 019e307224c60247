// Shared set-up for the antrian (queue) integration tests: the demo offices through the real seed code,
// real actors, and helpers to find an open working day and make many residents quickly.
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { seedAntrian } from "@/prisma/seed/antrian";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { seedClient } from "@/prisma/seed/client";
import { isoWeekday, nextDays } from "@/lib/antrian/slots";

export async function seedDemo(): Promise<SeedContext> {
  const client = seedClient();
  try {
    const ctx = await seedBase(client);
    const catalogue = await seedCatalogue(client, ctx);
    await seedAntrian(client, ctx, catalogue);
    return ctx;
  } finally {
    await client.$disconnect();
  }
}

export async function actor(userId: string): Promise<Actor> {
  const loaded = await loadActor(userId);
  if (!loaded) throw new Error(`no actor ${userId}`);
  return { ...loaded, ip: "127.0.0.1", userAgent: "vitest" };
}

/** Open weekdays (Mon–Fri, not an office holiday) from tomorrow on. */
export async function openDays(officeId: string, count: number): Promise<string[]> {
  const holidays = new Set((await db.holiday.findMany({ where: { officeId }, select: { date: true } })).map((h) => h.date.toISOString().slice(0, 10)));
  return nextDays(jakartaDateKey(new Date()), 60).slice(1).filter((d) => isoWeekday(d) <= 5 && !holidays.has(d)).slice(0, count);
}

/** `n` residents of an office with accounts, as actors (built directly: loading 100 through next-auth adds nothing). */
export async function makeResidents(officeId: string, n: number, tag: string): Promise<Actor[]> {
  const out: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const user = await db.user.create({ data: { officeId, role: "RESIDENT", name: `Warga ${tag} ${i}`, passwordHash: "x" } });
    const nik = `3201${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}${String(i).padStart(6, "0")}`.slice(0, 16);
    const profile = await db.residentProfile.create({
      data: { userId: user.id, officeId, nik, kkNumber: "3201010101150099", fullName: user.name, birthPlace: "Bogor", birthDate: new Date("1990-01-01"), sex: "L", address: "Jl. Uji", rt: "001", rw: "001", kelurahan: "Pakansari" },
    });
    out.push({ userId: user.id, name: user.name, role: "RESIDENT", officeId, unitIds: [], servicePointIds: [], residentId: profile.id, ip: null, userAgent: null });
  }
  return out;
}

/** The instant at `time` WIB on day `key`. */
export const wib = (key: string, time: string) => new Date(`${key}T${time}:00+07:00`);
