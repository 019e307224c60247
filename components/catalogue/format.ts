// Display helpers shared by the catalogue and the request pages (server and client).

const rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });

export function formatRupiah(value: number): string {
  return rupiah.format(value);
}

/** 5120 → "5 MB", 500 → "500 KB" */
export function formatSizeKb(kb: number): string {
  return kb >= 1024 ? `${Math.round((kb / 1024) * 10) / 10} MB`.replace(".", ",") : `${kb} KB`;
}

export function formatBytes(bytes: number): string {
  return formatSizeKb(Math.max(1, Math.round(bytes / 1024)));
}
