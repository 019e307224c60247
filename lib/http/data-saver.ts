import "server-only";
import { cookies, headers } from "next/headers";

// "Hemat data" (issue 16): on 2G/3G, pages leave out pictures that are not the point of the page.
// On by the phone's own data saver (Chrome sends `Save-Data: on`), or by the resident's choice
// (cookie set by POST /hemat-data), which wins either way.
export const DATA_SAVER_COOKIE = "hemat_data";

export function dataSaverFrom(choice: string | undefined, saveDataHeader: string | null): boolean {
  if (choice === "1") return true;
  if (choice === "0") return false;
  return saveDataHeader?.trim().toLowerCase() === "on";
}

export async function dataSaverOn(): Promise<boolean> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return dataSaverFrom(c.get(DATA_SAVER_COOKIE)?.value, h.get("save-data"));
}
