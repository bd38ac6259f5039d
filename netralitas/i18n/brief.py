"""The printed brief's texts (python -m netralitas brief, the Brief page)."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "brief.some": ("sejumlah", "some"),
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
    "brief.m.waiting_over_limit": (
        "Rekomendasi menunggu PPK > {followup_limit} hari",
        "Recommendations waiting > {followup_limit} days",
    ),
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
        'Angka 1-{n} ditulis "disembunyikan" untuk melindungi data pribadi, begitu pula angka lain yang dapat '
        "membukanya lewat total atau selisih.",
        'Counts of 1-{n} read "hidden" to protect personal data, and so do other numbers a total or a '
        "difference could reveal them from.",
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
    "brief.after.persons": ("ASN dilaporkan (register)", "ASN reported (register)"),
    "brief.after.recommended": ("Rekomendasi sanksi (register)", "Sanction recommendations (register)"),
    "brief.after.sanctioned": ("Sanksi dijatuhkan PPK (register)", "Sanctions imposed by PPK (register)"),
}
