/// One real-shaped name as offices write it, with what it must give: the display name (titles normalised to one
/// per element, glued titles separated), LDAP givenName (nil for one-word names), sn, and the default username.
struct NameCase: Sendable, CustomStringConvertible {
    let input: String
    let display: String
    let given: String?
    let surname: String
    let username: String

    init(_ input: String, _ display: String, _ given: String?, _ surname: String, _ username: String) {
        self.input = input
        self.display = display
        self.given = given
        self.surname = surname
        self.username = username
    }

    var description: String { input }
}

/// Names as they appear in SK attachments, staff lists and proposal lists of Disdukcapil offices. Invented people;
/// the shapes are real: titles with and without dots and spaces, in any case, glued to the name, chains after
/// commas, Raden and Acehnese honorifics, Balinese birth-order and caste names, initials, Batak, Arabic and
/// Chinese-Indonesian names.
enum NameCorpus {
    /// The cases of issue 11's "Why", each of which was split wrongly before.
    static let issueCases: [NameCase] = [
        NameCase("BUDI SANTOSO ST", "BUDI SANTOSO, ST", "BUDI", "SANTOSO", "budi.santoso"),
        NameCase("AGUS SALIM SE", "AGUS SALIM, SE", "AGUS", "SALIM", "agus.salim"),
        NameCase("Hj.SITI AMINAH", "Hj. SITI AMINAH", "SITI", "AMINAH", "siti.aminah"),
        NameCase("H.M. ZAINUDDIN", "H. M. ZAINUDDIN", "M.", "ZAINUDDIN", "m.zainuddin"),
        NameCase("drh. BUDI PRASETYO", "drh. BUDI PRASETYO", "BUDI", "PRASETYO", "budi.prasetyo"),
        NameCase("R. AJENG KARTIKA", "R. AJENG KARTIKA", nil, "KARTIKA", "kartika"),
        NameCase("I PUTU GEDE ARSANA", "I PUTU GEDE ARSANA", "I PUTU GEDE", "ARSANA", "putu.arsana"),
        NameCase("NI MADE SRI ASIH", "NI MADE SRI ASIH", "NI MADE SRI", "ASIH", "made.asih"),
        NameCase("I KETUT SUDARSANA", "I KETUT SUDARSANA", "I KETUT", "SUDARSANA", "ketut.sudarsana"),
        // Titles after a comma already worked and must keep working.
        NameCase("ZAINUDDIN, S.STP", "ZAINUDDIN, S.STP", nil, "ZAINUDDIN", "zainuddin"),
        NameCase("BAMBANG WIJAYA, S.P.", "BAMBANG WIJAYA, S.P.", "BAMBANG", "WIJAYA", "bambang.wijaya"),
        NameCase("RINA WATI, S.Kep., Ns.", "RINA WATI, S.Kep., Ns.", "RINA", "WATI", "rina.wati"),
    ]

