// The services every seeded kelurahan publishes, with real-world requirements (persyaratan).
import { doc, field, kk, keperluan, ktp, pasFoto2x3, pengantarRtRw, tandaTangan, type SeedRequirement } from "./requirements";

export type SeedService = {
  slug: string;
  name: string;
  unit: "PEM" | "KESSOS" | "EKBANG" | "TRANTIB";
  summary: string;
  procedure: string[];
  durationValue: number;
  durationUnit: "WORKING_DAYS" | "HOURS" | "MINUTES";
  feeRupiah?: number;
  product: string;
  legalBasis: string;
  digitalResult: boolean;
  /** Who it may be requested for; default oneself or a KK member. */
  subjectTargets?: ("SELF" | "HOUSEHOLD" | "OTHER")[];
  requirements: SeedRequirement[];
};

const UU25 = "UU No. 25 Tahun 2009 tentang Pelayanan Publik; PermenPANRB No. 15 Tahun 2014 tentang Pedoman Standar Pelayanan";

const letterProcedure = (signer: string, finish: string) => [
  "Pemohon mengisi formulir permohonan secara daring (atau di loket) dan mengunggah persyaratan.",
  "Petugas memeriksa kelengkapan dan keabsahan berkas. Bila ada yang kurang, pemohon diminta memperbaiki melalui aplikasi.",
  "Petugas menyiapkan konsep surat sesuai data pemohon.",
  `${signer} memeriksa dan menandatangani surat.`,
  finish,
];
const pickUp = "Surat diambil pemohon di loket kelurahan dengan menunjukkan KTP-el asli dan nomor registrasi.";
const download = "Surat elektronik dapat diunduh pemohon dari aplikasi; salinan bertanda tangan basah dapat diambil di loket bila diperlukan.";

