"""Texts of the news intake: extracting an event from an article and reviewing it."""

TEXTS: dict[str, tuple[str, str]] = {
    "news.paste": ("Tempel satu artikel", "Paste one article"),
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
    "news.too_long": (
        "Teks lebih dari {n} karakter ditolak: tempel satu artikel saja.",
        "Text over {n} characters is refused: paste one article only.",
    ),
    "news.binary": (
        "Teks ini berisi data biner, bukan artikel: tempel teks artikelnya.",
        "This text holds binary data, not an article: paste the article's text.",
    ),
}
