// Display helpers shared by the catalogue and the request pages (server and client).

// Amounts: the one formatter of lib/format/number ("Rp 1.500.000").
export { formatRupiah } from "@/lib/format/number";

/** 5120 → "5 MB", 500 → "500 KB" */
export function formatSizeKb(kb: number): string {
  return kb >= 1024 ? `${Math.round((kb / 1024) * 10) / 10} MB`.replace(".", ",") : `${kb} KB`;
}

export function formatBytes(bytes: number): string {
  return formatSizeKb(Math.max(1, Math.round(bytes / 1024)));
}
