import type { MetadataRoute } from "next";

// The installable web app (issue 16). Indonesian first: most residents install it from the
// Indonesian pages; the words do not depend on the visitor's language so every install is alike.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/warga",
    name: "Layanan Warga",
    short_name: "Layanan Warga",
    description: "Ajukan surat, laporkan pengaduan, dan pantau antrean kantor kelurahan dari ponsel Anda.",
    lang: "id",
    start_url: "/warga",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0f7a5c",
    categories: ["government", "utilities"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Ajukan permohonan", short_name: "Ajukan", url: "/layanan", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: "Pengaduan", url: "/warga/pengaduan/baru", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: "Antrean saya", short_name: "Antrean", url: "/warga/antrian", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
    ],
  };
}
