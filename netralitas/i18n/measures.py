"""Names and definitions of what is measured and shown: measures, table columns, stages,
units, sources, the IKP and coverage."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "measure.waiting_over_limit": (
        "Rekomendasi menunggu PPK > {followup_limit} hari",
        "Recommendations waiting > {followup_limit} days",
    ),
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
    "measure.help.waiting_over_limit": (
        "ASN dengan rekomendasi sanksi yang belum dijatuhkan setelah lebih dari {followup_limit} hari, "
        "per tanggal register.",
        "ASN whose recommended sanction has waited more than {followup_limit} days, as of the register date.",
    ),
    "col.date": ("Tanggal", "Date"),
    "col.type": ("Jenis", "Type"),
    "col.title": ("Judul", "Title"),
    "col.region": ("Wilayah", "Region"),
    "col.reference": ("Nomor", "Number"),
    "col.rank": ("Peringkat", "Rank"),
    "col.previous": ("Pemilihan sebelumnya", "Previous election"),
    "col.change": ("Perubahan tindak lanjut", "Follow-up change"),
    "col.definition": ("Definisi", "Definition"),
    "col.licence": ("Lisensi", "Licence"),
    "col.used_for": ("Dipakai untuk", "Used for"),
    "col.events": ("Peristiwa", "Events"),
    "col.figures": ("Angka publikasi", "Figures"),
    "col.case_rows": ("Baris kasus", "Case rows"),
    "col.has_cases": ("Ada register kasus", "Has case register rows"),
    "col.population": ("Penduduk", "Population"),
    "col.boundary": ("Poligon", "Polygon"),
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
    "coverage.figures_and_events": ("Angka publikasi dan peristiwa", "Published figures and events"),
    "coverage.figures": ("Angka publikasi saja", "Published figures only"),
    "coverage.events": ("Peristiwa saja, belum ada angka", "Events only, no published figure yet"),
    "coverage.none": ("Belum ada catatan", "Nothing recorded yet"),
    "coverage.did_not_vote": ("Tidak ikut pemilihan ini", "Did not hold this election"),
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
    "ikp.what.scored": ("skor {score}, peringkat {rank}", "score {score}, rank {rank}"),
    "ikp.what.scored_unranked": ("skor {score}", "score {score}"),
    "ikp.what.listed": ("disebut tanpa skor", "named without a score"),
    "ikp.what.listed_ranked": ("disebut tanpa skor, urutan {rank}", "named without a score, position {rank}"),
    "source.ikp": ("Bawaslu, Indeks Kerawanan Pemilu (IKP)", "Bawaslu, election vulnerability index (IKP)"),
    "col.agreement": ("Kesesuaian sumber", "Sources agree?"),
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
}
