// Letter templates for the demo letters of both kelurahan, and each office's letterhead.
// Idempotent: an admin's edits to an existing template or letterhead are kept.
import type { SeedContext } from "./base";
import type { SeedDb } from "./client";

const opening = "Yang bertanda tangan di bawah ini, {kantor}, Kecamatan Cibinong, Kabupaten Bogor, menerangkan dengan sebenarnya bahwa:";
const identity = "Nama: {nama}\nNIK: {nik}\nTempat, tanggal lahir: {ttl}\nJenis kelamin: {jenis_kelamin}\nAlamat: {alamat}";
const closing = "Demikian surat keterangan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.";

type SeedTemplate = { slug: string; code: string; title: string; body: string; approval: boolean; signer: "LURAH" | "SEKLUR" };

export const seedTemplates: SeedTemplate[] = [
  {
    slug: "surat-keterangan-domisili", code: "470", title: "Surat Keterangan Domisili", approval: true, signer: "LURAH",
    body: `${opening}\n\n${identity}\n\nadalah benar warga yang berdomisili di {alamat_domisili} sejak kurang lebih {lama_tinggal} tahun yang lalu.\n\nSurat keterangan ini diberikan untuk keperluan: {keperluan}.\n\n${closing}`,
  },
  {
    slug: "surat-keterangan-usaha", code: "510", title: "Surat Keterangan Usaha", approval: true, signer: "LURAH",
    body: `${opening}\n\n${identity}\n\nadalah benar memiliki usaha {jenis_usaha} dengan nama "{nama_usaha}" yang berlokasi di {alamat_usaha}, berjalan sejak {mulai_usaha} dengan {jumlah_pekerja} orang pekerja.\n\n${closing}`,
  },
  {
    slug: "surat-keterangan-tidak-mampu", code: "400", title: "Surat Keterangan Tidak Mampu", approval: true, signer: "LURAH",
    body: `${opening}\n\n${identity}\n\nadalah benar warga kami yang termasuk keluarga kurang mampu, dengan penghasilan keluarga {penghasilan} per bulan dan {tanggungan} orang tanggungan.\n\nSurat keterangan ini diberikan untuk {keperluan_sktm} pada {lembaga_tujuan}.\n\n${closing}`,
  },
  {
    slug: "surat-keterangan-kematian", code: "474.3", title: "Surat Keterangan Kematian", approval: true, signer: "LURAH",
    body: `${opening}\n\nNama: {nama_subjek}\nNIK: {nik_subjek}\n\ntelah meninggal dunia pada tanggal {tanggal_meninggal} di {tempat_meninggal} karena {sebab_kematian}.\n\nSurat keterangan ini dibuat atas permohonan {nama} (NIK {nik}), beralamat di {alamat}.\n\n${closing}`,
  },
  {
    slug: "surat-pengantar-nikah", code: "474.2", title: "Surat Pengantar Nikah", approval: false, signer: "SEKLUR",
    body: `${opening}\n\n${identity}\nStatus perkawinan: {status_perkawinan}\n\nbermaksud melangsungkan pernikahan dengan {nama_calon} pada tanggal {tanggal_akad} di {tempat_pencatatan}. Kami mohon kiranya yang bersangkutan dapat dilayani sebagaimana mestinya.\n\nDemikian surat pengantar ini dibuat untuk dipergunakan seperlunya.`,
  },
  {
    slug: "surat-pengantar-disdukcapil", code: "470", title: "Surat Pengantar", approval: false, signer: "SEKLUR",
    body: `${opening}\n\n${identity}\n\nadalah benar warga kami yang akan mengurus {jenis_layanan} pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor. Keterangan: {keterangan}.\n\nDemikian surat pengantar ini dibuat untuk dipergunakan seperlunya.`,
  },
  {
    slug: "surat-pengantar-pbg", code: "640", title: "Surat Pengantar Persetujuan Bangunan Gedung", approval: false, signer: "SEKLUR",
    body: `${opening}\n\n${identity}\n\nbermaksud mengajukan Persetujuan Bangunan Gedung (PBG) untuk bangunan {fungsi_bangunan} di {lokasi_bangunan}, luas tanah {luas_tanah} m² dan luas bangunan {luas_bangunan} m².\n\nDemikian surat pengantar ini dibuat untuk dipergunakan seperlunya.`,
  },
];

const signers: Record<string, Record<SeedTemplate["signer"], { position: string; name: string; nip: string }>> = {
  pakansari: {
    LURAH: { position: "Lurah Pakansari", name: "Drs. Hendra Wijaya, M.Si.", nip: "197203151998031004" },
    SEKLUR: { position: "Sekretaris Kelurahan Pakansari", name: "Rina Marlina, S.Sos.", nip: "198011202006042011" },
  },
  tengah: {
    LURAH: { position: "Lurah Tengah", name: "H. Asep Saepudin, S.IP.", nip: "197506102001121002" },
    SEKLUR: { position: "Sekretaris Kelurahan Tengah", name: "Dewi Kartika, S.E.", nip: "198304142009022003" },
  },
};

export async function seedLetters(db: SeedDb, ctx: SeedContext) {
  for (const key of ["pakansari", "tengah"] as const) {
    const office = await db.office.findUniqueOrThrow({ where: { id: ctx.offices[key].id }, select: { id: true, name: true, address: true, phone: true, email: true } });
    await db.letterSettings.upsert({
      where: { officeId: office.id },
      update: {},
      create: {
        officeId: office.id,
        numberPattern: "{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}",
        kopGovernment: "Pemerintah Kabupaten Bogor",
        kopParent: "Kecamatan Cibinong",
        kopName: office.name,
        kopAddress: office.address,
        kopContacts: [office.phone && `Telp. ${office.phone}`, office.email && `E-mail: ${office.email}`].filter(Boolean).join(" · ") || null,
      },
    });
    for (const t of seedTemplates) {
      const service = await db.service.findUnique({ where: { officeId_slug: { officeId: office.id, slug: t.slug } }, select: { id: true } });
      if (!service) continue;
      const signer = signers[key][t.signer];
      await db.letterTemplate.upsert({
        where: { serviceId: service.id },
        update: {},
        create: {
          officeId: office.id, serviceId: service.id, code: t.code, title: t.title, body: t.body,
          signerPosition: signer.position, signerName: signer.name, signerNip: signer.nip,
          signPlace: "Cibinong", qrPlacement: "LEFT", requiresApproval: t.approval,
        },
      });
    }
  }
}
