"""Quotes: one row per Indonesian quote pattern, on hand-built articles (text, sentences, entities)."""

import pytest

from warta.components.quotes import extract_quotes
from warta.components.segment import split_sentences

from .quote_builders import entities, quotes_of, the_quote

# (text, entities, kind, speaker name, cue as written, first words of the content)
PATTERNS = [
    # -- direct, attribution after the quotation -------------------------------------------------------------------
    ('"Kami siap menghadapi banjir," kata Budi Santoso.', "Budi Santoso/Budi:PER",
     "direct", "Budi Santoso", "kata", "Kami siap menghadapi banjir"),
    ("\u201cKami siap menghadapi banjir,\u201d kata Budi.", "Budi Santoso/Budi:PER",
     "direct", "Budi Santoso", "kata", "Kami siap"),
    ('"Harga beras sudah turun," ujar Ani Wijaya di Jakarta, Senin (8/5/2023).', "Ani Wijaya:PER",
     "direct", "Ani Wijaya", "ujar", "Harga beras sudah turun"),
    ('"Kami tidak akan mundur," ucap Rudi kepada wartawan.', "Rudi Hartono/Rudi:PER",
     "direct", "Rudi Hartono", "ucap", "Kami tidak akan mundur"),
    ('"Semua berjalan lancar," tutur Siti seusai rapat.', "Siti Aminah/Siti:PER",
     "direct", "Siti Aminah", "tutur", "Semua berjalan lancar"),
    ('"Ini pelanggaran serius," ungkap Kapolres Bogor AKBP Rio Wahyu.', "Rio Wahyu:PER",
     "direct", "Rio Wahyu", "ungkap", "Ini pelanggaran serius"),
    ('"Gempa ini tidak berpotensi tsunami," jelas Daryono.', "Daryono:PER",
     "direct", "Daryono", "jelas", "Gempa ini"),
    ('"Tidak ada toleransi," tegas Kapolri Listyo Sigit Prabowo.', "Listyo Sigit Prabowo/Listyo:PER",
     "direct", "Listyo Sigit Prabowo", "tegas", "Tidak ada toleransi"),
    ('"Anggarannya sudah disiapkan," tambah Menteri Keuangan Sri Mulyani.', "Sri Mulyani:PER",
     "direct", "Sri Mulyani", "tambah", "Anggarannya sudah"),
    ('"Target kami realistis," imbuh Erick.', "Erick Thohir/Erick:PER",
     "direct", "Erick Thohir", "imbuh", "Target kami realistis"),
    ('"Prosesnya masih berjalan," lanjut Tessa.', "Tessa Mahardhika/Tessa:PER",
     "direct", "Tessa Mahardhika", "lanjut", "Prosesnya masih berjalan"),
    ('"Kita harus bersatu," pungkas Jokowi.', "Joko Widodo/Jokowi:PER",
     "direct", "Joko Widodo", "pungkas", "Kita harus bersatu"),
    ('"Datanya sudah kami serahkan," terang Amalia.', "Amalia Adininggar/Amalia:PER",
     "direct", "Amalia Adininggar", "terang", "Datanya sudah"),
    ('"Jumlahnya lebih dari seribu," sebut Rahmat.', "Rahmat Hidayat/Rahmat:PER",
     "direct", "Rahmat Hidayat", "sebut", "Jumlahnya lebih"),
    ('"Hingga pagi ini, 143 rumah rusak," papar Abdul dalam keterangan tertulis.', "Abdul Muhari/Abdul:PER",
     "direct", "Abdul Muhari", "papar", "Hingga pagi ini"),
    ('"Kami mohon maaf kepada suporter," tulis manajemen Persija.', "Persija:ORG",
     "direct", "Persija", "tulis", "Kami mohon maaf"),
    ('"Kami yang pertama menemukan obat ini," klaim Direktur PT Sehat Farma, Johan.',
     "Johan Pratama/Johan:PER; PT Sehat Farma:ORG", "direct", "Johan Pratama", "klaim", "Kami yang pertama"),
    ('"Saya memang menerima uang itu," akui Hendra di persidangan.', "Hendra Saputra/Hendra:PER",
     "direct", "Hendra Saputra", "akui", "Saya memang menerima"),
    ('"Itu fitnah," bantah Markus.', "Markus Simanjuntak/Markus:PER",
     "direct", "Markus Simanjuntak", "bantah", "Itu fitnah"),
    ('"Kami bangga pada pemain," katanya.', "", "direct", "katanya", "katanya", "Kami bangga"),
    ('"Apakah ASEAN hanya akan menjadi penonton?" kata Jokowi.', "Joko Widodo/Jokowi:PER",
     "direct", "Joko Widodo", "kata", "Apakah ASEAN"),
    ('"Tolong jangan panik!" seru Wali Kota Bogor Bima Arya.', "Bima Arya:PER",
     "direct", "Bima Arya", "seru", "Tolong jangan panik"),
    ('"Perang ini menjadi perang internasional," kata Zelenskiy di X.', "Volodymyr Zelenskiy/Zelenskiy:PER; X:ORG",
     "direct", "Volodymyr Zelenskiy", "kata", "Perang ini"),
    ('"Jumlahnya kurang dari 1 persen," kata lembaga pemikir CSIS dalam sebuah catatan.',
     "Pusat Studi Strategis dan Internasional/CSIS:ORG", "direct", "Pusat Studi Strategis dan Internasional", "kata",
     "Jumlahnya kurang"),
    ('"Kami mendengar suara pesawat," ujar Ko Aung Naing, seorang petani berusia 45 tahun, kepada wartawan.',
     "Aung Naing:PER", "direct", "Aung Naing", "ujar", "Kami mendengar"),
    ('"Kami independen," kata Gubernur BI Perry Warjiyo dalam konferensi pers di Jakarta.',
     "Perry Warjiyo/Perry:PER; BI:ORG; Jakarta:LOC", "direct", "Perry Warjiyo", "kata", "Kami independen"),
    ('"Biasanya sehari dapat Rp 2 juta," tuturnya.', "", "direct", "tuturnya", "tuturnya", "Biasanya sehari"),
    ('"Pemain tampil disiplin," ujarnya.', "", "direct", "ujarnya", "ujarnya", "Pemain tampil"),
    ('"Kalau ada suar lagi, kita sendiri yang rugi," tegas Erick seperti dikutip dari laman resmi PSSI.',
     "Erick Thohir/Erick:PER; PSSI:ORG", "direct", "Erick Thohir", "tegas", "Kalau ada suar"),
    ('"Kami terus memantau," kata juru bicara Kementerian Luar Negeri, Teuku Faizasyah.',
     "Teuku Faizasyah/Faizasyah:PER; Kementerian Luar Negeri:ORG", "direct", "Teuku Faizasyah", "kata",
     "Kami terus memantau"),
    ('"Kondisinya stabil," kata dokter yang merawatnya.', "", "direct", "dokter", "kata", "Kondisinya stabil"),
    ('"Sudah dua kali bertemu," kata seorang sumber.', "", "direct", "seorang sumber", "kata", "Sudah dua kali"),
    ('"Kami akan banding," Markus menambahkan.', "Markus Simanjuntak/Markus:PER",
     "direct", "Markus Simanjuntak", "menambahkan", "Kami akan banding"),
    ('"Ekonomi tetap tumbuh," menurut Sri Mulyani.', "Sri Mulyani:PER",
     "direct", "Sri Mulyani", "menurut", "Ekonomi tetap tumbuh"),
    ('"Stok kita cukup sampai Desember," jelas Ani lagi.', "Ani Ruspitawati/Ani:PER",
     "direct", "Ani Ruspitawati", "jelas", "Stok kita cukup"),
    ('Ditanya soal kemungkinan banding, Hotman menjawab, "Kami pertimbangkan dulu."', "Hotman Paris/Hotman:PER",
     "direct", "Hotman Paris", "menjawab", "Kami pertimbangkan"),
    ('"Sudah saya sampaikan berkali-kali," sahut Anies.', "Anies Baswedan/Anies:PER",
     "direct", "Anies Baswedan", "sahut", "Sudah saya sampaikan"),
    ('"Kami menolak," kata dia.', "", "direct", "dia", "kata", "Kami menolak"),
    ('"Lampu langsung mati," tutur Bu Siti.', "Siti Aminah/Siti:PER",
     "direct", "Siti Aminah", "tutur", "Lampu langsung mati"),
    ('"Barang ini disebut \'gula pasir\' supaya aman," kata Imam.', "Imam Sugianto/Imam:PER",
     "direct", "Imam Sugianto", "kata", "Barang ini disebut 'gula pasir'"),
    ('"Kami sudah siap." Demikian kata Rina.', "Rina Marlina/Rina:PER",
     "direct", "Rina Marlina", "kata", "Kami sudah siap"),
    # -- direct, attribution before the quotation ------------------------------------------------------------------
    ('Retno Marsudi mengatakan, "Kekerasan harus dihentikan sekarang juga."', "Retno Marsudi/Retno:PER",
     "direct", "Retno Marsudi", "mengatakan", "Kekerasan harus"),
    ('Perry menegaskan: "Kami tidak akan ragu mengambil langkah."', "Perry Warjiyo/Perry:PER",
     "direct", "Perry Warjiyo", "menegaskan", "Kami tidak akan ragu"),
    ('Ketua Umum PSSI Erick Thohir menegaskan: "Pemain tidak boleh menjadi korban."',
     "Erick Thohir/Erick:PER; PSSI:ORG", "direct", "Erick Thohir", "menegaskan", "Pemain tidak boleh"),
    ('Pesan senada disampaikan Perdana Menteri Malaysia Anwar Ibrahim: "Kita tidak boleh menyerah."',
     "Anwar Ibrahim:PER; Malaysia:LOC", "direct", "Anwar Ibrahim", "disampaikan", "Kita tidak boleh"),
    ('Zulhas kemudian menyebut target partai: "Kita harus menang di 12 daerah."', "Zulkifli Hasan/Zulhas:PER",
     "direct", "Zulkifli Hasan", "menyebut", "Kita harus menang"),
    ('Menlu Retno Marsudi, yang memimpin keketuaan ASEAN, mengatakan, "Tidak ada solusi militer."',
     "Retno Marsudi/Retno:PER; ASEAN:ORG", "direct", "Retno Marsudi", "mengatakan", "Tidak ada solusi"),
    ('Dewi: "Saudara terdakwa, apakah menerima putusan ini?"', "Dewi Anggraeni/Dewi:PER",
     "direct", "Dewi Anggraeni", None, "Saudara terdakwa"),
    ('Sementara itu, Kapolda Irjen Imam Sugianto berkata, "Kami akan kejar pelakunya."', "Imam Sugianto/Imam:PER",
     "direct", "Imam Sugianto", "berkata", "Kami akan kejar"),
    ('Menurut Andi, "Politik itu silaturahmi."', "Andi Baso/Andi:PER",
     "direct", "Andi Baso", "Menurut", "Politik itu silaturahmi"),
    ('Dalam pidatonya, Presiden Prabowo Subianto menyatakan: "Kita tidak boleh bergantung pada impor."',
     "Prabowo Subianto/Prabowo:PER", "direct", "Prabowo Subianto", "menyatakan", "Kita tidak boleh bergantung"),
    # -- indirect, speech verb after its subject -------------------------------------------------------------------
    ("NATO mengatakan pada hari Senin bahwa ribuan pasukan bergerak menuju garis depan.", "NATO:ORG",
     "indirect", "NATO", "mengatakan", "ribuan pasukan bergerak"),
    ("Kremlin mengatakan Presiden Vladimir Putin tidak punya rencana untuk bertemu.", "Kremlin:ORG; Vladimir Putin:PER",
     "indirect", "Kremlin", "mengatakan", "Presiden Vladimir Putin"),
    ("Kepala BPS Amalia Adininggar mengatakan, pertumbuhan ditopang konsumsi rumah tangga.",
     "Amalia Adininggar/Amalia:PER; BPS:ORG", "indirect", "Amalia Adininggar", "mengatakan", "pertumbuhan ditopang"),
    ("Amalia juga menjelaskan bahwa industri pengolahan menjadi sumber pertumbuhan tertinggi.",
     "Amalia Adininggar/Amalia:PER", "indirect", "Amalia Adininggar", "menjelaskan", "industri pengolahan"),
    ("Jokowi menegaskan bahwa ASEAN tidak boleh menjadi proksi bagi kekuatan mana pun.", "Joko Widodo/Jokowi:PER",
     "indirect", "Joko Widodo", "menegaskan", "ASEAN tidak boleh"),
    ("Retno menambahkan, Indonesia menyambut rencana investasi Jepang.", "Retno Marsudi/Retno:PER; Jepang:LOC",
     "indirect", "Retno Marsudi", "menambahkan", "Indonesia menyambut"),
    ("Judha juga menyampaikan bahwa Kemlu telah menangani 1.247 kasus.", "Judha Nugraha/Judha:PER; Kemlu:ORG",
     "indirect", "Judha Nugraha", "menyampaikan", "Kemlu telah menangani"),
    ("Andi Baso mengungkapkan PAN telah menjalin komunikasi dengan Gerindra.",
     "Andi Baso:PER; PAN:ORG; Gerindra:ORG", "indirect", "Andi Baso", "mengungkapkan", "PAN telah menjalin"),
    ("Sekretaris Jenderal ASEAN Kao Kim Hourn menyebutkan, para pemimpin akan mengesahkan deklarasi.",
     "Kao Kim Hourn:PER; ASEAN:ORG", "indirect", "Kao Kim Hourn", "menyebutkan", "para pemimpin"),
    ("Egy mengaku tidak menyangka bisa mencetak gol di hadapan suporter.", "Egy Maulana Vikri/Egy:PER",
     "indirect", "Egy Maulana Vikri", "mengaku", "tidak menyangka"),
    ("Wa Ode Sarina mengakui pihaknya menerima tujuh laporan dugaan politik uang.", "Wa Ode Sarina:PER",
     "indirect", "Wa Ode Sarina", "mengakui", "pihaknya menerima"),
    ("Pengacara Hendra, Markus Simanjuntak, membantah kliennya menerima suap.",
     "Hendra Saputra/Hendra:PER; Markus Simanjuntak/Markus:PER", "indirect", "Markus Simanjuntak", "membantah",
     "kliennya menerima suap"),
    ("Amalia membantah ada rekayasa data.", "Amalia Adininggar/Amalia:PER",
     "indirect", "Amalia Adininggar", "membantah", "ada rekayasa data"),
    ("Pentagon memperkirakan 10.000 pasukan telah dikerahkan ke Rusia timur.", "Pentagon:ORG; Rusia:LOC",
     "indirect", "Pentagon", "memperkirakan", "10.000 pasukan"),
    ("Airlangga Hartarto menilai capaian tersebut menunjukkan daya tahan ekonomi nasional.", "Airlangga Hartarto:PER",
     "indirect", "Airlangga Hartarto", "menilai", "capaian tersebut"),
    ("Kementerian Pertanian memastikan alokasi pupuk bersubsidi naik menjadi 9,55 juta ton.",
     "Kementerian Pertanian/Kementan:ORG", "indirect", "Kementerian Pertanian", "memastikan", "alokasi pupuk"),
    ("Badan Pusat Statistik (BPS) mencatat perekonomian Indonesia tumbuh 5,12 persen.",
     "Badan Pusat Statistik/BPS:ORG; Indonesia:LOC", "indirect", "Badan Pusat Statistik", "mencatat",
     "perekonomian Indonesia"),
    ("BPS melaporkan inflasi tahunan Juli sebesar 2,37 persen, naik dari 1,87 persen pada Juni.",
     "Badan Pusat Statistik/BPS:ORG", "indirect", "Badan Pusat Statistik", "melaporkan", "inflasi tahunan"),
    ("Ketua Umum PAN Zulkifli Hasan, yang hadir langsung, berharap kepengurusan baru segera bekerja.",
     "Zulkifli Hasan:PER; PAN:ORG", "indirect", "Zulkifli Hasan", "berharap", "kepengurusan baru"),
    ("Kemlu mendesak semua pihak di Myanmar segera melakukan gencatan senjata.", "Kemlu:ORG; Myanmar:LOC",
     "indirect", "Kemlu", "mendesak", "semua pihak"),
    ("BMKG mengimbau masyarakat tetap tenang dan menjauhi bangunan yang retak.", "BMKG:ORG",
     "indirect", "BMKG", "mengimbau", "masyarakat tetap tenang"),
    ("Kemlu kembali mengimbau masyarakat agar tidak mudah tergiur tawaran kerja.", "Kemlu:ORG",
     "indirect", "Kemlu", "mengimbau", "masyarakat agar"),
    ("Twedi mengimbau masyarakat lebih waspada saat menerima uang tunai.", "Twedi:PER",
     "indirect", "Twedi", "mengimbau", "masyarakat lebih waspada"),
    ("APPI juga mengancam membawa kasus ini ke FIFA.", "APPI:ORG; FIFA:ORG",
     "indirect", "APPI", "mengancam", "membawa kasus ini"),
    ("CEO klub Hendrawan Sutanto menuding investor utama menahan dana operasional.", "Hendrawan Sutanto:PER",
     "indirect", "Hendrawan Sutanto", "menuding", "investor utama"),
    ("Pasangan calon nomor urut 1, La Ode Mustari, meminta MK membatalkan keputusan KPU.",
     "La Ode Mustari:PER; MK:ORG; KPU:ORG", "indirect", "La Ode Mustari", "meminta", "MK membatalkan"),
    ("Seorang pengurus Gerindra yang enggan disebut namanya membenarkan adanya pembicaraan itu.", "Gerindra:ORG",
     "indirect", "seorang pengurus Gerindra", "membenarkan", "adanya pembicaraan"),
    ("Ahmad membantah tuduhan itu dan menyatakan semua peserta diverifikasi dengan prosedur sama.",
     "Ahmad Syaifullah/Ahmad:PER", "indirect", "Ahmad Syaifullah", "menyatakan", "semua peserta"),
    ("NUG mengecam serangan tersebut dan meminta masyarakat internasional menjatuhkan sanksi.", "NUG:ORG",
     "indirect", "NUG", "meminta", "masyarakat internasional"),
    ("Dari Jakarta, Kementerian Luar Negeri RI menyatakan, Indonesia sangat prihatin atas korban sipil.",
     "Kementerian Luar Negeri RI/Kemlu:ORG; Jakarta:LOC; Indonesia:LOC", "indirect", "Kementerian Luar Negeri RI",
     "menyatakan", "Indonesia sangat prihatin"),
    ("Dalam pernyataan tertulis, Kemlu mendesak junta segera menghentikan kekerasan.", "Kemlu:ORG",
     "indirect", "Kemlu", "mendesak", "junta segera"),
    ("Sementara itu, Egy mengaku tidak menyangka bisa mencetak gol.", "Egy Maulana Vikri/Egy:PER",
     "indirect", "Egy Maulana Vikri", "mengaku", "tidak menyangka"),
    ("Kendati demikian, Didiek memastikan jumlah penumpang terus bertambah.", "Didiek Hartantyo/Didiek:PER",
     "indirect", "Didiek Hartantyo", "memastikan", "jumlah penumpang"),
    ("Juru bicara junta, Mayor Jenderal Zaw Min Tun, membantah militer menyasar warga sipil.", "Zaw Min Tun:PER",
     "indirect", "Zaw Min Tun", "membantah", "militer menyasar"),
    ("Salah satu pengungsi, Siti Aminah (42), warga Desa Cilangkahan, mengaku panik saat dinding retak.",
     "Siti Aminah/Siti:PER; Desa Cilangkahan:LOC", "indirect", "Siti Aminah", "mengaku", "panik saat"),
    ("Pejabat AS mengatakan bahwa Washington tidak akan memberlakukan batasan baru.", "Amerika Serikat/AS:LOC; "
     "Washington:LOC", "indirect", "pejabat AS", "mengatakan", "Washington tidak akan"),
    ("Korea Selatan mengatakan akan mulai memasok senjata ke Ukraina.", "Korea Selatan:LOC; Ukraina:LOC",
     "indirect", "Korea Selatan", "mengatakan", "akan mulai memasok"),
    ("NATO dan Korea Selatan menyatakan kekhawatiran bahwa pasukan Korea Utara akan segera bergabung.",
     "NATO:ORG; Korea Selatan:LOC; Korea Utara:LOC", "indirect", "NATO", "menyatakan", "pasukan Korea Utara"),
    ("Kantor berita pemerintah Rusia mengatakan tidak jelas siapa yang akan ditemui Choe.",
     "Rusia:LOC; Choe Son Hui/Choe:PER", "indirect", "kantor berita pemerintah Rusia", "mengatakan", "tidak jelas"),
    ("Keputusan itu di luar perkiraan sebagian besar analis yang memprediksi suku bunga ditahan.", "",
     "indirect", "sebagian besar analis", "memprediksi", "suku bunga ditahan"),
    ("Yoon memberi tahu Zelenskiy bahwa Korea Utara akan menerima bantuan dari Rusia.",
     "Yoon Suk Yeol/Yoon:PER; Volodymyr Zelenskiy/Zelenskiy:PER; Korea Utara:LOC; Rusia:LOC",
     "indirect", "Yoon Suk Yeol", "memberi tahu", "Korea Utara akan"),
    ("Seorang diplomat Jepang yang enggan disebut namanya mengatakan, Tokyo ingin mempercepat pembahasan.",
     "Jepang:LOC; Tokyo:LOC", "indirect", "seorang diplomat Jepang", "mengatakan", "Tokyo ingin"),
    ("Seorang sumber di internal klub menyebut perselisihan itu dipicu rencana investor.", "",
     "indirect", "seorang sumber di internal klub", "menyebut", "perselisihan itu dipicu"),
    ("Sanusi melanjutkan, jika musyawarah tetap buntu, pemerintah akan menitipkan uang ke pengadilan.",
     "Sanusi:PER", "indirect", "Sanusi", "melanjutkan", "jika musyawarah"),
    ("Sejumlah warga Kampung Bojongasih menuding pembangunan perumahan memperparah banjir.",
     "Kampung Bojongasih:LOC", "indirect", "sejumlah warga Kampung Bojongasih", "menuding", "pembangunan perumahan"),
    ("BMKG memprakirakan hujan lebat masih akan mengguyur wilayah Bandung Raya.", "BMKG:ORG; Bandung Raya:LOC",
     "indirect", "BMKG", "memprakirakan", "hujan lebat"),
    ("Ia membantah kabar yang beredar di media sosial bahwa warga dipaksa meninggalkan rumah.", "",
     "indirect", "Ia", "membantah", "kabar yang beredar"),
    ("Kuasa hukum terdakwa, Agus Salim Nasution, menyatakan pihaknya memiliki waktu tujuh hari.",
     "Agus Salim Nasution/Agus:PER", "indirect", "Agus Salim Nasution", "menyatakan", "pihaknya memiliki"),
    ("Gubernur Khofifah Indar Parawansa menargetkan pembangunan jalan itu rampung pada akhir Desember.",
     "Khofifah Indar Parawansa/Khofifah:PER", "indirect", "Khofifah Indar Parawansa", "menargetkan",
     "pembangunan jalan itu"),
    ("Direktur Utama PT Pupuk Indonesia Rahmad Pribadi memastikan stok pupuk di gudang saat ini mencapai 1,4 juta ton.",
     "Rahmad Pribadi:PER; PT Pupuk Indonesia:ORG", "indirect", "Rahmad Pribadi", "memastikan", "stok pupuk"),
    ("Ketua Panitia Pelaksana H. Ahmad Syaifullah, S.H. menyebutkan turnamen diikuti lebih dari 1.200 atlet.",
     "Ahmad Syaifullah/Ahmad:PER", "indirect", "Ahmad Syaifullah", "menyebutkan", "turnamen diikuti"),
    ("Kepala Satuan Reserse Kriminal Polrestabes Semarang mengatakan, pihaknya telah menerima laporan.",
     "Polrestabes Semarang:ORG", "indirect", "Kepala Satuan Reserse Kriminal Polrestabes Semarang", "mengatakan",
     "pihaknya telah"),
    ("Bupati Halmahera Barat James Uang mengatakan warga sudah dievakuasi.", "Halmahera Barat:LOC",
     "indirect", "James Uang", "mengatakan", "warga sudah"),
    ("Kapolres Bogor AKBP Rio Wahyu, saat dihubungi, membenarkan penangkapan itu terjadi pada Senin malam.",
     "Rio Wahyu:PER", "indirect", "Rio Wahyu", "membenarkan", "penangkapan itu terjadi"),
    ("Kepada wartawan, Budi mengatakan harga gabah turun.", "Budi:PER",
     "indirect", "Budi", "mengatakan", "harga gabah turun"),
    ("Saat ditemui di Jakarta, Senin, Menteri ESDM Bahlil Lahadalia mengatakan harga BBM tidak naik.",
     "Bahlil Lahadalia/Bahlil:PER; Jakarta:LOC", "indirect", "Bahlil Lahadalia", "mengatakan", "harga BBM"),
    ("Pemerintah akan menaikkan tarif listrik mulai Juli. Hal itu disampaikan Menteri ESDM Bahlil di Jakarta.",
     "Bahlil:PER; Jakarta:LOC", "indirect", "Bahlil", "disampaikan", "Pemerintah akan menaikkan"),
    ("Harga gabah turun tajam. Demikian dikatakan oleh Ketua HKTI Fadli Zon.", "Fadli Zon:PER; HKTI:ORG",
     "indirect", "Fadli Zon", "dikatakan", "Harga gabah"),
    ("Menteri PUPR Dody Hanggodo mengatakan anggarannya belum tersedia, sementara Presiden Prabowo menyatakan "
     "rumah tetap dibangun.", "Dody Hanggodo/Dody:PER; Prabowo:PER", "indirect", "Prabowo", "menyatakan",
     "rumah tetap dibangun"),
    ("BPBD Halmahera Barat mencatat lebih dari 1.500 warga telah dievakuasi.", "Halmahera Barat:LOC",
     "indirect", "BPBD Halmahera Barat", "mencatat", "lebih dari 1.500 warga"),
    ("Ketua Koperasi Pedagang Pasar Cipinang Zulkifli Rasyid menuturkan, pasokan beras berkurang.",
     "Koperasi Pedagang Pasar Cipinang Zulkifli Rasyid:ORG; Zulkifli Rasyid/Zulkifli:PER", "indirect",
     "Zulkifli Rasyid", "menuturkan", "pasokan beras"),
    # -- "menurut" -------------------------------------------------------------------------------------------------
    ("Menurut Kamikawa, Jepang menentang setiap upaya sepihak di Laut China Selatan.",
     "Yoko Kamikawa/Kamikawa:PER; Jepang:LOC", "indirect", "Yoko Kamikawa", "Menurut", "Jepang menentang"),
    ("Menurut keterangan warga, dua jet tempur menjatuhkan bom di desa itu.", "",
     "indirect", "warga", "Menurut", "dua jet tempur"),
    ("Menurut data Kementan, realisasi penebusan pupuk baru 1,2 juta ton.", "Kementerian Pertanian/Kementan:ORG",
     "indirect", "Kementerian Pertanian", "Menurut", "realisasi penebusan"),
    ("Sejak itu, lebih dari 4.000 warga sipil tewas, menurut data PBB.", "PBB:ORG",
     "indirect", "PBB", "menurut", "Sejak itu"),
    ("Sejumlah pemain sudah kesulitan membayar sewa rumah, menurut Yoga.", "Yoga Pratama/Yoga:PER",
     "indirect", "Yoga Pratama", "menurut", "Sejumlah pemain"),
    ("Perdebatan muncul pada pasal jaminan sosial, yang menurut sejumlah anggota akan membebani pemberi kerja.", "",
     "indirect", "sejumlah anggota", "menurut", "akan membebani"),
    ("Menurut ahli hukum pidana Universitas Diponegoro, Prof. Dr. Hendri Wibowo, S.H., korban bisa menggugat.",
     "Hendri Wibowo/Hendri:PER; Universitas Diponegoro:ORG", "indirect", "Hendri Wibowo", "Menurut",
     "korban bisa menggugat"),
    ("Menurut pejabat intelijen di Amerika Serikat, Korea Utara telah mengirim rudal.",
     "Amerika Serikat:LOC; Korea Utara:LOC", "indirect", "pejabat intelijen di Amerika Serikat", "Menurut",
     "Korea Utara telah"),
    ("Kata Haris, pelaku ditangkap di rumahnya di Cengkareng.", "Haris:PER",
     "indirect", "Haris", "Kata", "pelaku ditangkap"),
    ("Menurut penuturan Sutrisno, banjir datang sekitar pukul 02.00 WIB.", "Sutrisno:PER",
     "indirect", "Sutrisno", "Menurut", "banjir datang"),
    # -- reported clause before a post-posed cue -------------------------------------------------------------------
    ("Beberapa ribu pasukan tidak akan mengubah jalannya perang, kata seorang diplomat yang berbicara dengan syarat "
     "anonim.", "", "indirect", "seorang diplomat", "kata", "Beberapa ribu pasukan"),
    ("Choe tiba di timur jauh Rusia pada hari Selasa, kata media pemerintah Rusia.", "Choe Son Hui/Choe:PER; Rusia:LOC",
     "indirect", "media pemerintah Rusia", "kata", "Choe tiba"),
    ("Pasukan itu akan memperkuat hubungan kedua negara, kata diplomat dan analis Barat.", "",
     "indirect", "diplomat dan analis Barat", "kata", "Pasukan itu"),
    ("Setibanya di Kamboja, paspor mereka ditahan, lanjut Judha.", "Judha Nugraha/Judha:PER; Kamboja:LOC",
     "indirect", "Judha Nugraha", "lanjut", "Setibanya di Kamboja"),
    ("Secara nasional, MK menerima 310 permohonan sengketa, seperti dikutip dari laman resmi MK.",
     "Mahkamah Konstitusi/MK:ORG", "indirect", "Mahkamah Konstitusi", "seperti dikutip dari", "Secara nasional"),
    ("Rupiah ditutup melemah 0,3 persen, seperti dikutip dari data Bloomberg.", "Bloomberg:ORG",
     "indirect", "Bloomberg", "seperti dikutip dari", "Rupiah ditutup"),
    ("Militer Rusia melatih pasukan itu, kata anggota parlemen Korea Selatan yang diberi pengarahan pada hari Selasa.",
     "Rusia:LOC; Korea Selatan:LOC", "indirect", "anggota parlemen Korea Selatan", "kata", "Militer Rusia"),
    ("Jumlah korban masih bisa bertambah, ujar Kapolres AKBP Budi Hermawan.", "Budi Hermawan:PER",
     "indirect", "Budi Hermawan", "ujar", "Jumlah korban"),
    ("Harga cabai turun karena panen raya, kata Suminah, pedagang di Pasar Johar.", "Suminah:PER; Pasar Johar:LOC",
     "indirect", "Suminah", "kata", "Harga cabai"),
    ("Pemulangan para korban akan dilakukan bertahap, kata Judha.", "Judha Nugraha/Judha:PER",
     "indirect", "Judha Nugraha", "kata", "Pemulangan para korban"),
    ("Pemerintah, katanya, akan menambah bantuan untuk korban banjir.", "", "indirect", "katanya", "katanya",
     "Pemerintah"),
    ("Tingkat kepuasan publik masih tinggi, kata Peneliti dari Lembaga Survei Indonesia Djayadi Hanan.",
     "Djayadi Hanan:PER; Lembaga Survei Indonesia:ORG", "indirect", "Djayadi Hanan", "kata", "Tingkat kepuasan"),
    # -- mixed: a partial quotation inside reported speech ----------------------------------------------------------
    ('Dujarric mengatakan bahwa Guterres "mengutuk keras" serangan itu.',
     "Stephane Dujarric/Dujarric:PER; Antonio Guterres/Guterres:PER", "mixed", "Stephane Dujarric", "mengatakan",
     "Guterres"),
    ('Rudi menuding terjadi politik uang yang "terstruktur, sistematis, dan masif" di 14 desa.',
     "Rudi Hartono/Rudi:PER", "mixed", "Rudi Hartono", "menuding", "terjadi politik uang"),
    ('Menurut Budi, kebijakan itu "tidak masuk akal dan merugikan petani".', "Budi Santoso/Budi:PER",
     "mixed", "Budi Santoso", "Menurut", "kebijakan itu"),
    ('Retno mengatakan bahwa Indonesia "sangat prihatin" atas serangan itu.', "Retno:PER; Indonesia:LOC",
     "mixed", "Retno", "mengatakan", "Indonesia"),
    ('Budi mengatakan pemerintah siap membantu, "tetapi warga harus bersabar."', "Budi:PER",
     "mixed", "Budi", "mengatakan", "pemerintah siap membantu"),
    ('Pejabat AS mengatakan pasukan itu akan menjadi "sasaran yang adil" bagi Ukraina.', "AS:LOC; Ukraina:LOC",
     "indirect", "pejabat AS", "mengatakan", "pasukan itu"),
    ('Andini menilai Jepang tidak ingin tertinggal dalam "perebutan pengaruh" di kawasan.', "Andini Pratiwi/Andini:PER",
     "indirect", "Andini Pratiwi", "menilai", "Jepang tidak ingin"),
]