export const seedServices: SeedService[] = [
  {
    slug: "surat-pengantar-disdukcapil",
    name: "Surat Pengantar ke Disdukcapil (KTP-el/KK)",
    unit: "PEM",
    summary: "Surat pengantar kelurahan untuk mengurus pembuatan atau perubahan KTP-el dan Kartu Keluarga di Dinas Kependudukan dan Pencatatan Sipil.",
    procedure: letterProcedure("Sekretaris Lurah", pickUp),
    durationValue: 1,
    durationUnit: "WORKING_DAYS",
    product: "Surat Pengantar ke Disdukcapil Kabupaten Bogor",
    legalBasis: `${UU25}; UU No. 24 Tahun 2013 tentang Administrasi Kependudukan; Perpres No. 96 Tahun 2018`,
    digitalResult: false,
    requirements: [
      field("jenis_layanan", "Layanan Disdukcapil yang akan diurus", "CHOICE", {
        options: ["Pembuatan KTP-el baru", "Perubahan data KTP-el", "KTP-el hilang/rusak", "Pembuatan KK baru", "Perubahan/penambahan anggota KK"],
      }),
      field("keterangan", "Keterangan tambahan", "TEXTAREA", { required: false, description: "Misalnya data yang berubah (alamat, status perkawinan, pekerjaan)." }),
      pengantarRtRw,
      kk,
      ktp,
      doc("dokumen_pendukung", "Dokumen pendukung perubahan data", {
        required: false,
        description: "Akta kelahiran, buku nikah/akta perkawinan, ijazah, atau surat keterangan hilang dari kepolisian, sesuai perubahan yang diminta.",
      }),
    ],
  },
  {
    slug: "surat-keterangan-domisili",
    name: "Surat Keterangan Domisili",
    unit: "PEM",
    summary: "Surat keterangan bahwa pemohon benar bertempat tinggal di wilayah kelurahan, untuk keperluan bank, pekerjaan, sekolah, atau administrasi lainnya.",
    procedure: letterProcedure("Lurah", download),
    durationValue: 1,
    durationUnit: "WORKING_DAYS",
    product: "Surat Keterangan Domisili",
    legalBasis: UU25,
    digitalResult: true,
    requirements: [
      field("alamat_domisili", "Alamat tempat tinggal saat ini", "TEXTAREA", { description: "Nama jalan, nomor rumah, RT/RW." }),
      field("lama_tinggal", "Lama tinggal (tahun)", "NUMBER"),
      keperluan,
      pengantarRtRw,
      ktp,
      kk,
      tandaTangan,
    ],
  },
  {
    slug: "surat-keterangan-usaha",
    name: "Surat Keterangan Usaha (SKU)",
    unit: "EKBANG",
    summary: "Surat keterangan bahwa pemohon menjalankan usaha mikro/kecil di wilayah kelurahan, misalnya untuk pengajuan KUR atau izin usaha.",
    procedure: letterProcedure("Lurah", download),
    durationValue: 2,
    durationUnit: "WORKING_DAYS",
    product: "Surat Keterangan Usaha",
    legalBasis: `${UU25}; PP No. 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM`,
    digitalResult: true,
    requirements: [
      field("nama_usaha", "Nama usaha", "TEXT"),
      field("jenis_usaha", "Jenis usaha", "CHOICE", { options: ["Perdagangan/warung", "Kuliner", "Jasa", "Industri rumahan", "Pertanian/peternakan", "Lainnya"] }),
      field("alamat_usaha", "Alamat tempat usaha", "TEXTAREA"),
      field("mulai_usaha", "Usaha berjalan sejak", "DATE"),
      field("jumlah_pekerja", "Jumlah pekerja", "NUMBER", { required: false }),
      pengantarRtRw,
      ktp,
      kk,
      doc("foto_tempat_usaha", "Foto tempat usaha", {
        acceptTypes: ["image/jpeg", "image/png"],
        description: "Foto tampak depan tempat usaha yang memperlihatkan kegiatan usaha.",
        example: "Ambil foto langsung dengan kamera ponsel di lokasi usaha.",
      }),
    ],
  },
  {
    slug: "surat-pengantar-pbg",
    name: "Surat Pengantar PBG/IMB",
    unit: "EKBANG",
    summary: "Surat pengantar kelurahan untuk permohonan Persetujuan Bangunan Gedung (PBG, dahulu IMB) melalui SIMBG.",
    procedure: [
      "Pemohon mengisi formulir dan mengunggah persyaratan.",
      "Petugas memeriksa berkas dan, bila perlu, meninjau lokasi bersama Ketua RT/RW.",
      "Petugas menyiapkan surat pengantar dan keterangan tidak sengketa.",
      "Lurah menandatangani surat pengantar.",
      pickUp,
    ],
    durationValue: 3,
    durationUnit: "WORKING_DAYS",
    product: "Surat Pengantar Permohonan PBG dan Surat Keterangan Tanah Tidak Sengketa",
    legalBasis: `${UU25}; PP No. 16 Tahun 2021 tentang Peraturan Pelaksanaan UU No. 28 Tahun 2002 tentang Bangunan Gedung`,
    digitalResult: false,
    requirements: [
      field("lokasi_bangunan", "Lokasi bangunan", "TEXTAREA"),
      field("fungsi_bangunan", "Fungsi bangunan", "CHOICE", { options: ["Rumah tinggal", "Rumah toko (ruko)", "Tempat usaha", "Sosial/keagamaan"] }),
      field("luas_tanah", "Luas tanah (m²)", "NUMBER"),
      field("luas_bangunan", "Luas bangunan (m²)", "NUMBER"),
      pengantarRtRw,
      ktp,
      doc("bukti_tanah", "Fotokopi bukti kepemilikan tanah", { description: "Sertifikat, Akta Jual Beli (AJB), atau girik." }),
      doc("sppt_pbb", "Fotokopi SPPT PBB tahun berjalan dan bukti lunas"),
      doc("gambar_rencana", "Gambar rencana/denah bangunan", { required: false, maxSizeKb: 10240 }),
    ],
  },
  {
    slug: "surat-keterangan-tidak-mampu",
    name: "Surat Keterangan Tidak Mampu (SKTM)",
    unit: "KESSOS",
    summary: "Surat keterangan bagi keluarga kurang mampu untuk keringanan biaya pendidikan, kesehatan, atau bantuan sosial.",
    procedure: letterProcedure("Lurah", download),
    durationValue: 1,
    durationUnit: "WORKING_DAYS",
    product: "Surat Keterangan Tidak Mampu",
    legalBasis: `${UU25}; UU No. 13 Tahun 2011 tentang Penanganan Fakir Miskin`,
    digitalResult: true,
    requirements: [
      field("keperluan_sktm", "Keperluan", "CHOICE", { options: ["Pendidikan/beasiswa", "Kesehatan/berobat", "Bantuan sosial", "Keringanan biaya lainnya"] }),
      field("lembaga_tujuan", "Nama sekolah/rumah sakit/lembaga tujuan", "TEXT"),
      field("penghasilan", "Penghasilan keluarga per bulan (Rp)", "MONEY"),
      field("tanggungan", "Jumlah tanggungan keluarga", "NUMBER"),
      pengantarRtRw,
      ktp,
      kk,
      doc("foto_rumah", "Foto rumah tampak depan", { acceptTypes: ["image/jpeg", "image/png"], required: false }),
    ],
  },
  {
    slug: "surat-pengantar-nikah",
    name: "Surat Pengantar Nikah",
    unit: "KESSOS",
    summary: "Surat pengantar perkawinan (formulir model N1–N4) untuk pendaftaran nikah di KUA atau pencatatan perkawinan di Disdukcapil.",
    procedure: [
      "Calon pengantin mengisi formulir dan mengunggah persyaratan.",
      "Petugas memeriksa kelengkapan dan data calon pengantin.",
      "Petugas menyiapkan formulir pengantar perkawinan (N1–N4).",
      "Lurah menandatangani formulir pengantar.",
      "Formulir diambil di loket kelurahan oleh calon pengantin dengan menunjukkan KTP-el asli, lalu dibawa ke KUA.",
    ],
    durationValue: 2,
    durationUnit: "WORKING_DAYS",
    product: "Surat Pengantar Perkawinan (formulir model N1, N2, N3, N4)",
    legalBasis: `${UU25}; UU No. 1 Tahun 1974 tentang Perkawinan; PMA No. 20 Tahun 2019 tentang Pencatatan Pernikahan`,
    digitalResult: false,
    requirements: [
      field("nama_calon", "Nama calon pasangan", "TEXT"),
      field("tanggal_akad", "Rencana tanggal akad/pemberkatan", "DATE"),
      field("tempat_pencatatan", "Tempat pencatatan", "CHOICE", { options: ["KUA Kecamatan Cibinong", "KUA kecamatan lain", "Disdukcapil (non-muslim)"] }),
      field("status_perkawinan", "Status perkawinan pemohon", "CHOICE", { options: ["Belum kawin", "Cerai hidup", "Cerai mati"] }),
      pengantarRtRw,
      ktp,
      kk,
      doc("akta_kelahiran", "Fotokopi akta kelahiran"),
      pasFoto2x3,
      doc("ktp_orang_tua", "Fotokopi KTP-el kedua orang tua"),
      doc("akta_cerai", "Akta cerai atau akta kematian pasangan terdahulu", { required: false, description: "Hanya bagi duda/janda." }),
      doc("izin_orang_tua", "Surat izin orang tua", { required: false, description: "Bagi calon pengantin berusia di bawah 21 tahun." }),
    ],
  },
  {
    slug: "surat-keterangan-kematian",
    name: "Surat Keterangan Kematian",
    unit: "PEM",
    summary: "Surat keterangan kematian warga untuk penerbitan akta kematian, klaim asuransi, atau ahli waris.",
    procedure: letterProcedure("Lurah", download),
    durationValue: 1,
    durationUnit: "WORKING_DAYS",
    product: "Surat Keterangan Kematian",
    legalBasis: `${UU25}; UU No. 24 Tahun 2013 tentang Administrasi Kependudukan; Perpres No. 96 Tahun 2018`,
    digitalResult: true,
    // Never for the applicant: the deceased is a KK member or, often, someone outside the KK
    // (a parent on another card); the name and NIK of the deceased are asked as "untuk siapa".
    subjectTargets: ["HOUSEHOLD", "OTHER"],
    requirements: [
      field("tanggal_meninggal", "Tanggal meninggal", "DATE"),
      field("tempat_meninggal", "Tempat meninggal", "TEXT"),
      field("sebab_kematian", "Sebab kematian", "CHOICE", { options: ["Sakit biasa/tua", "Wabah penyakit", "Kecelakaan", "Lainnya"] }),
      pengantarRtRw,
      doc("surat_kematian_faskes", "Surat keterangan kematian dari rumah sakit/dokter/bidan", { required: false }),
      doc("ktp_almarhum", "Fotokopi KTP-el almarhum/almarhumah"),
      kk,
      doc("ktp_pelapor", "Fotokopi KTP-el pelapor"),
      doc("ktp_saksi", "Fotokopi KTP-el dua orang saksi"),
    ],
  },
  {
    slug: "legalisasi-dokumen",
    name: "Legalisasi Fotokopi Dokumen Kependudukan",
    unit: "PEM",
    summary: "Pengesahan fotokopi dokumen yang diterbitkan kelurahan. Layanan langsung di loket.",
    procedure: [
      "Pemohon datang ke loket membawa dokumen asli dan fotokopinya.",
      "Petugas mencocokkan fotokopi dengan dokumen asli.",
      "Petugas membubuhkan cap dan paraf, pejabat menandatangani legalisasi.",
    ],
    durationValue: 15,
    durationUnit: "MINUTES",
    product: "Fotokopi dokumen yang telah dilegalisasi",
    legalBasis: UU25,
    digitalResult: false,
    requirements: [
      field("jumlah_lembar", "Jumlah lembar yang dilegalisasi", "NUMBER"),
      doc("dokumen_asli", "Foto dokumen asli yang akan dilegalisasi", { description: "Dokumen asli tetap wajib dibawa ke loket." }),
    ],
  },
];

