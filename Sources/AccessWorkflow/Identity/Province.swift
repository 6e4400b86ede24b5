/// An Indonesian province with its Kemendagri code (the first two digits of every NIK and region code).
public struct Province: Sendable, Hashable, Codable {
    /// The two-digit Kemendagri code, e.g. 62.
    public let code: Int
    /// The official name, e.g. "Kalimantan Tengah".
    public let name: String

    /// The 38 provinces with the codes Kemendagri currently uses (Kepmendagri on kode wilayah, after the 2022
    /// Papua expansion: 93–96).
    public static let all: [Province] = [
        Province(code: 11, name: "Aceh"),
        Province(code: 12, name: "Sumatera Utara"),
        Province(code: 13, name: "Sumatera Barat"),
        Province(code: 14, name: "Riau"),
        Province(code: 15, name: "Jambi"),
        Province(code: 16, name: "Sumatera Selatan"),
        Province(code: 17, name: "Bengkulu"),
        Province(code: 18, name: "Lampung"),
        Province(code: 19, name: "Kepulauan Bangka Belitung"),
        Province(code: 21, name: "Kepulauan Riau"),
        Province(code: 31, name: "DKI Jakarta"),
        Province(code: 32, name: "Jawa Barat"),
        Province(code: 33, name: "Jawa Tengah"),
        Province(code: 34, name: "Daerah Istimewa Yogyakarta"),
        Province(code: 35, name: "Jawa Timur"),
        Province(code: 36, name: "Banten"),
        Province(code: 51, name: "Bali"),
        Province(code: 52, name: "Nusa Tenggara Barat"),
        Province(code: 53, name: "Nusa Tenggara Timur"),
        Province(code: 61, name: "Kalimantan Barat"),
        Province(code: 62, name: "Kalimantan Tengah"),
        Province(code: 63, name: "Kalimantan Selatan"),
        Province(code: 64, name: "Kalimantan Timur"),
        Province(code: 65, name: "Kalimantan Utara"),
        Province(code: 71, name: "Sulawesi Utara"),
        Province(code: 72, name: "Sulawesi Tengah"),
        Province(code: 73, name: "Sulawesi Selatan"),
        Province(code: 74, name: "Sulawesi Tenggara"),
        Province(code: 75, name: "Gorontalo"),
        Province(code: 76, name: "Sulawesi Barat"),
        Province(code: 81, name: "Maluku"),
        Province(code: 82, name: "Maluku Utara"),
        Province(code: 91, name: "Papua"),
        Province(code: 92, name: "Papua Barat"),
        Province(code: 93, name: "Papua Selatan"),
        Province(code: 94, name: "Papua Tengah"),
        Province(code: 95, name: "Papua Pegunungan"),
        Province(code: 96, name: "Papua Barat Daya"),
    ]

    /// The province with this code, or nil if Kemendagri uses no such code.
    public static func named(code: Int) -> Province? { all.first { $0.code == code } }

    /// The codes joined for error messages: "11–19, 21, 31–36, …".
    static let codeRanges = "11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96"
}
