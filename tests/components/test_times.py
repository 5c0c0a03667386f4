"""Time expressions: found, typed and resolved against a pinned reference date (never the clock)."""

from __future__ import annotations

import pytest

from warta import Pipeline
from warta.components.segment import split_sentences
from warta.components.time_grammar import prev_word
from warta.components.times import find_times

TUE = "2024-10-29"  # a Tuesday; ISO week 2024-W44


def times_of(text: str, anchor: str | None = TUE):
    return find_times(text, split_sentences(text), anchor)


def pairs(text: str, anchor: str | None = TUE) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times_of(text, anchor)]


EXPLICIT = [
    ("Pertemuan digelar pada 29 Oktober 2024 di Jakarta.", TUE, "29 Oktober 2024", "2024-10-29"),
    ("Ia lahir pada 17 Agustus 1945 di Blitar.", TUE, "17 Agustus 1945", "1945-08-17"),
    ("Rapat lanjutan dijadwalkan 5 November.", TUE, "5 November", "2024-11-05"),
    ("Gempa mengguncang Cianjur, Senin (8/5/2023).", TUE, "Senin (8/5/2023)", "2023-05-08"),
    ("Polisi menangkap pelaku Kamis (24/10).", TUE, "Kamis (24/10)", "2024-10-24"),
    ("Banjir datang (8/5) malam.", "2023-05-10", "(8/5) malam", "2023-05-08TNI"),
    ("Harga minyak goreng melonjak pada Februari 2022.", TUE, "Februari 2022", "2022-02"),
    ("Pabrik itu berdiri sejak 2004.", TUE, "2004", "2004"),
    ("Krisis moneter tahun 1998 masih membekas.", TUE, "tahun 1998", "1998"),
    ("Perang Korea 1950-1953 berakhir dengan gencatan senjata.", TUE, "1950-1953", "1950/1953"),
    ("Proyek dikerjakan pada awal Oktober.", TUE, "awal Oktober", "2024-10"),
    ("Hasilnya diumumkan pertengahan Oktober 2024.", TUE, "pertengahan Oktober 2024", "2024-10"),
    ("Jembatan itu rampung akhir Oktober.", TUE, "akhir Oktober", "2024-10"),
    ("Target itu dicapai akhir 2023.", TUE, "akhir 2023", "2023"),
    ("Laba naik pada semester pertama 2022.", TUE, "semester pertama 2022", "2022-H1"),
    ("Ekonomi tumbuh 5 persen pada kuartal III.", TUE, "kuartal III", "2024-Q3"),
    ("Inflasi kuartal II/2025 melandai.", TUE, "kuartal II/2025", "2025-Q2"),
    ("Penjualan pada triwulan I 2023 turun.", TUE, "triwulan I 2023", "2023-Q1"),
    ("Ekspor membaik pada kuartal ketiga 2022.", TUE, "kuartal ketiga 2022", "2022-Q3"),
    ("Data Q3 2022 menunjukkan hal serupa.", TUE, "Q3 2022", "2022-Q3"),
    ("Kenaikan terjadi pada semester II tahun lalu.", TUE, "semester II tahun lalu", "2023-H2"),
    ("Ia menjabat anggota DPR periode 2019-2024.", TUE, "2019-2024", "2019/2024"),
    ("Produksi beras Januari-April 2024 turun.", TUE, "Januari-April 2024", "2024-01/2024-04"),
    ("Penjualan mobil sepanjang April hingga Juni melemah.", TUE, "April hingga Juni", "2024-04/2024-06"),
    ("Festival berlangsung 10-12 Juni 2024 di Solo.", TUE, "10-12 Juni 2024", "2024-06-10/2024-06-12"),
    ("Musim hujan November-Februari 2024 lebih basah.", TUE, "November-Februari 2024", "2023-11/2024-02"),
    ("Sidang dilanjutkan Rabu, 30 Oktober 2024.", TUE, "Rabu, 30 Oktober 2024", "2024-10-30"),
    ("Sidang digelar Senin, 8/5/2023 di Jakarta.", TUE, "Senin, 8/5/2023", "2023-05-08"),
    ("Ia lahir 12/03/1990 di Medan.", TUE, "12/03/1990", "1990-03-12"),
    ("Pertumbuhan ekonomi kuartal III-2024 melambat.", "2025-01-10", "kuartal III-2024", "2024-Q3"),
    ("Ia tiba di Jakarta pada Selasa malam, 9 Juli 2024.", TUE, "Selasa malam, 9 Juli 2024", "2024-07-09TNI"),
    ("Kapal berlabuh Rabu pagi, 10 Juli 2024.", TUE, "Rabu pagi, 10 Juli 2024", "2024-07-10TMO"),
    ("Uang dibagikan pada 26 November 2024 malam.", TUE, "26 November 2024 malam", "2024-11-26TNI"),
    ("Pada 1 Februari 2021, militer merebut kekuasaan.", TUE, "1 Februari 2021", "2021-02-01"),
    ("Rapat umum digelar pada 3 Des 2023.", TUE, "3 Des 2023", "2023-12-03"),
    ("Soeharto mundur pada 21 Mei 1998.", TUE, "21 Mei 1998", "1998-05-21"),
    ("Sidang digelar Kamis 17 Agustus 2023 di Jakarta.", TUE, "17 Agustus 2023", "2023-08-17"),
    ("Proklamasi dibacakan 17 Agustus 1945.", TUE, "17 Agustus 1945", "1945-08-17"),
    ("Sejak Januari, harga beras terus naik.", TUE, "Januari", "2024-01"),
    ("Inflasi pada Juni tercatat rendah.", TUE, "Juni", "2024-06"),
    ("Kasus ini bermula pada bulan Maret.", TUE, "bulan Maret", "2024-03"),
    ("Pemilu digelar pada 14 Februari 2024.", TUE, "14 Februari 2024", "2024-02-14"),
    ("Tren ini muncul pada tahun 1990-an.", TUE, "tahun 1990-an", "199"),
    ("Pada 2022, investasi Jepang mencapai puncaknya.", TUE, "2022", "2022"),
    ("Senin (8/5/23) siang, warga berkumpul di balai desa.", TUE, "Senin (8/5/23) siang", "2023-05-08TMI"),
    ("Kebakaran terjadi Jumat (21/6/2024) dini hari.", TUE, "Jumat (21/6/2024) dini hari", "2024-06-21TNI"),
    ("Rabu (21/8/2024) malam, KPK menangkap kepala dinas.", TUE, "Rabu (21/8/2024) malam", "2024-08-21TNI"),
    ("Sidang perdana digelar pada Kamis, 9 Januari 2025.", TUE, "Kamis, 9 Januari 2025", "2025-01-09"),
    ("Kunjungan terakhir dilakukan pada September 2023.", TUE, "September 2023", "2023-09"),
    ("Mereka menikah pada Mei 2010.", TUE, "Mei 2010", "2010-05"),
    ("Penurunan ini yang pertama sejak September 2024.", TUE, "September 2024", "2024-09"),
    ("JAKARTA, SELASA (29/10/2024) - Harga emas naik.", TUE, "SELASA (29/10/2024)", "2024-10-29"),
    ("Laporan keuangan terbit 30 September.", TUE, "30 September", "2024-09-30"),
    ("Pilkada serentak digelar 27 November mendatang.", "2024-06-09", "27 November", "2024-11-27"),
    ("Banjir melanda Luwu awal Mei lalu.", "2024-06-09", "awal Mei", "2024-05"),
    ("Kebijakan itu berlaku mulai Januari 2025.", TUE, "Januari 2025", "2025-01"),
    ("Kontrak diteken pada akhir Desember lalu.", "2025-01-15", "akhir Desember", "2024-12"),
    ("Ekonomi tumbuh pada kuartal II/2025, di atas kuartal sebelumnya.", TUE, "kuartal sebelumnya", "2025-Q1"),
    ("Laba kuartal lalu turun tajam.", TUE, "kuartal lalu", "2024-Q3"),
    ("Target kuartal ini tercapai.", TUE, "kuartal ini", "2024-Q4"),
    ("Klub itu juara pada musim 2019/2020.", TUE, "2019/2020", "2019/2020"),
    ("Putusan dismissal dibacakan awal Februari.", "2025-01-09", "awal Februari", "2025-02"),
    ("Seri berikutnya digelar pada akhir November.", "2023-11-13", "akhir November", "2023-11"),
    ("Inflasi turun dari 2,86 persen pada November.", "2024-01-16", "November", "2023-11"),
    ("Jalan itu ditargetkan rampung pada akhir Desember.", "2023-08-16", "akhir Desember", "2023-12"),
    ("Tarif baru berlaku Januari mendatang.", "2024-12-10", "Januari", "2025-01"),
    ("Penjualan naik sejak Desember.", "2025-01-15", "Desember", "2024-12"),
    ("Satgas menemukan gudang itu Kamis (11/1) malam.", "2024-01-16", "Kamis (11/1) malam", "2024-01-11TNI"),
    ("Pasar ramai menjelang Pemilu 14 Februari.", "2024-02-20", "14 Februari", "2024-02-14"),
]

