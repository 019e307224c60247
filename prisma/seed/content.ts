// Demo news, announcements and FAQ for Kelurahan Pakansari and Tengah (and one Kecamatan Cibinong
// announcement shared with both). Idempotent: items are keyed by slug; FAQ only when an office has none.
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";

const DAY = 24 * 60 * 60 * 1000;
type Cat = "BERITA" | "PENGUMUMAN" | "JADWAL_LAYANAN" | "LOWONGAN" | "KEGIATAN";
type NewsDef = { slug: string; title: string; summary: string; body: string; category: Cat; pinned?: boolean; staff?: boolean; shared?: boolean; draft?: boolean; publishDays: number; expireDays?: number };

const pakansariNews: NewsDef[] = [
  {
    slug: "jadwal-layanan-akhir-tahun-2026", category: "JADWAL_LAYANAN", pinned: true, publishDays: -2, expireDays: 40,
    title: "Jadwal layanan kantor kelurahan selama libur akhir tahun",
    summary: "Kantor tutup pada 24–25 Desember dan 31 Desember–1 Januari. Permohonan daring tetap bisa diajukan.",
    body: "Sehubungan dengan cuti bersama dan hari libur nasional, **layanan tatap muka** di Kantor Kelurahan Pakansari:\n\n- **24–25 Desember 2026**: tutup\n- **31 Desember 2026–1 Januari 2027**: tutup\n- Hari kerja lainnya: buka seperti biasa pukul 08.00–15.00 WIB\n\nPermohonan surat secara daring tetap dapat diajukan kapan saja melalui [menu Layanan](/layanan/kelurahan-pakansari). Permohonan yang masuk pada hari libur dihitung mulai hari kerja berikutnya.",
  },
  {
    slug: "perekaman-ktp-el-keliling-rw-05", category: "PENGUMUMAN", publishDays: -1, expireDays: 10,
    title: "Perekaman KTP-el keliling di Balai RW 05",
    summary: "Disdukcapil membuka perekaman KTP-el untuk warga yang baru berusia 17 tahun dan lansia, Sabtu pukul 08.00–12.00.",
    body: "Bekerja sama dengan Disdukcapil Kabupaten Bogor, perekaman KTP-el keliling diadakan di **Balai RW 05**.\n\nYang perlu dibawa:\n\n1. Fotokopi Kartu Keluarga\n2. Surat pengantar RT/RW (bila ada)\n\nPendaftaran di tempat, kuota 100 orang. Pertanyaan: hubungi loket kelurahan.",
  },
  {
    slug: "kerja-bakti-kali-cibinong", category: "KEGIATAN", publishDays: -6,
    title: "Kerja bakti membersihkan saluran air menjelang musim hujan",
    summary: "Warga RW 01–RW 08 diajak kerja bakti bersama pada Minggu pagi untuk mencegah banjir.",
    body: "Menjelang puncak musim hujan, kelurahan mengajak seluruh warga untuk **kerja bakti** membersihkan saluran air di lingkungan masing-masing.\n\nKarung sampah dan sarung tangan disediakan di setiap pos RW.",
  },
  {
    slug: "posyandu-balita-desember", category: "BERITA", publishDays: -12,
    title: "Posyandu balita bulan Desember: imunisasi dan penimbangan",
    summary: "Jadwal Posyandu per RW untuk bulan Desember, termasuk imunisasi lanjutan.",
    body: "Jadwal Posyandu bulan ini dapat dilihat di papan pengumuman setiap RW. Bawa **buku KIA** anak Anda.",
  },
  {
    slug: "lowongan-petugas-kebersihan-2026", category: "LOWONGAN", publishDays: -30, expireDays: -3,
    title: "Lowongan petugas kebersihan lingkungan (sudah ditutup)",
    summary: "Pendaftaran petugas kebersihan lingkungan kelurahan telah ditutup.",
    body: "Pendaftaran telah ditutup. Terima kasih atas minat warga.",
  },
  {
    slug: "rapat-koordinasi-petugas-loket", category: "PENGUMUMAN", staff: true, publishDays: -1, expireDays: 7,
    title: "Rapat koordinasi petugas loket dan pos RW",
    summary: "Jumat pukul 13.00 di aula kelurahan: evaluasi antrean dan waktu layanan bulan ini.",
    body: "Seluruh petugas loket dan pos layanan RW diminta hadir. Agenda:\n\n- Evaluasi waktu penyelesaian permohonan\n- Pengaduan yang melewati batas waktu\n- Persiapan layanan akhir tahun",
  },
  {
    slug: "pelatihan-umkm-januari", category: "KEGIATAN", draft: true, publishDays: 20,
    title: "Pelatihan pemasaran daring untuk UMKM",
    summary: "Draf: pelatihan untuk pelaku usaha mikro di Pakansari.",
    body: "Masih disiapkan.",
  },
];

const tengahNews: NewsDef[] = [
  {
    slug: "jadwal-layanan-akhir-tahun-2026", category: "JADWAL_LAYANAN", pinned: true, publishDays: -2, expireDays: 40,
    title: "Jam layanan Kelurahan Tengah di akhir tahun",
    summary: "Layanan tatap muka tutup pada cuti bersama; pengajuan daring tetap dibuka.",
    body: "Layanan tatap muka tutup pada **24–25 Desember** dan **31 Desember–1 Januari**. Pengajuan daring tetap dibuka di [Layanan](/layanan/kelurahan-tengah).",
  },
  {
    slug: "pembagian-bantuan-pangan", category: "PENGUMUMAN", publishDays: -3, expireDays: 5,
    title: "Pembagian bantuan pangan tahap IV",
    summary: "Penerima bantuan pangan diminta datang ke kantor kelurahan sesuai jadwal RW masing-masing dengan membawa KTP dan KK asli.",
    body: "Bawa **KTP dan KK asli**. Pengambilan diwakilkan wajib membawa surat kuasa.",
  },
];

