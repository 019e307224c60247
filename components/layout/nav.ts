import { can, type Role } from "@/lib/auth/policy";

// Links of each audience's area; labels are keys under common.nav.
/** `badge: "unread"` shows the live unread-conversations count beside the link. */
export type NavKey = { href: string; key: string; badge?: "unread" };

export const residentNav: NavKey[] = [
  { href: "/warga", key: "home" },
  { href: "/layanan", key: "services" },
  { href: "/warga/permohonan", key: "myRequests" },
  { href: "/warga/antrian", key: "myQueue" },
  { href: "/warga/pengaduan", key: "myComplaints" },
  { href: "/warga/percakapan", key: "conversations", badge: "unread" },
  { href: "/warga/kritik-saran", key: "feedback" },
  { href: "/bantuan", key: "help" },
  { href: "/profil", key: "profile" },
];

/**
 * The resident's bottom tab bar on phones: the main destinations plus "Lainnya" (more), which
 * holds every other resident link (new ones added to residentNav land there by themselves).
 */
export type TabIcon = "home" | "requests" | "complaints" | "queue" | "more";
export type TabKey = { href: string; key: string; icon: TabIcon };

export const residentTabs: TabKey[] = [
  { href: "/warga", key: "tabHome", icon: "home" },
  { href: "/warga/permohonan", key: "tabRequests", icon: "requests" },
  { href: "/warga/pengaduan", key: "tabComplaints", icon: "complaints" },
  { href: "/warga/antrian", key: "tabQueue", icon: "queue" },
  { href: "/warga/lainnya", key: "more", icon: "more" },
];

/** The resident links that are not a tab of their own: listed on /warga/lainnya. */
export const residentMore: NavKey[] = residentNav.filter((n) => !residentTabs.some((t) => t.href === n.href));

export function tabsFor(role: Role | null): TabKey[] | null {
  // The tab bar belongs to whoever has a resident's own area (the policy map decides, not a role name).
  return role && can(role, "resident.self") ? residentTabs : null;
}

export const staffNav: NavKey[] = [
  { href: "/petugas", key: "home" },
  { href: "/petugas/permohonan", key: "requestQueue" },
  { href: "/petugas/permohonan/baru", key: "walkIn" },
  { href: "/petugas/antrian", key: "queueCounter" },
  { href: "/petugas/pengaduan", key: "complaintQueue" },
  { href: "/petugas/percakapan", key: "conversations", badge: "unread" },
  { href: "/petugas/kritik-saran", key: "feedback" },
  { href: "/petugas/warga", key: "residents" },
];

export const supervisorNav: NavKey[] = [
  { href: "/pimpinan", key: "dashboard" },
  { href: "/pimpinan/skm", key: "skmReport" },
  { href: "/pimpinan/persetujuan", key: "letterApprovals" },
  { href: "/petugas/permohonan", key: "requestQueue" },
  { href: "/petugas/pengaduan", key: "complaintQueue" },
  { href: "/petugas/percakapan", key: "conversations", badge: "unread" },
  { href: "/petugas/kritik-saran", key: "feedback" },
];

export const adminNav: NavKey[] = [
  { href: "/admin", key: "admin" },
  { href: "/admin/kantor", key: "offices" },
  { href: "/admin/pengguna", key: "users" },
  { href: "/admin/layanan", key: "catalogue" },
  { href: "/admin/berita", key: "adminNews" },
  { href: "/admin/tanya-jawab", key: "adminFaq" },
  { href: "/admin/hari-libur", key: "holidays" },
  { href: "/admin/antrian", key: "queueAdmin" },
  { href: "/admin/kategori-pengaduan", key: "complaintCategories" },
  { href: "/admin/survei", key: "survey" },
  { href: "/admin/surat", key: "letterTemplates" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/notifikasi-gagal", key: "failedNotifications" },
  { href: "/admin/templat-notifikasi", key: "notificationTemplates" },
  { href: "/admin/kotak-surat", key: "mailbox" },
  { href: "/pimpinan", key: "dashboard" },
  { href: "/petugas/permohonan", key: "requestQueue" },
  { href: "/petugas/percakapan", key: "conversations", badge: "unread" },
];

export const publicNav: NavKey[] = [
  { href: "/", key: "home" },
  { href: "/layanan", key: "services" },
  { href: "/berita", key: "news" },
  { href: "/bantuan", key: "help" },
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