RELATIVE = [
    ("Harga cabai turun hari ini.", TUE, "hari ini", "2024-10-29"),
    ("Menteri tiba di Bali kemarin.", TUE, "kemarin", "2024-10-28"),
    ("Hujan deras turun kemarin sore.", TUE, "kemarin sore", "2024-10-28TAF"),
    ("Kebakaran terjadi tadi malam.", TUE, "tadi malam", "2024-10-28TNI"),
    ("Hasil tes diumumkan besok.", TUE, "besok", "2024-10-30"),
    ("Jenazah dimakamkan lusa.", TUE, "lusa", "2024-10-31"),
    ("Kapal itu tenggelam kemarin lusa.", TUE, "kemarin lusa", "2024-10-27"),
    ("Tim berangkat besok pagi.", TUE, "besok pagi", "2024-10-30TMO"),
    ("Pasar sepi pagi ini.", TUE, "pagi ini", "2024-10-29TMO"),
    ("Laga digelar malam ini.", TUE, "malam ini", "2024-10-29TNI"),
    ("Rombongan tiba di Makassar pada hari Selasa.", TUE, "pada hari Selasa", "2024-10-29"),
    ("Gubernur mengatakan pada hari Senin bahwa jalan ditutup.", TUE, "pada hari Senin", "2024-10-28"),
    ("Menteri itu tiba di Moskow Selasa.", TUE, "Selasa", "2024-10-29"),
    ("Polisi menggerebek rumah itu Jumat.", TUE, "Jumat", "2024-10-25"),
    ("Harga telur sempat turun Rabu lalu.", TUE, "Rabu lalu", "2024-10-23"),
    ("Rapat dilanjutkan Senin depan.", TUE, "Senin depan", "2024-11-04"),
    ("Ia diperiksa Selasa lalu.", TUE, "Selasa lalu", "2024-10-22"),
    ("Sidang digelar Kamis mendatang.", TUE, "Kamis mendatang", "2024-10-31"),
    # a weekday said with the day it is: one expression, that day
    ("Hasil rapat diumumkan Rabu besok.", TUE, "Rabu besok", "2024-10-30"),
    ("Jenazah dimakamkan Kamis lusa.", TUE, "Kamis lusa", "2024-10-31"),
    ("Ia ditangkap Sabtu pekan lalu.", TUE, "Sabtu pekan lalu", "2024-10-26"),
    ("Kabinet bersidang Rabu pekan depan.", TUE, "Rabu pekan depan", "2024-11-06"),
    ("Presiden akan berkunjung ke Bali pada hari Kamis.", TUE, "pada hari Kamis", "2024-10-31"),
    ("Sidang akan dilanjutkan Senin.", TUE, "Senin", "2024-11-04"),
    ("PSSI telah memanggil kedua pihak pada hari Kamis.", "2025-02-14", "pada hari Kamis", "2025-02-13"),
    ("Harga naik sejak pekan lalu.", TUE, "pekan lalu", "2024-W43"),
    ("Komisi XI menggelar rapat pekan depan.", TUE, "pekan depan", "2024-W45"),
    ("Vaksinasi dimulai pekan ini.", TUE, "pekan ini", "2024-W44"),
    ("Ia dirawat sejak minggu lalu.", TUE, "minggu lalu", "2024-W43"),
    ("Uji coba digelar minggu depan.", TUE, "minggu depan", "2024-W45"),
    ("Kapal itu hilang dua pekan lalu.", TUE, "dua pekan lalu", "2024-W42"),
    ("Ia mengundurkan diri sepekan lalu.", TUE, "sepekan lalu", "2024-W43"),
    ("Harga bawang naik bulan lalu.", TUE, "bulan lalu", "2024-09"),
    ("Tarif baru berlaku bulan depan.", TUE, "bulan depan", "2024-11"),
    ("Inflasi bulan ini diperkirakan rendah.", TUE, "bulan ini", "2024-10"),
    ("Ia pindah ke Surabaya tiga bulan lalu.", TUE, "tiga bulan lalu", "2024-07"),
    ("Kredit tumbuh 10 persen tahun lalu.", TUE, "tahun lalu", "2023"),
    ("Kami tidak perlu impor beras tahun depan.", TUE, "tahun depan", "2025"),
    ("Target pertumbuhan tahun ini 5,2 persen.", TUE, "tahun ini", "2024"),
    ("APPI menempuh langkah serupa dua tahun lalu.", TUE, "dua tahun lalu", "2022"),
    ("Pabrik itu tutup setahun lalu.", TUE, "setahun lalu", "2023"),
    ("Jembatan itu runtuh lima tahun silam.", TUE, "lima tahun silam", "2019"),
    ("Korban hilang tiga hari lalu.", TUE, "tiga hari lalu", "2024-10-26"),
    ("Surat itu dikirim dua hari yang lalu.", TUE, "dua hari yang lalu", "2024-10-27"),
    ("Rapat digelar Kamis (24/10/2024). Sehari sebelumnya, massa berunjuk rasa.", TUE, "Sehari sebelumnya",
     "2024-10-23"),
    ("Rapat digelar Kamis (24/10/2024). Tiga hari sebelumnya, polisi berjaga.", TUE, "Tiga hari sebelumnya",
     "2024-10-21"),
    ("Ia diperiksa Kamis (24/10/2024) dan ditahan dua hari kemudian.", TUE, "dua hari kemudian", "2024-10-26"),
    ("Ia tiba Kamis (24/10/2024) dan keesokan harinya bertemu presiden.", TUE, "keesokan harinya", "2024-10-25"),
    ("Ia tiba Kamis (24/10/2024). Esok harinya ia bertemu presiden.", TUE, "Esok harinya", "2024-10-25"),
    ("Ia ditangkap Kamis (24/10/2024), dan besoknya dilepas.", TUE, "besoknya", "2024-10-25"),
    ("Ia ditangkap Kamis (24/10/2024) dan diperiksa besok.", TUE, "besok", "2024-10-30"),  # tomorrow, not the day after
    ("Harga naik Senin (15/1/2024). Sepekan sebelumnya harga masih rendah.", "2024-01-16", "Sepekan sebelumnya",
     "2024-01-08"),
    ("Dana ditahan sejak November tahun lalu.", "2025-02-14", "November tahun lalu", "2024-11"),
    ("Total suap Rp 2,3 miliar sejak awal tahun.", TUE, "awal tahun", "2024"),
    ("Proyek rampung akhir tahun ini.", TUE, "akhir tahun ini", "2024"),
    ("Tarif naik awal bulan depan.", TUE, "awal bulan depan", "2024-11"),
    ("Jalan itu macet akhir pekan lalu.", TUE, "akhir pekan lalu", "2024-W43-WE"),
    ("Pasar malam dibuka akhir pekan ini.", TUE, "akhir pekan ini", "2024-W44-WE"),
    ("Produksi 2023 turun dibanding tahun sebelumnya.", TUE, "tahun sebelumnya", "2022"),
    ("Defisit anggaran 2024 turun. Kata menteri, Senin (6/1/2025), penerimaan naik dari tahun sebelumnya.",
     "2025-01-07", "tahun sebelumnya", "2023"),
    ("Laga final digelar Minggu (27/10/2024).", TUE, "Minggu (27/10/2024)", "2024-10-27"),
    ('"Kami akan memanggil pemiliknya," kata Kapolsek saat dihubungi, Minggu.', TUE, "Minggu", "2024-10-27"),
    ('Kapolsek mengatakan, "Pemiliknya akan kami panggil Kamis."', TUE, "Kamis", "2024-10-31"),
    ("Rombongan itu tiba pada Minggu.", TUE, "Minggu", "2024-10-27"),
    ("Minggu lalu, harga beras naik.", TUE, "Minggu lalu", "2024-W43"),
    ("Warga mengungsi Minggu malam.", TUE, "Minggu malam", "2024-10-27TNI"),
    ("Pasar libur kemarin.", "2025-01-01", "kemarin", "2024-12-31"),
    ("DPR menggelar rapat pekan depan.", "2025-01-15", "pekan depan", "2025-W04"),
    ("DPR menggelar rapat pekan depan.", "2024-12-30", "pekan depan", "2025-W02"),
    ("Harga naik bulan lalu.", "2025-01-10", "bulan lalu", "2024-12"),
    ("Tarif naik tahun depan.", "2024-12-31", "tahun depan", "2025"),
    ("Pada hari Rabu, BI menahan suku bunga.", "2025-01-15", "Pada hari Rabu", "2025-01-15"),
    ("Tim kembali berlatih Kamis pagi.", TUE, "Kamis pagi", "2024-10-24TMO"),
    ("Tim akan kembali ke Jakarta Jumat pagi.", TUE, "Jumat pagi", "2024-11-01TMO"),
    ("Hasil sidang diumumkan siang ini.", TUE, "siang ini", "2024-10-29TMI"),
    ("Rumah itu terbakar kemarin malam.", TUE, "kemarin malam", "2024-10-28TNI"),
    ("Gempa susulan terasa dini hari tadi.", TUE, "dini hari tadi", "2024-10-29TNI"),  # the small hours: night
    ("Pengumuman disampaikan nanti malam.", TUE, "nanti malam", "2024-10-29TNI"),
    ("Hasilnya keluar sore nanti.", TUE, "sore nanti", "2024-10-29TAF"),
    ("Polisi menangkapnya tadi pagi.", TUE, "tadi pagi", "2024-10-29TMO"),
    ("Rombongan dijadwalkan bertolak besok siang.", "2024-03-22", "besok siang", "2024-03-23TMI"),
]

