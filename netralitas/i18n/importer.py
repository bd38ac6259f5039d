"""Texts of the register importer: its page, its per-cell errors and its report."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "import.limit": ("Paling besar {n} MB.", "At most {n} MB."),
    "import.too_big": (
        "Berkas lebih dari {n} MB ditolak; pecah menjadi beberapa berkas.",
        "Files over {n} MB are refused; split it into several files.",
    ),
}