    /// Titles before the name: with and without dots, any case, glued to each other or to the name.
    static let frontTitles: [NameCase] = [
        NameCase("Drs. MUHAMMAD IMRON", "Drs. MUHAMMAD IMRON", "MUHAMMAD", "IMRON", "muhammad.imron"),
        NameCase("DRS MUHAMMAD IMRON", "DRS MUHAMMAD IMRON", "MUHAMMAD", "IMRON", "muhammad.imron"),
        NameCase("drs. muhammad imron", "drs. muhammad imron", "muhammad", "imron", "muhammad.imron"),
        NameCase("Dra. SULASTRI, M.Si.", "Dra. SULASTRI, M.Si.", nil, "SULASTRI", "sulastri"),
        NameCase("DRA.SULASTRI", "DRA. SULASTRI", nil, "SULASTRI", "sulastri"),
        NameCase("Dr. Ir. HENDRA WIJAYA, M.M.", "Dr. Ir. HENDRA WIJAYA, M.M.", "HENDRA", "WIJAYA", "hendra.wijaya"),
        NameCase("DR.IR.HENDRA WIJAYA", "DR. IR. HENDRA WIJAYA", "HENDRA", "WIJAYA", "hendra.wijaya"),
        NameCase("Prof. Dr. H. ABDUL MALIK, S.E., M.Si.", "Prof. Dr. H. ABDUL MALIK, S.E., M.Si.", "ABDUL", "MALIK", "abdul.malik"),
        NameCase("Prof.Dr.Ir.H.AHMAD YANI, M.Sc.", "Prof. Dr. Ir. H. AHMAD YANI, M.Sc.", "AHMAD", "YANI", "ahmad.yani"),
        NameCase("H. AHMAD DAHLAN", "H. AHMAD DAHLAN", "AHMAD", "DAHLAN", "ahmad.dahlan"),
        NameCase("HJ. NURHAYATI", "HJ. NURHAYATI", nil, "NURHAYATI", "nurhayati"),
        NameCase("Hj NURHAYATI", "Hj NURHAYATI", nil, "NURHAYATI", "nurhayati"),
        NameCase("hj.nurhayati", "hj. nurhayati", nil, "nurhayati", "nurhayati"),
        NameCase("K.H. HASYIM ASYARI", "K.H. HASYIM ASYARI", "HASYIM", "ASYARI", "hasyim.asyari"),
        NameCase("KH. ABDURRAHMAN WAHID", "KH. ABDURRAHMAN WAHID", "ABDURRAHMAN", "WAHID", "abdurrahman.wahid"),
        NameCase("KH MAIMUN ZUBAIR", "KH MAIMUN ZUBAIR", "MAIMUN", "ZUBAIR", "maimun.zubair"),
        NameCase("dr. ANDI WIJAYA, Sp.PD", "dr. ANDI WIJAYA, Sp.PD", "ANDI", "WIJAYA", "andi.wijaya"),
        NameCase("drg. RATNA SARI", "drg. RATNA SARI", "RATNA", "SARI", "ratna.sari"),
        NameCase("DRH. BUDI PRASETYO", "DRH. BUDI PRASETYO", "BUDI", "PRASETYO", "budi.prasetyo"),
        NameCase("drh BUDI PRASETYO", "drh BUDI PRASETYO", "BUDI", "PRASETYO", "budi.prasetyo"),
        NameCase("drh.BUDI PRASETYO", "drh. BUDI PRASETYO", "BUDI", "PRASETYO", "budi.prasetyo"),
        NameCase("Ir. SUTRISNO", "Ir. SUTRISNO", nil, "SUTRISNO", "sutrisno"),
        NameCase("IR SUTRISNO", "IR SUTRISNO", nil, "SUTRISNO", "sutrisno"),
        NameCase("Ns. DEWI SARTIKA, S.Kep.", "Ns. DEWI SARTIKA, S.Kep.", "DEWI", "SARTIKA", "dewi.sartika"),
        NameCase("apt. RINI ASTUTI, S.Farm.", "apt. RINI ASTUTI, S.Farm.", "RINI", "ASTUTI", "rini.astuti"),
        NameCase("Ust. ABDUL SOMAD, Lc., M.A.", "Ust. ABDUL SOMAD, Lc., M.A.", "ABDUL", "SOMAD", "abdul.somad"),
        NameCase("Ustadz ADI HIDAYAT, Lc., M.A.", "Ustadz ADI HIDAYAT, Lc., M.A.", "ADI", "HIDAYAT", "adi.hidayat"),
        NameCase("Bd. SRI WAHYUNI, S.Keb.", "Bd. SRI WAHYUNI, S.Keb.", "SRI", "WAHYUNI", "sri.wahyuni"),
        NameCase("HAJI AGUS SALIM", "HAJI AGUS SALIM", "AGUS", "SALIM", "agus.salim"),
        NameCase("Hj. SITI AMINAH, S.E., M.Si.", "Hj. SITI AMINAH, S.E., M.Si.", "SITI", "AMINAH", "siti.aminah"),
        NameCase("Ir. H. JOKO SUSILO, M.M.", "Ir. H. JOKO SUSILO, M.M.", "JOKO", "SUSILO", "joko.susilo"),
        NameCase("DR. H. MUHAMMAD NUR, S.H., M.H.", "DR. H. MUHAMMAD NUR, S.H., M.H.", "MUHAMMAD", "NUR", "muhammad.nur"),
        NameCase("Dr.dr. LILIS SURYANI, Sp.OG", "Dr. dr. LILIS SURYANI, Sp.OG", "LILIS", "SURYANI", "lilis.suryani"),
        // "H" without a dot is a name, not haji.
        NameCase("H AHMAD", "H AHMAD", "H", "AHMAD", "h.ahmad"),
    ]

