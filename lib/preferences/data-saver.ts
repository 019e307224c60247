// "Hemat data" (issue 16): on 2G/3G, pages leave out pictures that are not the point of the page,
// photos are sent smaller, and nothing is loaded before it is asked for. Who decides, first wins:
// the account's own choice (saved on the user, so it follows the resident to another phone), then
// this phone's choice (cookie set by POST /hemat-data, also for signed-out visitors), then the
// phone's own data saver (Chrome sends `Save-Data: on`). Pure, so it is unit-tested.
export const DATA_SAVER_COOKIE = "hemat_data";

export type DataSaverSource = "account" | "device" | "saveData" | "none";
export type DataSaverState = { on: boolean; source: DataSaverSource };

export function dataSaverFrom(input: { account?: boolean | null; device?: string | undefined; saveData?: string | null }): DataSaverState {
  if (typeof input.account === "boolean") return { on: input.account, source: "account" };
  if (input.device === "1") return { on: true, source: "device" };
  if (input.device === "0") return { on: false, source: "device" };
  if (input.saveData?.trim().toLowerCase() === "on") return { on: true, source: "saveData" };
  return { on: false, source: "none" };
}

/** The longest side of a photo sent in hemat data mode (otherwise the server's MAX_IMAGE_SIDE). */
export const DATA_SAVER_IMAGE_SIDE = 1280;
