// Shared set-up for the complaint integration tests: the demo offices, accounts and categories
// (through the real seed code) and real actors loaded the way the app loads them.
import sharp from "sharp";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedClient } from "@/prisma/seed/client";
import { seedComplaints } from "@/prisma/seed/complaints";
import type { ComplaintContent } from "@/lib/complaints/schema";

export async function seedDemo(): Promise<SeedContext> {
  const client = seedClient();
  try {
    const ctx = await seedBase(client);
    await seedComplaints(client, ctx);
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

/** A phone photo whose EXIF says where it was taken. */
export async function photoWithGps(): Promise<Uint8Array> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: "#7a5" } })
    .jpeg()
    .withMetadata({
      exif: {
        IFD0: { Make: "TestPhone", Artist: "Siti Aminah" },
        IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 28/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 50/1 0/1" },
      },
    })
    .toBuffer();
}

export function content(overrides: Partial<ComplaintContent> & { categoryId: string }): ComplaintContent {
  return {
    classification: "PENGADUAN",
    title: "Lampu jalan mati di gang",
    description: "Lampu jalan di gang depan rumah mati sejak seminggu, gelap dan rawan.",
    locationText: "Gg. Kenanga RT 03/RW 05",
    privacy: "PUBLIK",
    ...overrides,
  };
}