    /// Titles after the name: after commas, one or several, and at the end without a comma, with or without dots.
    static let backTitles: [NameCase] = [
        NameCase("SITI AMINAH S.E", "SITI AMINAH, S.E", "SITI", "AMINAH", "siti.aminah"),
        NameCase("SITI AMINAH SE MM", "SITI AMINAH, SE, MM", "SITI", "AMINAH", "siti.aminah"),
        NameCase("SITI AMINAH SE.MM", "SITI AMINAH, SE.MM", "SITI", "AMINAH", "siti.aminah"),
        NameCase("SITI AMINAH,SE,MM", "SITI AMINAH, SE, MM", "SITI", "AMINAH", "siti.aminah"),
        NameCase("SITI AMINAH, SE MM", "SITI AMINAH, SE, MM", "SITI", "AMINAH", "siti.aminah"),
        NameCase("BUDI SANTOSO S.Kom", "BUDI SANTOSO, S.Kom", "BUDI", "SANTOSO", "budi.santoso"),
        NameCase("BUDI SANTOSO SKOM", "BUDI SANTOSO, SKOM", "BUDI", "SANTOSO", "budi.santoso"),
        NameCase("BUDI SANTOSO, S.Kom., M.Kom.", "BUDI SANTOSO, S.Kom., M.Kom.", "BUDI", "SANTOSO", "budi.santoso"),
        NameCase("Budi Santoso St", "Budi Santoso, St", "Budi", "Santoso", "budi.santoso"),
        NameCase("budi santoso, s.kom", "budi santoso, s.kom", "budi", "santoso", "budi.santoso"),
        NameCase("DEWI LESTARI, A.Md.Keb", "DEWI LESTARI, A.Md.Keb", "DEWI", "LESTARI", "dewi.lestari"),
        NameCase("DEWI LESTARI AMd.Keb", "DEWI LESTARI, AMd.Keb", "DEWI", "LESTARI", "dewi.lestari"),
        NameCase("NUR HALIZA, A.Md.Kom", "NUR HALIZA, A.Md.Kom", "NUR", "HALIZA", "nur.haliza"),
        NameCase("NOVI ARIYANTI AMD", "NOVI ARIYANTI, AMD", "NOVI", "ARIYANTI", "novi.ariyanti"),
        NameCase("YUSUF HIDAYAT, S.H., M.H.", "YUSUF HIDAYAT, S.H., M.H.", "YUSUF", "HIDAYAT", "yusuf.hidayat"),
        NameCase("YUSUF HIDAYAT SH MH", "YUSUF HIDAYAT, SH, MH", "YUSUF", "HIDAYAT", "yusuf.hidayat"),
        NameCase("RUDI HARTONO, S.Pd.I", "RUDI HARTONO, S.Pd.I", "RUDI", "HARTONO", "rudi.hartono"),
        NameCase("RUDI HARTONO S.PD", "RUDI HARTONO, S.PD", "RUDI", "HARTONO", "rudi.hartono"),
        NameCase("RUDI HARTONO SPd", "RUDI HARTONO, SPd", "RUDI", "HARTONO", "rudi.hartono"),
        NameCase("ANDI MALLARANGENG, Ph.D", "ANDI MALLARANGENG, Ph.D", "ANDI", "MALLARANGENG", "andi.mallarangeng"),
        NameCase("LUKMAN HAKIM, Lc., M.A.P.", "LUKMAN HAKIM, Lc., M.A.P.", "LUKMAN", "HAKIM", "lukman.hakim"),
        NameCase("AHMAD FAUZI, S.T.", "AHMAD FAUZI, S.T.", "AHMAD", "FAUZI", "ahmad.fauzi"),
        NameCase("EKO PRASETYO S.Sos", "EKO PRASETYO, S.Sos", "EKO", "PRASETYO", "eko.prasetyo"),
        NameCase("EKO PRASETYO SSOS", "EKO PRASETYO, SSOS", "EKO", "PRASETYO", "eko.prasetyo"),
        NameCase("FITRIANI, S.Psi., Psikolog", "FITRIANI, S.Psi., Psikolog", nil, "FITRIANI", "fitriani"),
        NameCase("GUNAWAN, S.STP, M.Si", "GUNAWAN, S.STP, M.Si", nil, "GUNAWAN", "gunawan"),
        NameCase("HERU SUSANTO, S.IP", "HERU SUSANTO, S.IP", "HERU", "SUSANTO", "heru.susanto"),
        NameCase("HERU SUSANTO S.IP., M.AP", "HERU SUSANTO, S.IP., M.AP", "HERU", "SUSANTO", "heru.susanto"),
        NameCase("INDAH PERMATASARI, S.Tr.Kes", "INDAH PERMATASARI, S.Tr.Kes", "INDAH", "PERMATASARI", "indah.permatasari"),
        NameCase("JOKO WIDODO, S.Hut", "JOKO WIDODO, S.Hut", "JOKO", "WIDODO", "joko.widodo"),
        NameCase("KARTINI, S.Ag", "KARTINI, S.Ag", nil, "KARTINI", "kartini"),
        NameCase("LINDA, SE., Ak., CA", "LINDA, SE., Ak., CA", nil, "LINDA", "linda"),
        NameCase("OKTAVIANI, S.Si., M.Kes.", "OKTAVIANI, S.Si., M.Kes.", nil, "OKTAVIANI", "oktaviani"),
        NameCase("PUTRI AYU, S.Kep.Ns", "PUTRI AYU, S.Kep.Ns", "PUTRI", "AYU", "putri.ayu"),
        NameCase("QORI AULIA S.Kep.,Ns.", "QORI AULIA, S.Kep., Ns.", "QORI", "AULIA", "qori.aulia"),
        NameCase("RAHMAT HIDAYAT, S.E.I", "RAHMAT HIDAYAT, S.E.I", "RAHMAT", "HIDAYAT", "rahmat.hidayat"),
        NameCase("SAIFUL ANWAR, S.H.I., M.H.I.", "SAIFUL ANWAR, S.H.I., M.H.I.", "SAIFUL", "ANWAR", "saiful.anwar"),
        NameCase("TAUFIK HIDAYAT, S.Kom, MTI", "TAUFIK HIDAYAT, S.Kom, MTI", "TAUFIK", "HIDAYAT", "taufik.hidayat"),
        NameCase("UMI KALSUM, S.Gz", "UMI KALSUM, S.Gz", "UMI", "KALSUM", "umi.kalsum"),
        NameCase("VERA WATI, SKM", "VERA WATI, SKM", "VERA", "WATI", "vera.wati"),
        NameCase("VERA WATI SKM", "VERA WATI, SKM", "VERA", "WATI", "vera.wati"),
        NameCase("WAHYU PRATAMA, S.T., M.T.", "WAHYU PRATAMA, S.T., M.T.", "WAHYU", "PRATAMA", "wahyu.pratama"),
        NameCase("YENI MARLINA, S.Pd.SD", "YENI MARLINA, S.Pd.SD", "YENI", "MARLINA", "yeni.marlina"),
        NameCase("ZULKIFLI, S.Sos., M.AP.", "ZULKIFLI, S.Sos., M.AP.", nil, "ZULKIFLI", "zulkifli"),
        NameCase("ARIF RAHMAN, S.Tr.IP", "ARIF RAHMAN, S.Tr.IP", "ARIF", "RAHMAN", "arif.rahman"),
        NameCase("BAYU AJI, A.P.", "BAYU AJI, A.P.", "BAYU", "AJI", "bayu.aji"),
        NameCase("CAHYO NUGROHO, S.Kom., M.T.I.", "CAHYO NUGROHO, S.Kom., M.T.I.", "CAHYO", "NUGROHO", "cahyo.nugroho"),
        NameCase("DIAN PERTIWI, Amd.Kep", "DIAN PERTIWI, Amd.Kep", "DIAN", "PERTIWI", "dian.pertiwi"),
        // Words that are also titles stay names unless written as titles.
        NameCase("MARIA MA", "MARIA MA", "MARIA", "MA", "maria.ma"),
        NameCase("MARIA, M.A.", "MARIA, M.A.", nil, "MARIA", "maria"),
        NameCase("LIE MENG", "LIE MENG", "LIE", "MENG", "lie.meng"),
    ]