/** A service with a fee (retribusi), published only by Kelurahan Tengah. */
export const tengahExtras: SeedService[] = [
  {
    slug: "peminjaman-aula",
    name: "Peminjaman Aula Kelurahan",
    unit: "TRANTIB",
    summary: "Peminjaman aula kelurahan untuk kegiatan warga (rapat, pengajian, posyandu) di luar jam layanan.",
    procedure: [
      "Pemohon mengajukan permohonan paling lambat 5 hari kerja sebelum kegiatan.",
      "Petugas memeriksa jadwal aula.",
      "Pemohon membayar retribusi di loket dan menerima tanda terima.",
      "Petugas menerbitkan surat izin penggunaan aula.",
    ],
    durationValue: 2,
    durationUnit: "WORKING_DAYS",
    feeRupiah: 150_000,
    product: "Surat izin penggunaan aula kelurahan",
    legalBasis: `${UU25}; Perda Kabupaten Bogor tentang Pajak Daerah dan Retribusi Daerah`,
    digitalResult: true,
    requirements: [
      field("nama_kegiatan", "Nama kegiatan", "TEXT"),
      field("tanggal_kegiatan", "Tanggal kegiatan", "DATE"),
      field("jumlah_peserta", "Perkiraan jumlah peserta", "NUMBER"),
      ktp,
      doc("surat_permohonan", "Surat permohonan dari panitia/organisasi", { required: false }),
    ],
  },
];
