public import Foundation

/// `sla report`: time used per step against the SOP's standards.
public struct SLADocument: Codable, Sendable, Hashable {
    public struct Row: Codable, Sendable, Hashable {
        public let request: String, step: String, round: Int, executor: String, actor: String?, started: Date
        public let completed: Date?, elapsedSeconds: Double, standardSeconds: Int, breached: Bool, pending: Bool
        /// The step's executors ("kabid → sekretaris → kadis"), each official's share of the time, and the number
        /// of people a per-person standard was multiplied by.
        public let executors: String, shares: [Share], people: Int
        /// Departures in equipment or output recorded with the step; `failed` when any or a breach of time.
        public let deviations: [DeviationRow], failed: Bool
        /// The SOP the step was measured under: the version in force when the request was filed (its number, and
        /// the version number, 0 for the office's original).
        public let sop: String, sopVersion: Int
    }
    public struct DeviationRow: Codable, Sendable, Hashable {
        /// `equipment` or `output`; the note as written.
        public let kind: String, note: String
    }
    public struct Share: Codable, Sendable, Hashable {
        public let actor: String, elapsedSeconds: Double
    }
    public let now: Date
    public let rows: [Row]
    public let breachesByStep: [String: Int]
    public let breachesByExecutor: [String: Int]
    public let runningBreaches: Int
    /// Steps with a recorded deviation, per uid of who recorded it.
    public let deviationsByExecutor: [String: Int]
    /// The newest backup recorded (`hakakses backup`): Sukamara's "Pencatatan dan pendataan" asks for a copy kept
    /// as a reserve. Nil when none was ever made.
    public let lastBackup: BackupNote?
    /// Every measured step of every request (not only those in `rows`), per SOP step: what the chart draws.
    public let steps: [StepSummary]

    public struct BackupNote: Codable, Sendable, Hashable {
        public let at: Date, folder: String, records: Int64
    }

    /// One SOP step over every request measured: how often, how many over the standard (done or still running), and
    /// the time used against the standard — as a share of it (1 = exactly the standard) and in seconds.
    public struct StepSummary: Codable, Sendable, Hashable {
        public let step: String, title: String
        public let measured: Int, breached: Int, running: Int
        /// The median and the largest share of the standard used.
        public let medianRatio: Double, longestRatio: Double
        /// The longest time used, and the standard it was measured against.
        public let longestSeconds: Double, longestStandardSeconds: Int

        public init(step: String, title: String, measured: Int, breached: Int, running: Int, medianRatio: Double,
                    longestRatio: Double, longestSeconds: Double, longestStandardSeconds: Int) {
            self.step = step
            self.title = title
            self.measured = measured
            self.breached = breached
            self.running = running
            self.medianRatio = medianRatio
            self.longestRatio = longestRatio
            self.longestSeconds = longestSeconds
            self.longestStandardSeconds = longestStandardSeconds
        }
    }
}

/// `audit log`: one record.
public struct AuditRow: Codable, Sendable, Hashable {
    public let seq: Int64, at: Date, kind: String, actor: String, subject: String, payload: String, hash: String
}