    /// Raden and other honorifics of nobility before the name.
    static let honorifics: [NameCase] = [
        NameCase("RADEN MAS SUTRISNO", "RADEN MAS SUTRISNO", nil, "SUTRISNO", "sutrisno"),
        NameCase("R.M. SUTRISNO", "R.M. SUTRISNO", nil, "SUTRISNO", "sutrisno"),
        NameCase("R.A. KARTINI", "R.A. KARTINI", nil, "KARTINI", "kartini"),
        NameCase("Rr. SITI NURJANAH", "Rr. SITI NURJANAH", "SITI", "NURJANAH", "siti.nurjanah"),
        NameCase("R. AYU DEWI SARTIKA", "R. AYU DEWI SARTIKA", "DEWI", "SARTIKA", "dewi.sartika"),
        NameCase("R. SOEPRAPTO", "R. SOEPRAPTO", nil, "SOEPRAPTO", "soeprapto"),
        NameCase("Raden Rara Ayu Lestari", "Raden Rara Ayu Lestari", "Ayu", "Lestari", "ayu.lestari"),
        NameCase("Dr. R. MAS AGUS", "Dr. R. MAS AGUS", nil, "AGUS", "agus"),
        NameCase("R. AJENG KARTIKA SARI, S.E.", "R. AJENG KARTIKA SARI, S.E.", "KARTIKA", "SARI", "kartika.sari"),
        NameCase("TEUKU UMAR", "TEUKU UMAR", nil, "UMAR", "umar"),
        NameCase("TEUKU MUHAMMAD HASAN", "TEUKU MUHAMMAD HASAN", "MUHAMMAD", "HASAN", "muhammad.hasan"),
        NameCase("CUT NYAK DHIEN", "CUT NYAK DHIEN", "NYAK", "DHIEN", "nyak.dhien"),
        NameCase("TGK. ABDULLAH", "TGK. ABDULLAH", nil, "ABDULLAH", "abdullah"),
        NameCase("Tengku Amir Hamzah", "Tengku Amir Hamzah", "Amir", "Hamzah", "amir.hamzah"),
        // Alone, "Raden" is left as the name.
        NameCase("RADEN", "RADEN", nil, "RADEN", "raden"),
    ]

