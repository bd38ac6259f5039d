"""Texts of sign-in, roles, the data-use agreement and the audit trail."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "privacy.note": (
        'Angka 1-{n} ditulis "disembunyikan", begitu pula angka lain yang dapat membukanya lewat total atau selisih.',
        'Counts from 1 to {n} read "hidden", and so does any other count a total or a difference could '
        "reveal them from.",
    ),
    "audit.admin_only": ("Log audit hanya untuk admin.", "The audit log is for admins only."),
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
}