CLOCK = [
    ("Gempa terjadi Senin (10/6/2024) pukul 19.42 WIB.", TUE, "pukul 19.42 WIB", "2024-06-10T19:42+07:00"),
    ("Rapat dimulai pukul 10.30 WITA.", TUE, "pukul 10.30 WITA", "2024-10-29T10:30+08:00"),
    ("Pesawat mendarat di Jayapura pukul 07.15 WIT.", TUE, "pukul 07.15 WIT", "2024-10-29T07:15+09:00"),
    ("Bom jatuh sekitar pukul 07.15 waktu setempat.", TUE, "pukul 07.15 waktu setempat", "2024-10-29T07:15"),
    ("Acara dimulai pukul 19.00.", TUE, "pukul 19.00", "2024-10-29T19:00"),
    ("Pesta dimulai pukul 8 malam.", TUE, "pukul 8 malam", "2024-10-29T20:00"),
    ("Hujan reda pukul 3 sore.", TUE, "pukul 3 sore", "2024-10-29T15:00"),
    ("Toko buka pukul 10 pagi.", TUE, "pukul 10 pagi", "2024-10-29T10:00"),
    ("Salat Jumat selesai pukul 1 siang.", TUE, "pukul 1 siang", "2024-10-29T13:00"),
    ("Rapat selesai pukul 11 siang.", TUE, "pukul 11 siang", "2024-10-29T11:00"),
    ("Kereta tiba jam 10.30 WIB.", TUE, "jam 10.30 WIB", "2024-10-29T10:30+07:00"),
    ("Rupiah ditutup melemah pukul 16:00 WIB.", TUE, "pukul 16:00 WIB", "2024-10-29T16:00+07:00"),
    ("Penetapan berlangsung Sabtu (8/6/2024) malam.\nPendaftaran ditutup pukul 16.00 Wita.", "2024-06-09",
     "pukul 16.00 Wita", "2024-06-08T16:00+08:00"),
    ("Rapat digelar Senin (16/9/2024) dan berlangsung hingga malam hari.", "2024-09-17", "malam hari",
     "2024-09-16TNI"),
    ("Lalu lintas padat pada sore hari.", TUE, "sore hari", "2024-10-29TAF"),
    ('Penetapan berlangsung Sabtu (8/6/2024) malam. "Besok pagi kita bekerja," kata Zulhas.', "2024-06-09",
     "Besok pagi", "2024-06-09TMO"),
    ('"Hingga pagi ini ada 143 rumah rusak," kata Abdul, Selasa (11/6/2024).', "2024-06-11", "pagi ini",
     "2024-06-11TMO"),
    ("Rapat digelar Rabu (15/1/2025).\nPada pukul 15.00 WIB, rupiah melemah.", "2025-01-15", "pukul 15.00 WIB",
     "2025-01-15T15:00+07:00"),
    ("Serangan terjadi Senin (13/11/2023) pagi. Bom jatuh pukul 07.15 waktu setempat.", "2023-11-14",
     "pukul 07.15 waktu setempat", "2023-11-13T07:15"),
    ("Warga keluar rumah pukul 02.30 WIB.", TUE, "pukul 02.30 WIB", "2024-10-29T02:30+07:00"),
    ("Layanan dibuka pukul 10.00-12.00 WIB.", TUE, "pukul 10.00-12.00 WIB", "2024-10-29T10:00+07:00"),
    ("Antrean mengular hingga 14.00 WIB.", TUE, "14.00 WIB", "2024-10-29T14:00+07:00"),
    ("Dialog dimulai pukul 09.00 WIT.", TUE, "pukul 09.00 WIT", "2024-10-29T09:00+09:00"),
    # the day a span began ("sejak ...") is not the day of a clock time or a statement beside it
    ("Jembatan putus Kamis (24/10/2024) subuh. Arus deras sejak Rabu malam menghantam tiang sekitar pukul 04.10 WIB.",
     "2024-10-25", "pukul 04.10 WIB", "2024-10-24T04:10+07:00"),
    ("Kebakaran terjadi Senin (28/10/2024). Api menjalar pukul 05.20 WIB, setelah angin kencang sejak Minggu sore.",
     TUE, "pukul 05.20 WIB", "2024-10-28T05:20+07:00"),
    ("Air mulai surut sejak Minggu (27/10/2024) pukul 08.00 WIB.", TUE, "pukul 08.00 WIB",
     "2024-10-27T08:00+07:00"),
    ("Kebakaran terjadi Senin (28/10/2024). Petugas berjaga sejak Minggu malam. Api padam pukul 04.30 WIB.", TUE,
     "pukul 04.30 WIB", "2024-10-27T04:30+07:00"),  # a span begun in a sentence before still dates the next one
    ("Rapat digelar Senin (28/10/2024).\nUpah dibayar paling lambat Jumat (1/11/2024). Layanan pulih pukul 17.45 WIB.",
     TUE, "pukul 17.45 WIB", "2024-10-28T17:45+07:00"),  # a day to come dates no act told as done
    ("Rapat digelar Senin (28/10/2024).\nUpah dibayar Jumat (1/11/2024). Layanan akan pulih pukul 17.45 WIB.",
     TUE, "pukul 17.45 WIB", "2024-11-01T17:45+07:00"),
    ('Ia mengungsi sejak empat hari lalu. "Bantuan baru tiba kemarin siang," katanya.', TUE, "kemarin siang",
     "2024-10-28TMI"),
]