    /// Balinese names: gender prefix I / Ni (Ni Luh), birth-order names, caste titles.
    static let balinese: [NameCase] = [
        NameCase("I WAYAN SUDIRTA", "I WAYAN SUDIRTA", "I WAYAN", "SUDIRTA", "wayan.sudirta"),
        NameCase("NI WAYAN SUKERTI", "NI WAYAN SUKERTI", "NI WAYAN", "SUKERTI", "wayan.sukerti"),
        NameCase("I MADE SUDARSANA", "I MADE SUDARSANA", "I MADE", "SUDARSANA", "made.sudarsana"),
        NameCase("I KADEK DWI ARTAWAN", "I KADEK DWI ARTAWAN", "I KADEK DWI", "ARTAWAN", "kadek.artawan"),
        NameCase("NI KADEK AYU LESTARI", "NI KADEK AYU LESTARI", "NI KADEK AYU", "LESTARI", "kadek.lestari"),
        NameCase("I NYOMAN GUNARSA", "I NYOMAN GUNARSA", "I NYOMAN", "GUNARSA", "nyoman.gunarsa"),
        NameCase("I KOMANG ADI PUTRA", "I KOMANG ADI PUTRA", "I KOMANG ADI", "PUTRA", "komang.putra"),
        NameCase("NI KOMANG TRISNA DEWI", "NI KOMANG TRISNA DEWI", "NI KOMANG TRISNA", "DEWI", "komang.dewi"),
        NameCase("I NENGAH WIDIASA", "I NENGAH WIDIASA", "I NENGAH", "WIDIASA", "nengah.widiasa"),
        NameCase("NI LUH PUTU ARIANI", "NI LUH PUTU ARIANI", "NI LUH PUTU", "ARIANI", "putu.ariani"),
        NameCase("NI LUH AYU PURNAMA", "NI LUH AYU PURNAMA", "NI LUH AYU", "PURNAMA", "luh.purnama"),
        NameCase("I GUSTI NGURAH RAI", "I GUSTI NGURAH RAI", "I GUSTI NGURAH", "RAI", "ngurah.rai"),
        NameCase("I GUSTI AYU MADE SUKMAWATI", "I GUSTI AYU MADE SUKMAWATI", "I GUSTI AYU MADE", "SUKMAWATI", "made.sukmawati"),
        NameCase("IDA BAGUS MADE OKA", "IDA BAGUS MADE OKA", "IDA BAGUS MADE", "OKA", "made.oka"),
        NameCase("IDA AYU PUTU SRI WIDNYANI", "IDA AYU PUTU SRI WIDNYANI", "IDA AYU PUTU SRI", "WIDNYANI", "putu.widnyani"),
        NameCase("ANAK AGUNG GEDE AGUNG", "ANAK AGUNG GEDE AGUNG", "ANAK AGUNG GEDE", "AGUNG", "gede.agung"),
        NameCase("A.A. NGURAH PUTRA", "A.A. NGURAH PUTRA", "A.A. NGURAH", "PUTRA", "ngurah.putra"),
        NameCase("COKORDA GDE RAKA", "COKORDA GDE RAKA", "COKORDA GDE", "RAKA", "gde.raka"),
        NameCase("I DEWA MADE BERATHA", "I DEWA MADE BERATHA", "I DEWA MADE", "BERATHA", "made.beratha"),
        NameCase("DESAK PUTU ARYANI", "DESAK PUTU ARYANI", "DESAK PUTU", "ARYANI", "putu.aryani"),
        NameCase("PUTU ARSANA", "PUTU ARSANA", "PUTU", "ARSANA", "putu.arsana"),
        NameCase("I PUTU ARSANA", "I PUTU ARSANA", "I PUTU", "ARSANA", "putu.arsana"),
        NameCase("I MADE ARSANA", "I MADE ARSANA", "I MADE", "ARSANA", "made.arsana"),
        NameCase("NI PUTU AYU", "NI PUTU AYU", "NI PUTU", "AYU", "putu.ayu"),
        NameCase("I KETUT", "I KETUT", "I", "KETUT", "ketut"),
        NameCase("I GEDE PASEK SUARDIKA", "I GEDE PASEK SUARDIKA", "I GEDE PASEK", "SUARDIKA", "gede.suardika"),
        NameCase("NI NYOMAN SUWITRI, S.Pd.", "NI NYOMAN SUWITRI, S.Pd.", "NI NYOMAN", "SUWITRI", "nyoman.suwitri"),
        NameCase("Drs. I GUSTI NGURAH OKA, M.Si.", "Drs. I GUSTI NGURAH OKA, M.Si.", "I GUSTI NGURAH", "OKA", "ngurah.oka"),
        NameCase("dr. I KETUT SUDIANA, Sp.A", "dr. I KETUT SUDIANA, Sp.A", "I KETUT", "SUDIANA", "ketut.sudiana"),
        NameCase("i wayan sudirta", "i wayan sudirta", "i wayan", "sudirta", "wayan.sudirta"),
    ]