const kecamatanNews: NewsDef[] = [
  {
    slug: "pelayanan-adminduk-sabtu", category: "PENGUMUMAN", shared: true, publishDays: -4, expireDays: 25,
    title: "Kecamatan Cibinong membuka layanan adminduk pada hari Sabtu",
    summary: "Selama Desember, layanan administrasi kependudukan di kantor kecamatan juga buka Sabtu pukul 08.00–12.00.",
    body: "Untuk mengurangi antrean, **layanan adminduk** (KK, KTP-el, akta) di Kantor Kecamatan Cibinong dibuka juga pada hari Sabtu selama bulan Desember.",
  },
];

type FaqDef = { question: string; answer: string; category: string; service?: string; views: number; yes: number; no: number };

const faqDefs: FaqDef[] = [
  {
    question: "Bagaimana cara pembuatan KTP-el untuk pertama kali?", category: "Kependudukan", service: "surat-pengantar-disdukcapil", views: 412, yes: 96, no: 7,
    answer: "Pembuatan KTP-el dilakukan di Disdukcapil atau kecamatan. Dari kelurahan Anda memerlukan **surat pengantar ke Disdukcapil**:\n\n1. Ajukan permohonan surat pengantar secara daring\n2. Unggah fotokopi KK\n3. Setelah surat selesai, datang ke Disdukcapil untuk perekaman\n\nUsia minimal 17 tahun atau sudah/pernah menikah.",
  },
  {
    question: "Apa syarat surat keterangan domisili?", category: "Surat keterangan", service: "surat-keterangan-domisili", views: 280, yes: 61, no: 5,
    answer: "Siapkan **fotokopi KTP dan KK** serta surat pengantar RT/RW. Surat selesai dalam 1 hari kerja bila persyaratan lengkap.",
  },
  {
    question: "Berapa biaya mengurus surat di kelurahan?", category: "Umum", views: 198, yes: 70, no: 2,
    answer: "Semua layanan surat di kelurahan **gratis (Rp0)**. Jika ada yang meminta bayaran, laporkan melalui menu [Pengaduan](/pengaduan).",
  },
  {
    question: "Bagaimana membuat surat keterangan usaha (SKU)?", category: "Surat keterangan", service: "surat-keterangan-usaha", views: 153, yes: 40, no: 4,
    answer: "Ajukan secara daring di menu Layanan. Lampirkan KTP, KK dan **foto tempat usaha**. Petugas dapat meninjau lokasi usaha.",
  },
  {
    question: "Permohonan saya diminta perbaikan, apa yang harus dilakukan?", category: "Umum", views: 95, yes: 30, no: 3,
    answer: "Buka **Permohonan saya**, pilih permohonan yang berstatus *perlu perbaikan*, baca catatan petugas, perbaiki dokumen atau isian, lalu kirim ulang. Batas waktu penyelesaian berhenti selama menunggu perbaikan.",
  },
  {
    question: "Apa syarat surat keterangan tidak mampu (SKTM)?", category: "Kesejahteraan sosial", service: "surat-keterangan-tidak-mampu", views: 120, yes: 33, no: 6,
    answer: "Fotokopi KTP dan KK, surat pengantar RT/RW, dan keterangan keperluan (sekolah, rumah sakit, dll.).",
  },
  {
    question: "Kapan jam layanan kantor kelurahan?", category: "Umum", views: 88, yes: 25, no: 1,
    answer: "Senin–Jumat pukul 08.00–15.00 WIB, kecuali hari libur nasional dan cuti bersama. Permohonan daring dapat diajukan kapan saja.",
  },
];

async function seedNews(db: SeedDb, officeId: string, authorId: string | null, defs: NewsDef[], now: number) {
  for (const d of defs) {
    await db.newsPost.upsert({
      where: { officeId_slug: { officeId, slug: d.slug } },
      update: {},
      create: {
        officeId, slug: d.slug, title: d.title, summary: d.summary, body: d.body, category: d.category,
        status: d.draft ? "DRAFT" : "PUBLISHED", visibility: d.staff ? "STAFF" : "PUBLIC", pinned: Boolean(d.pinned), showOnChildren: Boolean(d.shared),
        publishAt: d.draft ? null : new Date(now + d.publishDays * DAY),
        expireAt: d.expireDays === undefined ? null : new Date(now + d.expireDays * DAY),
        authorId,
        revisions: { create: { actorId: authorId, summary: "created", snapshot: { title: d.title, body: d.body } } },
      },
    });
  }
}

async function seedFaq(db: SeedDb, officeId: string) {
  if (await db.faqArticle.count({ where: { officeId } })) return;
  for (const f of faqDefs) {
    const service = f.service ? await db.service.findUnique({ where: { officeId_slug: { officeId, slug: f.service } }, select: { id: true } }) : null;
    await db.faqArticle.create({
      data: { officeId, question: f.question, answer: f.answer, category: f.category, serviceId: service?.id ?? null, status: "PUBLISHED", views: f.views, helpfulYes: f.yes, helpfulNo: f.no },
    });
  }
}

export async function seedContent(db: SeedDb, ctx: SeedContext) {
  const now = Date.now();
  await seedNews(db, ctx.offices.pakansari.id, ctx.users.admin, pakansariNews, now);
  await seedNews(db, ctx.offices.tengah.id, ctx.users.adminTengah, tengahNews, now);
  await seedNews(db, ctx.offices.kecamatan.id, null, kecamatanNews, now);
  await seedFaq(db, ctx.offices.pakansari.id);
  await seedFaq(db, ctx.offices.tengah.id);
}