DURATIONS_AND_SETS = [
    ("Ia berlatih di Jepang selama enam minggu.", "selama enam minggu", "P6W", "DURATION"),
    ("Warga menunggu bantuan berbulan-bulan.", "berbulan-bulan", "PXM", "DURATION"),
    ("Warga menunggu bertahun-tahun.", "bertahun-tahun", "PXY", "DURATION"),
    ("Pertemuan berlangsung selama dua jam.", "selama dua jam", "PT2H", "DURATION"),
    ("Jalan ditutup selama 30 menit.", "selama 30 menit", "PT30M", "DURATION"),
    ("Ia berkuasa selama satu dekade.", "selama satu dekade", "P10Y", "DURATION"),
    ("Harga naik dalam dua pekan terakhir.", "dua pekan terakhir", "P2W", "DURATION"),
    ("Permintaan melonjak sepekan terakhir.", "sepekan terakhir", "P1W", "DURATION"),
    ("Pasar tumpah digelar setiap Jumat.", "setiap Jumat", "XXXX-WXX-5", "SET"),
    ("Ia wajib lapor tiap Senin.", "tiap Senin", "XXXX-WXX-1", "SET"),
    ("Kapal berangkat setiap hari.", "setiap hari", "P1D", "SET"),
    ("Festival itu digelar setiap tahun.", "setiap tahun", "P1Y", "SET"),
]