    /// Initials, abbreviations of Muhammad, and other naming patterns.
    static let others: [NameCase] = [
        NameCase("M. RIDWAN KAMIL", "M. RIDWAN KAMIL", "M. RIDWAN", "KAMIL", "ridwan.kamil"),
        NameCase("M.RIDWAN KAMIL", "M. RIDWAN KAMIL", "M. RIDWAN", "KAMIL", "ridwan.kamil"),
        NameCase("MUH. ARIFIN", "MUH. ARIFIN", "MUH.", "ARIFIN", "muh.arifin"),
        NameCase("A. RAHMAN", "A. RAHMAN", "A.", "RAHMAN", "a.rahman"),
        NameCase("M.ZAINUDDIN", "M. ZAINUDDIN", "M.", "ZAINUDDIN", "m.zainuddin"),
        NameCase("OPERATOR KECAMATAN 2", "OPERATOR KECAMATAN 2", "OPERATOR KECAMATAN", "2", "operator.2"),
        NameCase("BUDI SIMANJUNTAK, S.H.", "BUDI SIMANJUNTAK, S.H.", "BUDI", "SIMANJUNTAK", "budi.simanjuntak"),
        NameCase("ROSMAWATI BR. SIREGAR", "ROSMAWATI BR. SIREGAR", "ROSMAWATI BR.", "SIREGAR", "rosmawati.siregar"),
        NameCase("AHMAD BIN ABDULLAH", "AHMAD BIN ABDULLAH", "AHMAD BIN", "ABDULLAH", "ahmad.abdullah"),
        NameCase("SITI BINTI ALI", "SITI BINTI ALI", "SITI BINTI", "ALI", "siti.ali"),
        NameCase("TAN HONG LIEM", "TAN HONG LIEM", "TAN HONG", "LIEM", "tan.liem"),
        NameCase("SUPARMAN", "SUPARMAN", nil, "SUPARMAN", "suparman"),
        NameCase("YOHANES KOGOYA", "YOHANES KOGOYA", "YOHANES", "KOGOYA", "yohanes.kogoya"),
        NameCase("FRANS SUMAMPOUW", "FRANS SUMAMPOUW", "FRANS", "SUMAMPOUW", "frans.sumampouw"),
        NameCase("MA'RUF AMIN", "MA'RUF AMIN", "MA'RUF", "AMIN", "maruf.amin"),
        NameCase("NUR-AINI SAFITRI", "NUR-AINI SAFITRI", "NUR-AINI", "SAFITRI", "nur-aini.safitri"),
        NameCase("  SITI   AMINAH ,  S.E.  ", "SITI AMINAH, S.E.", "SITI", "AMINAH", "siti.aminah"),
        NameCase("ZAÏNUDDIN", "ZAÏNUDDIN", nil, "ZAÏNUDDIN", "zainuddin"),
        NameCase("ANDI MUHAMMAD ALIF", "ANDI MUHAMMAD ALIF", "ANDI MUHAMMAD", "ALIF", "andi.alif"),
        NameCase("LA ODE MUHAMMAD SYARIF", "LA ODE MUHAMMAD SYARIF", "MUHAMMAD", "SYARIF", "muhammad.syarif"),
        NameCase("WA ODE NURHAYATI", "WA ODE NURHAYATI", nil, "NURHAYATI", "nurhayati"),
    ]

