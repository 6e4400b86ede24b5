import Foundation

/// The `ldif/` folder of a bare slapd for the bind benchmark: the same backend (mdb, same indices, same argon2
/// module and parameters, so the same password hashes verify at the same cost), the same schema, but no ACLs and no
/// overlays (no ppolicy, dynlist, refint, syncprov). Without dynlist nothing computes `memberOf`, so the entries store
/// it (as the deprecated memberof overlay would have): the bare server answers the same read from stored values.
enum BareDirectory {
    static func templates(schemaFrom shipped: URL) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hakakses-bench-bare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: shipped.appendingPathComponent("schema/siak.ldif"),
                                         to: folder.appendingPathComponent("schema/siak.ldif"))
        try memberOfSchema.write(to: folder.appendingPathComponent("schema/memberof.ldif"), atomically: true, encoding: .utf8)
        try config.write(to: folder.appendingPathComponent("config.ldif"), atomically: true, encoding: .utf8)
        try tree.write(to: folder.appendingPathComponent("dit.ldif"), atomically: true, encoding: .utf8)
        return folder
    }

    static let config = """
        dn: cn=config
        objectClass: olcGlobal
        cn: config
        olcPidFile: @RUN_DIR@/slapd.pid
        olcArgsFile: @RUN_DIR@/slapd.args
        olcServerID: @SERVER_ID@
        olcLogLevel: @LOG_LEVEL@
        olcSizeLimit: @SIZE_LIMIT@

        dn: cn=module{0},cn=config
        objectClass: olcModuleList
        cn: module{0}
        olcModulePath: @MODULE_PATH@
        olcModuleLoad: {0}back_mdb
        olcModuleLoad: {1}argon2 @ARGON2_PARAMS@

        dn: cn=schema,cn=config
        objectClass: olcSchemaConfig
        cn: schema

        include: file://@SCHEMA_DIR@/core.ldif
        include: file://@SCHEMA_DIR@/cosine.ldif
        include: file://@SCHEMA_DIR@/inetorgperson.ldif
        include: file://@SCHEMA_DIR@/dyngroup.ldif
        include: file://@LDIF_DIR@/schema/siak.ldif
        include: file://@LDIF_DIR@/schema/memberof.ldif

        dn: olcDatabase={-1}frontend,cn=config
        objectClass: olcDatabaseConfig
        objectClass: olcFrontendConfig
        olcDatabase: {-1}frontend

        dn: olcDatabase={0}config,cn=config
        objectClass: olcDatabaseConfig
        olcDatabase: {0}config
        olcRootDN: @ADMIN_DN@
        olcAccess: {0}to * by dn.exact="@ADMIN_DN@" manage by * none

        dn: olcDatabase={1}mdb,cn=config
        objectClass: olcDatabaseConfig
        objectClass: olcMdbConfig
        olcDatabase: {1}mdb
        olcSuffix: @BASE_DN@
        olcRootDN: @ADMIN_DN@
        olcDbDirectory: @DATA_DIR@
        olcDbMaxSize: @DB_MAX_SIZE@
        olcDbIndex: objectClass eq
        olcDbIndex: uid eq
        olcDbIndex: cn eq
        olcDbIndex: member eq
        olcDbIndex: siakNIP eq
        olcDbIndex: siakNIK eq
        olcDbIndex: siakManagedBy eq
        olcDbIndex: entryUUID eq
        olcDbIndex: entryCSN eq
        olcDbMultival: member 100,10

        """

    /// `memberOf` as a plain attribute (the AD OID the overlays use), stored on entries of class extensibleObject.
    static let memberOfSchema = """
        dn: cn=memberof,cn=schema,cn=config
        objectClass: olcSchemaConfig
        cn: memberof
        olcAttributeTypes: ( 1.2.840.113556.1.2.102 NAME 'memberOf' DESC 'Group the entry belongs to, stored' EQUALITY distinguishedNameMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.12 )

        """

    static let tree = """
        dn: @BASE_DN@
        objectClass: dcObject
        objectClass: organization
        objectClass: siakOffice
        dc: @BASE_DC@
        o: @OFFICE_NAME@
        siakRegionCode: @REGION_CODE@

        dn: ou=operators,@BASE_DN@
        objectClass: organizationalUnit
        ou: operators

        dn: ou=groups,@BASE_DN@
        objectClass: organizationalUnit
        ou: groups

        dn: ou=siak,ou=groups,@BASE_DN@
        objectClass: organizationalUnit
        ou: siak

        dn: ou=services,@BASE_DN@
        objectClass: organizationalUnit
        ou: services

        dn: cn=siak-server,ou=services,@BASE_DN@
        objectClass: applicationProcess
        objectClass: simpleSecurityObject
        cn: siak-server
        userPassword: @SIAK_SERVER_PASSWORD@

        """
}