@pytest.mark.parametrize("text,anchor,span,value", EXPLICIT)
def test_times_explicit_dates(text, anchor, span, value):
    assert (span, value) in pairs(text, anchor)


@pytest.mark.parametrize("text,anchor,span,value", RELATIVE)
def test_times_relative_to_publication(text, anchor, span, value):
    assert (span, value) in pairs(text, anchor)


@pytest.mark.parametrize("text,anchor,span,value", CLOCK)
def test_times_clock_and_part_of_day(text, anchor, span, value):
    found = {t.text: t for t in times_of(text, anchor)}
    assert found[span].value == value
    assert found[span].type == "TIME"


@pytest.mark.parametrize("text,span,value,kind", DURATIONS_AND_SETS)
def test_times_durations_and_sets(text, span, value, kind):
    found = {t.text: t for t in times_of(text)}
    assert (found[span].value, found[span].type) == (value, kind)


NEVER = [
    ("Pentagon memperkirakan 10.000 pasukan dikerahkan.", "10.000"),
    ("Ia didenda Rp 1,5 juta oleh hakim.", "1,5"),
    ("Indeks ditutup di level 10.30 pada penutupan.", "10.30"),
    ("Tim itu menang dengan skor 10.30 atas lawannya.", "10.30"),
    ("Harga paket itu Rp 10.30 ribu.", "10.30"),
    ("Revisi UU Nomor 19 Tahun 2019 tentang KPK ditolak.", "2019"),
    ("Sesuai Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana.", "2007"),
    ("Aturan itu ada dalam PP Nomor 35 Tahun 2021.", "2021"),
    ("Hal itu diatur Perpres No. 5 Tahun 2020.", "2020"),
    ("Tim itu lolos ke Piala Dunia 2026 zona Asia.", "2026"),
    ("Kiki menjuarai Sirnas A DKI Jakarta 2023 di Ciracas.", "2023"),
    ("Standar System of National Accounts 2008 dipakai BPS.", "2008"),
    ("Indonesia menang 2-1 atas Vietnam.", "2-1"),
    ("Warga dapat menghubungi layanan 112.", "112"),
    ("Petugas berjaga selama 24 jam di posko.", "24 jam"),
    ("Pasangan nomor urut 2 unggul tipis.", "2"),
    ("Ia bekerja 3 jam sehari.", "3 jam"),
    ("Pasar tumpah digelar setiap Jumat.", "Jumat"),
    ("Gaji Tertunggak Tiga Minggu, Pemain Mogok", "Minggu"),
    ("Nomor registrasi 2024-2020 tercatat.", "2024-2020"),
    ("Kantornya di Jalan 17 Agustus, Manado.", "17 Agustus"),
    ("Laga digelar di Stadion 10 November Surabaya.", "10 November"),
    ("Papan itu menampilkan pukul 25.99 WIB.", "25.99"),
    ("Surat itu bertanggal 30 Februari.", "30 Februari"),
    ("Anak itu hilang selama tiga minggu.", "minggu"),
    ("Sebanyak 10 orang mengungsi ke balai desa.", "10"),
    ("Skor akhir 14.30 poin untuk tim tamu.", "14.30"),
    ("Tahun berganti, hari berlalu.", "hari"),
]


