import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getActor } from "@/lib/auth";
import { DATA_SAVER_COOKIE, dataSaverFrom, type DataSaverState } from "@/lib/preferences/data-saver";

/** This request's "hemat data" mode and who decided it (lib/preferences/data-saver). */
export const dataSaverState = cache(async (): Promise<DataSaverState & { device: "1" | "0" | null; account: boolean | null }> => {
  const [c, h, actor] = await Promise.all([cookies(), headers(), getActor()]);
  const device = c.get(DATA_SAVER_COOKIE)?.value;
  const account = actor?.dataSaver ?? null;
  return { ...dataSaverFrom({ account, device, saveData: h.get("save-data") }), device: device === "1" || device === "0" ? device : null, account };
});

export async function dataSaverOn(): Promise<boolean> {
  return (await dataSaverState()).on;
}
