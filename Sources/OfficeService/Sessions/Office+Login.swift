import AccessWorkflow

extension Office {
    /// Logs an official in from `address`: the attempt's place is reserved with `throttle` before the bind (so no
    /// more wrong passwords for one official reach the directory than the throttle allows, however many arrive at
    /// once), then settled by how the bind ended.
    public func login(_ typed: String, password: String, from address: String, throttle: LoginThrottle)
        async throws(OfficeError) -> StaffSession
    {
        let key = try StaffLogin.loginKey(typed)
        let ticket: LoginThrottle.Ticket
        do throws(OfficeError) { ticket = try await throttle.reserve(user: key, address: address) } catch {
            metrics.loginFailed(throttled: true)
            throw error
        }
        do {
            let session = try await staffLogin().login(uid: key, password: password)
            await throttle.settle(ticket, .success)
            return session
        } catch {
            await throttle.settle(ticket, error.kind == .unauthenticated ? .wrongPassword : .other)
            if error.kind == .unauthenticated { metrics.loginFailed(throttled: false) }
            throw error
        }
    }
}