@pytest.mark.parametrize("text,forbidden", NEVER)
def test_times_never_read_as_a_date(text, forbidden):
    at = text.index(forbidden)
    dates = [t for t in times_of(text) if t.type in ("DATE", "TIME")]
    assert not [t for t in dates if t.start < at + len(forbidden) and at < t.end]


@pytest.mark.parametrize("text,value,flagged", [
    ("Gempa terjadi Selasa (8/5/2023).", "2023-05-08", True),
    ("Gempa terjadi Senin (8/5/2023).", "2023-05-08", False),
    ("Sidang digelar Kamis, 1 November 2024.", "2024-11-01", True),
    ("Sidang digelar Jumat, 1 November 2024.", "2024-11-01", False),
])
def test_times_weekday_contradicting_its_date_is_flagged(text, value, flagged):
    (t,) = times_of(text)
    assert t.value == value
    assert (t.warning is not None) == flagged


@pytest.mark.parametrize("text,span,value", [
    ("Rapat digelar Senin (8/5/2023). Besok hasilnya diumumkan.", "Besok", "2023-05-09"),
    ("Menteri tiba Senin (8/5/2023) dan bertolak pekan depan.", "pekan depan", "2023-W20"),
])
def test_times_without_publication_date_use_latest_explicit_date(text, span, value):
    found = {t.text: t for t in times_of(text, None)}
    assert found[span].value == value
    assert found[span].anchor == "2023-05-08"


