import type { Role } from "@/lib/auth/policy";

// Links of each audience's area; labels are keys under common.nav.
export type NavKey = { href: string; key: string };

export const residentNav: NavKey[] = [
  { href: "/warga", key: "home" },
  { href: "/layanan", key: "services" },
  { href: "/warga/permohonan", key: "myRequests" },
  { href: "/warga/pengaduan", key: "myComplaints" },
  { href: "/warga/kritik-saran", key: "feedback" },
  { href: "/profil", key: "profile" },
];

export const staffNav: NavKey[] = [
  { href: "/petugas", key: "home" },
  { href: "/petugas/permohonan", key: "requestQueue" },
  { href: "/petugas/permohonan/baru", key: "walkIn" },
  { href: "/petugas/pengaduan", key: "complaintQueue" },
  { href: "/petugas/kritik-saran", key: "feedback" },
  { href: "/petugas/warga", key: "residents" },
];

export const supervisorNav: NavKey[] = [
  { href: "/pimpinan", key: "dashboard" },
  { href: "/pimpinan/skm", key: "skmReport" },
  { href: "/petugas/permohonan", key: "requestQueue" },
  { href: "/petugas/pengaduan", key: "complaintQueue" },
  { href: "/petugas/kritik-saran", key: "feedback" },
];

export const adminNav: NavKey[] = [
  { href: "/admin", key: "admin" },
  { href: "/admin/kantor", key: "offices" },
  { href: "/admin/pengguna", key: "users" },
  { href: "/admin/layanan", key: "catalogue" },
  { href: "/admin/hari-libur", key: "holidays" },
  { href: "/admin/kategori-pengaduan", key: "complaintCategories" },
  { href: "/admin/survei", key: "survey" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/notifikasi-gagal", key: "failedNotifications" },
  { href: "/admin/templat-notifikasi", key: "notificationTemplates" },
  { href: "/admin/kotak-surat", key: "mailbox" },
  { href: "/pimpinan", key: "dashboard" },
  { href: "/petugas/permohonan", key: "requestQueue" },
];

export const publicNav: NavKey[] = [
  { href: "/", key: "home" },
  { href: "/layanan", key: "services" },
  { href: "/pengaduan", key: "complaintQueue" },
  { href: "/lacak", key: "track" },
  { href: "/statistik", key: "statistics" },
];

export function navFor(role: Role | null): NavKey[] {
  switch (role) {
    case "RESIDENT":
      return residentNav;
    case "STAFF":
      return staffNav;
    case "SUPERVISOR":
      return supervisorNav;
    case "ADMIN":
      return adminNav;
    default:
      return publicNav;
  }
}