    /// Everyday names of operators, with and without titles.
    static let everyday: [NameCase] = [
        NameCase("SRI WAHYUNI", "SRI WAHYUNI", "SRI", "WAHYUNI", "sri.wahyuni"),
        NameCase("SUGENG RIYADI", "SUGENG RIYADI", "SUGENG", "RIYADI", "sugeng.riyadi"),
        NameCase("TRI WAHYUNINGSIH, A.Md.", "TRI WAHYUNINGSIH, A.Md.", "TRI", "WAHYUNINGSIH", "tri.wahyuningsih"),
        NameCase("DWI ASTUTI", "DWI ASTUTI", "DWI", "ASTUTI", "dwi.astuti"),
        NameCase("EKO SUSILO", "EKO SUSILO", "EKO", "SUSILO", "eko.susilo"),
        NameCase("ENDANG SRI RAHAYU", "ENDANG SRI RAHAYU", "ENDANG SRI", "RAHAYU", "endang.rahayu"),
        NameCase("SLAMET RIYADI, S.Sos.", "SLAMET RIYADI, S.Sos.", "SLAMET", "RIYADI", "slamet.riyadi"),
        NameCase("SUHARTO", "SUHARTO", nil, "SUHARTO", "suharto"),
        NameCase("SUMARNI, S.Pd", "SUMARNI, S.Pd", nil, "SUMARNI", "sumarni"),
        NameCase("WIDODO SE", "WIDODO, SE", nil, "WIDODO", "widodo"),
        NameCase("YULIANTI, S.E.", "YULIANTI, S.E.", nil, "YULIANTI", "yulianti"),
        NameCase("AGUS SETIAWAN", "AGUS SETIAWAN", "AGUS", "SETIAWAN", "agus.setiawan"),
        NameCase("ANI SURYANI", "ANI SURYANI", "ANI", "SURYANI", "ani.suryani"),
        NameCase("BAMBANG SUTRISNO, S.Kom", "BAMBANG SUTRISNO, S.Kom", "BAMBANG", "SUTRISNO", "bambang.sutrisno"),
        NameCase("DEWI KARTIKA, S.Kom", "DEWI KARTIKA, S.Kom", "DEWI", "KARTIKA", "dewi.kartika"),
        NameCase("DEWI ANGGRAINI", "DEWI ANGGRAINI", "DEWI", "ANGGRAINI", "dewi.anggraini"),
        NameCase("FAJAR NUGROHO", "FAJAR NUGROHO", "FAJAR", "NUGROHO", "fajar.nugroho"),
        NameCase("GITA PRAMESWARI", "GITA PRAMESWARI", "GITA", "PRAMESWARI", "gita.prameswari"),
        NameCase("HENDRA GUNAWAN ST", "HENDRA GUNAWAN, ST", "HENDRA", "GUNAWAN", "hendra.gunawan"),
        NameCase("IKHSAN MAULANA", "IKHSAN MAULANA", "IKHSAN", "MAULANA", "ikhsan.maulana"),
        NameCase("JULIANTO, S.Kom.", "JULIANTO, S.Kom.", nil, "JULIANTO", "julianto"),
        NameCase("KURNIAWAN ADI SAPUTRA", "KURNIAWAN ADI SAPUTRA", "KURNIAWAN ADI", "SAPUTRA", "kurniawan.saputra"),
        NameCase("LESTARI HANDAYANI", "LESTARI HANDAYANI", "LESTARI", "HANDAYANI", "lestari.handayani"),
        NameCase("MUHAMMAD RIFAI", "MUHAMMAD RIFAI", "MUHAMMAD", "RIFAI", "muhammad.rifai"),
        NameCase("NURUL HIDAYAH SE", "NURUL HIDAYAH, SE", "NURUL", "HIDAYAH", "nurul.hidayah"),
        NameCase("PRIYO UTOMO", "PRIYO UTOMO", "PRIYO", "UTOMO", "priyo.utomo"),
        NameCase("RATNA DEWI", "RATNA DEWI", "RATNA", "DEWI", "ratna.dewi"),
        NameCase("RINA LESTARI", "RINA LESTARI", "RINA", "LESTARI", "rina.lestari"),
        NameCase("SITI RAHMAWATI, A.Md.", "SITI RAHMAWATI, A.Md.", "SITI", "RAHMAWATI", "siti.rahmawati"),
        NameCase("TEGUH PRIBADI", "TEGUH PRIBADI", "TEGUH", "PRIBADI", "teguh.pribadi"),
        NameCase("UTAMI DEWI", "UTAMI DEWI", "UTAMI", "DEWI", "utami.dewi"),
        NameCase("WULANDARI", "WULANDARI", nil, "WULANDARI", "wulandari"),
        NameCase("YOGI PRATAMA SKOM", "YOGI PRATAMA, SKOM", "YOGI", "PRATAMA", "yogi.pratama"),
        NameCase("ZAHRA AULIA", "ZAHRA AULIA", "ZAHRA", "AULIA", "zahra.aulia"),
        NameCase("Siti Nur Aminah", "Siti Nur Aminah", "Siti Nur", "Aminah", "siti.aminah"),
        NameCase("Dewi Anggraini, S.Kom", "Dewi Anggraini, S.Kom", "Dewi", "Anggraini", "dewi.anggraini"),
        NameCase("Rina Lestari", "Rina Lestari", "Rina", "Lestari", "rina.lestari"),
        NameCase("Eko Prasetyo", "Eko Prasetyo", "Eko", "Prasetyo", "eko.prasetyo"),
        NameCase("Budi Santoso, S.Kom", "Budi Santoso, S.Kom", "Budi", "Santoso", "budi.santoso"),
        NameCase("Muhammad Yusuf Hidayat", "Muhammad Yusuf Hidayat", "Muhammad Yusuf", "Hidayat", "muhammad.hidayat"),
        NameCase("HERMAN, S.E., M.M.", "HERMAN, S.E., M.M.", nil, "HERMAN", "herman"),
        NameCase("IWAN SETIADI S.IP", "IWAN SETIADI, S.IP", "IWAN", "SETIADI", "iwan.setiadi"),
        NameCase("SUSI SUSANTI AMKEB", "SUSI SUSANTI, AMKEB", "SUSI", "SUSANTI", "susi.susanti"),
        NameCase("SUSI SUSANTI, Am.Keb", "SUSI SUSANTI, Am.Keb", "SUSI", "SUSANTI", "susi.susanti"),
    ]

    /// Every case.
    static let all: [NameCase] = issueCases + frontTitles + backTitles + honorifics + balinese + others + everyday
}