@pytest.mark.parametrize("text,span", [
    ("Harga cabai naik besok.", "besok"),
    ("Rapat digelar Selasa lalu.", "Selasa lalu"),
])
def test_times_relative_values_stay_null_without_any_date(text, span):
    found = {t.text: t for t in times_of(text, None)}
    assert found[span].value is None


@pytest.mark.parametrize("text,span", [
    ("Korban sempat dirawat di puskesmas. Sehari kemudian, ia dirujuk ke rumah sakit.", "Sehari kemudian"),
    ("Banjir merendam dua desa. Dua hari kemudian, air mulai surut.", "Dua hari kemudian"),
    ("Tersangka dibawa ke Mapolres untuk diperiksa. Keesokan harinya, ia ditahan.", "Keesokan harinya"),
    ("Pabrik itu berhenti beroperasi. Sebulan kemudian, seluruh karyawan dirumahkan.", "Sebulan kemudian"),
    ("Polisi menangkap pelaku perampokan. Dua hari sebelumnya, ia merampok sebuah minimarket.", "Dua hari sebelumnya"),
    ("Gudang itu terbakar. Seminggu kemudian, polisi menetapkan tersangka. Keluarga korban tiba Jumat (25/10/2024).",
     "Seminggu kemudian"),
])
def test_times_counted_from_an_act_told_without_a_date_have_no_value(text, span):
    """The publication day is not the day of the act a sequel follows, nor is a date written after it."""
    found = {t.text: t for t in times_of(text)}
    assert found[span].value is None


