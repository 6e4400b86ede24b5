/// `GET /api/v1/office`: the SOP as a client shows it.
public struct OfficeProfileQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/office")
    public static let action = OfficeAction.readProfile
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> OfficeProfile {
        Views.profile(office.sop, catalogue: office.catalogue, rehearsal: office.clock.rehearsal)
    }
}

/// `GET /api/v1/session`: who is logged in, with their roles.
public struct WhoAmIQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/session")
    public static let action = OfficeAction.whoAmI
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> StaffInfo {
        Views.staff(try call.caller.staff(for: .whoAmI))
    }
}