@pytest.mark.parametrize("text, ents, kind, speaker, cue, head", PATTERNS)
def test_quote_patterns(text, ents, kind, speaker, cue, head):
    q = the_quote(quotes_of(text, ents), head)
    assert q.kind == kind
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.cue.text if q.cue else None) == cue


def test_the_table_has_at_least_120_patterns():
    assert len(PATTERNS) >= 120


# narration, scare quotes, titles, noun objects and negated verbs: no statement at all
NOT_QUOTES = [
    'Sejumlah peserta membawa sapu sebagai simbol "kerja tak terlihat" para pekerja.',
    'KTT kali ini mengusung tema "ASEAN Matters: Epicentrum of Growth".',
    'Film "Laskar Pelangi" ditonton jutaan orang.',
    '"Laskar Pelangi" menjadi film terlaris tahun itu.',
    "Pihak investor membantah tudingan tersebut.",
    "Putin tidak membantah keberadaan pasukan Korea Utara di negara itu.",
    "Ia tidak menyebut negara mana pun.",
    "BMKG mencatat 12 gempa susulan hingga Selasa pagi.",
    "Korea Selatan juga mengutuk pengerahan pasukan tersebut.",
    "Ekonom itu mempertanyakan angka konsumsi tersebut.",
    "KAI juga akan melanjutkan reaktivasi sejumlah jalur lama yang dibangun sebelum perang.",
    "Ketika ditanya soal sikapnya, terdakwa menjawab singkat.",
    "Manajemen klub meminta maaf kepada pemain dan suporter.",
    "Pimpinan rapat akhirnya memutuskan pembahasan dilanjutkan Rabu.",
    "Gempa bumi tektonik mengguncang wilayah selatan Kabupaten Lebak.",
    'Militer kerap menggelar operasi "pembersihan" di Sagaing.',
    "KAI menargetkan laba bersih Rp2,5 triliun dan akan mendatangkan 16 rangkaian kereta baru.",
    "Keputusan itu diambil setelah rapat yang berlangsung alot.",
    "Saat dikonfirmasi, Kepala Dinas Kesehatan membenarkan hal tersebut.",
    "Ditanya soal pencalonan, Anies hanya tersenyum.",
    "Hal itu menjadi sorotan warga.",
    "Polisi mengungkap jaringan narkoba internasional.",
    "KPU mengumumkan hasil rekapitulasi suara nasional.",
    "Presiden menyampaikan belasungkawa kepada keluarga korban.",
    "Warga menceritakan pengalamannya saat banjir.",
    "Menteri itu menyatakan dukungan penuh.",
    "Ia mengungkapkan rasa syukur atas kemenangan itu.",
    "Ia menyebut nama-nama pejabat yang terlibat.",
    "Menurut rencana, acara dimulai pukul 10.00 WIB.",
    "Menurut UU Nomor 24 Tahun 2007, pemerintah wajib menanggulangi bencana.",
    "Dia mengatakan hal itu kepada wartawan di Balai Kota.",
    "Polisi meminta keterangan dari lima saksi.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes_of(text) == []


def test_headline_and_dateline_are_not_statements():
    text = ('Jokowi: "Kita Harus Bersatu"\n\nJAKARTA, KOMPAS.com - Presiden Joko Widodo mengatakan persatuan '
            "adalah kunci.")
    title_end = text.index("\n")
    quotes = extract_quotes(text, split_sentences(text), entities(text, "Joko Widodo/Jokowi:PER"),
                            skip_until=text.index("Presiden"))
    assert [q.content for q in quotes] == ["persatuan adalah kunci"]
    assert all(q.start > title_end for q in quotes)


# -- the output contract ------------------------------------------------------------------------------------------
def test_ids_order_and_offsets():
    text = ('Kepala BPS Amalia mengatakan, pertumbuhan ditopang konsumsi. "Momentum libur turut mendorong belanja," '
            'ujar Amalia.\nMenurut Amalia, ekspor juga naik.')
    quotes = quotes_of(text, "Amalia:PER; BPS:ORG")
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert text[q.start:q.end] == q.content
        assert [(p.start, p.end) for p in q.parts] == [(q.start, q.end)]
        for span in (q.cue, q.speaker):
            assert text[span.start:span.end] == span.text


def test_component_fills_article_quotes():
    from warta.article import Article
    from warta.components.quotes import QuoteExtractor
    from warta.pipeline import Doc
    from warta.settings import Options

    text = '"Kami siap," kata Budi.'
    article = Article(id="a", text=text, sentences=split_sentences(text), entities=entities(text, "Budi:PER"))
    doc = Doc(raw=text, article=article, options=Options())
    QuoteExtractor(Options())(doc)
    assert [(q.speaker.entity, q.content) for q in article.quotes] == [("e1", "Kami siap")]