@pytest.mark.parametrize("text,span,value", [
    ("Laporan diterima Senin (21/10/2024). Keesokan harinya, Selasa (22/10/2024), pelaku ditangkap.",
     "Keesokan harinya", "2024-10-22"),
    ("Ia ditangkap Senin (21/10/2024). Dua hari kemudian ia diperiksa. Keesokan harinya ia ditahan.",
     "Keesokan harinya", "2024-10-24"),
    ("Polisi menggerebek rumah itu kemarin. Sehari kemudian, pemiliknya menyerahkan diri.", "Sehari kemudian",
     "2024-10-29"),
])
def test_times_sequels_count_from_the_last_day_told_before(text, span, value):
    assert (span, value) in pairs(text)


@pytest.mark.parametrize("text,published,expected", [
    ("MEDAN - Menteri tiba pada hari Selasa. Ia meninjau pasar Rabu lalu.", "2024-10-29",
     [("pada hari Selasa", "2024-10-29"), ("Rabu lalu", "2024-10-23")]),
])
def test_times_component_in_pipeline(text, published, expected):
    article = Pipeline(["normalize", "segment", "metadata", "times"]).analyze(text, published=published)
    assert [(t.text, t.value) for t in article.times] == expected
    assert [t.id for t in article.times] == ["t1", "t2"]
    assert all(article.text[t.start:t.end] == t.text for t in article.times)
    assert all(t.anchor == published for t in article.times)


@pytest.mark.parametrize("before, word", [
    ("Piala Dunia ", "Dunia"),             # the word right before, separated by a space
    ("kata Budi   ", "Budi"),              # several spaces
    ("Jl. ", "Jl."),                       # an abbreviation keeps its period
    ("US$ ", "US$"),
    ("Jum'at pagi-pagi ", "pagi-pagi"),
    ("warga, ", ""),                       # after punctuation: no word
    ("(Antara) ", ""),
    ("tiba", ""),                          # no space before the offset
    ("Kata Budi \n", "Budi"),              # a line break right at the offset
    ("x" * 50 + " ", "x" * 39),            # only the 40 characters before the offset are read
])
def test_prev_word(before, word):
    text = before + "2024"
    assert prev_word(text, len(before)) == word
