extension OfficeAction {
    /// True if the action writes to the audit log or the directory: refused, with nothing recorded, while the
    /// database is not the one the directory's anchor names (a restore that lost records, a copy put back) — the
    /// office is read-only until it is recovered (``Office/authorize(_:_:now:)``).
    public var changesTheRecord: Bool {
        switch self {
        case .health, .login, .logout, .whoAmI, .readProfile, .readRequestStatus, .readInbox, .listRequests, .readRequest, .readSLA,
             .listDecrees, .readDecree, .exportDecree, .readRoster, .exportRoster, .readAudit, .reconcileDryRun,
             .listArchive, .readArchiveFile, .endSessions, .replicate, .listReviews, .readReview, .listActing, .reviewsDue:
            false
        case .fileRequest, .resubmitRequest, .cancelRequest, .approveStep, .rejectRequest, .returnRequest, .issueDecree, .signDecree,
             .importDecree, .confirmDecree, .withdrawDecree, .sync, .handover, .revoke, .reconcileApply, .printDocument,
             .storeEvidence, .startReview, .decideReview, .signReview, .assignActing, .changeOwnPassword, .requestPasswordReset:
            true
        }
    }
}
