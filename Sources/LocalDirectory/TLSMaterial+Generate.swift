public import Foundation

extension TLSMaterial {
    /// Creates a throwaway CA and a server certificate for 127.0.0.1 and
    /// localhost with openssl, in `folder` (for tests and development only).
    public static func generate(in folder: URL) throws(LocalDirectoryError) -> TLSMaterial {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else {
            throw .missingProgram(openssl, hint: "run: sudo apt-get install -y openssl")
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .io("cannot create \(folder.path): \(error.localizedDescription)")
        }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let extensions = "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
        guard FileManager.default.createFile(atPath: path("server.ext"), contents: Data(extensions.utf8)) else {
            throw .io("cannot write \(path("server.ext"))")
        }
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        _ = try SlapdProcess.run(openssl, ["req", "-x509"] + curve + [
            "-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "7", "-subj", "/CN=hak-akses test CA",
        ])
        _ = try SlapdProcess.run(openssl, ["req"] + curve + [
            "-keyout", path("server.key"), "-out", path("server.csr"), "-subj", "/CN=127.0.0.1",
        ])
        _ = try SlapdProcess.run(openssl, [
            "x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
            "-CAcreateserial", "-out", path("server.pem"), "-days", "7", "-extfile", path("server.ext"),
        ])
        return TLSMaterial(certificateFile: path("server.pem"), keyFile: path("server.key"), caFile: path("ca.pem"))
    }
}
