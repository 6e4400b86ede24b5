import GRDB

/// The database schema, as migrations that only ever append: a change is a new migration, never an edit of an
/// earlier one.
enum StoreSchema {
    /// The 64 zeros that stand for the hash before the first audit record.
    static let genesisHash = String(repeating: "0", count: 64)

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: auditLogV1 + projectionsV1 + outboxV1 + accountsV1)
        }
        migrator.registerMigration("v2: projection dates") { db in
            try db.execute(sql: projectionDatesV2)
        }
        migrator.registerMigration("v3: audit authentication codes") { db in
            try db.execute(sql: auditMACsV3)
        }
        migrator.registerMigration("v4: checkpoints and compact payloads") { db in
            try db.execute(sql: checkpointsV4)
        }
        migrator.registerMigration("v5: day rosters") { db in
            try db.execute(sql: dayRostersV5)
        }
        migrator.registerMigration("v6: withdrawn usernames") { db in
            try db.execute(sql: withdrawnUsernamesV6)
        }
        return migrator
    }

    /// Applies missing migrations. Processes opening a new file at the same moment race to migrate it; a loser's
    /// migration fails on the winner's tables, so it re-checks and retries until the schema is complete.
    static func migrate(_ writer: any DatabaseWriter) throws(StoreError) {
        let migrator = migrator
        var attempts = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                attempts += 1
                let completed = (try? writer.read { try migrator.hasCompletedMigrations($0) }) ?? false  // try?: an unreadable migration state means not known done: retried, and the fifth failure is thrown
                if completed { return }
                if attempts >= 5 { throw StoreError(error) }
            }
        }
    }

    /// Whether every migration of this version has been applied to the database `reader` reads.
    static func isCurrent(_ reader: any DatabaseReader) throws(StoreError) -> Bool {
        do {
            return try reader.read { try migrator.hasCompletedMigrations($0) }
        } catch {
            throw StoreError(error)
        }
    }

    private static let auditLogV1 = """
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY CHECK (seq >= 1),
            recorded_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            subject TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_by_subject ON audit_log(subject, seq);
        CREATE INDEX audit_log_by_kind ON audit_log(kind, seq);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
            WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
              OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '\(genesisHash)')
            BEGIN SELECT RAISE(ABORT, 'audit log records must extend the hash chain'); END;

        """

    private static let projectionsV1 = """
        CREATE TABLE requests (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('inProgress', 'returned', 'rejected', 'cancelled', 'completed')),
            status_reason TEXT,
            current_step TEXT,
            filed_at TEXT NOT NULL,
            filed_by TEXT NOT NULL,
            applicant_key TEXT NOT NULL,
            applicant_name TEXT NOT NULL,
            candidate_count INTEGER NOT NULL,
            decree_number TEXT,
            last_activity TEXT NOT NULL,
            last_seq INTEGER NOT NULL REFERENCES audit_log(seq)
        );
        CREATE INDEX requests_by_status ON requests(status, id);
        CREATE TABLE request_candidates (
            request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_key TEXT NOT NULL,
            name TEXT NOT NULL,
            nip TEXT,
            nik TEXT,
            uid TEXT,
            role TEXT NOT NULL,
            work_unit TEXT NOT NULL,
            job_title TEXT,
            PRIMARY KEY (request_id, position)
        );
        CREATE INDEX request_candidates_by_person ON request_candidates(person_key);
        CREATE TABLE decrees (
            number TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            signed_on TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            effective_until TEXT,
            signer_name TEXT NOT NULL,
            signer_nip TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('issued', 'imported')),
            request_id TEXT,
            supersedes TEXT NOT NULL,
            grant_count INTEGER NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            seq INTEGER NOT NULL REFERENCES audit_log(seq)
        );
        CREATE TABLE decree_grants (
            decree_number TEXT NOT NULL REFERENCES decrees(number) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_key TEXT NOT NULL,
            name TEXT NOT NULL,
            nip TEXT,
            nik TEXT,
            roles TEXT NOT NULL,
            work_unit TEXT NOT NULL,
            job_title TEXT,
            PRIMARY KEY (decree_number, position)
        );
        CREATE INDEX decree_grants_by_person ON decree_grants(person_key);
        CREATE TABLE roster (
            person_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            nip TEXT,
            nik TEXT,
            uid TEXT,
            roles TEXT NOT NULL,
            work_units TEXT NOT NULL,
            basis TEXT NOT NULL,
            end_date TEXT,
            as_of TEXT NOT NULL
        );
        CREATE TABLE roster_conflicts (
            position INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            as_of TEXT NOT NULL
        );

        """

    /// Each audit record carries an HMAC made with the office's audit key (see ``AuditKey``), which the database does
    /// not hold. Records written before this version have none until `hakakses audit seal` adds them (the only
    /// update the log allows); every new record must carry one. The triggers are a guard against accidents: someone
    /// who drops them is still caught by verification, because they cannot compute the codes.
    private static let auditMACsV3 = """
        ALTER TABLE audit_log ADD COLUMN mac TEXT;
        DROP TRIGGER audit_log_no_update;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NOT (OLD.mac IS NULL AND NEW.mac IS NOT NULL AND NEW.seq IS OLD.seq
                      AND NEW.recorded_at IS OLD.recorded_at AND NEW.kind IS OLD.kind AND NEW.actor IS OLD.actor
                      AND NEW.subject IS OLD.subject AND NEW.payload IS OLD.payload
                      AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash)
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        DROP TRIGGER audit_log_extends_chain;
        CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
            WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
              OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '\(genesisHash)')
              OR NEW.mac IS NULL
            BEGIN SELECT RAISE(ABORT, 'audit log records must extend the hash chain and carry an authentication code'); END;

        """

    /// Checkpoints of the verified workflow state (see ``Checkpoints``) and authenticated compact re-encodings of
    /// large SK payloads written before the compact form existed (see ``CompactPayloads``, which the first process
    /// to open the migrated file runs once, since it needs the audit key: `store_tasks` remembers that it is due).
    /// The indexes make the check that no table refers past the end of the log (done on every checked read of
    /// the bridge and the reconciler) a lookup instead of a scan.
    private static let checkpointsV4 = """
        CREATE TABLE checkpoints (
            context TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state BLOB NOT NULL,
            mac TEXT NOT NULL,
            PRIMARY KEY (context, seq)
        );
        CREATE TABLE audit_compact (
            seq INTEGER PRIMARY KEY REFERENCES audit_log(seq),
            payload TEXT NOT NULL,
            mac TEXT NOT NULL
        );
        CREATE TABLE store_tasks (
            task TEXT PRIMARY KEY
        );
        CREATE INDEX outbox_by_cause ON outbox(cause_seq);
        CREATE INDEX accounts_by_cause ON accounts(cause_seq);
        INSERT INTO store_tasks (task) VALUES ('\(CompactPayloads.task)');

        """

    /// The roster of an office day beside each checkpoint (see ``DayRosters``).
    private static let dayRostersV5 = """
        CREATE TABLE day_rosters (
            context TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hash TEXT NOT NULL,
            day TEXT NOT NULL,
            roster BLOB NOT NULL,
            mac TEXT NOT NULL,
            PRIMARY KEY (context, seq)
        );

        """

    /// The office date each date-dependent projection was last computed for (today: the roster), so that a
    /// refresh for a date it is already current for costs one read instead of a rewrite.
    private static let projectionDatesV2 = """
        CREATE TABLE projection_dates (
            projection TEXT PRIMARY KEY,
            as_of TEXT NOT NULL
        );

        """

    private static let outboxV1 = """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            person_key TEXT NOT NULL,
            cause_seq INTEGER NOT NULL REFERENCES audit_log(seq),
            reason TEXT NOT NULL,
            not_before TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'refused')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE UNIQUE INDEX outbox_pending_once ON outbox(person_key, not_before) WHERE state = 'pending';
        CREATE INDEX outbox_due ON outbox(next_attempt_at, id) WHERE state = 'pending';
        CREATE INDEX outbox_by_person ON outbox(person_key, id);

        """

    /// A username stays permanent once it is in the directory; one the directory refused (another office of a
    /// national directory holds it) may be removed, and only with the `account.withdrawn` record naming the person and
    /// that username already in the log.
    private static let withdrawnUsernamesV6 = """
        DROP TRIGGER accounts_no_delete;
        CREATE TRIGGER accounts_delete_only_withdrawn BEFORE DELETE ON accounts
            WHEN NOT EXISTS (SELECT 1 FROM audit_log WHERE kind = 'account.withdrawn' AND subject = OLD.person_key
                             AND json_extract(payload, '$.username') = OLD.username)
            BEGIN SELECT RAISE(ABORT, 'usernames are permanent'); END;

        """

    private static let accountsV1 = """
        CREATE TABLE accounts (
            person_key TEXT PRIMARY KEY,
            username TEXT NOT NULL COLLATE NOCASE UNIQUE,
            created_at TEXT NOT NULL,
            cause_seq INTEGER NOT NULL REFERENCES audit_log(seq)
        );
        CREATE TRIGGER accounts_no_update BEFORE UPDATE ON accounts
            BEGIN SELECT RAISE(ABORT, 'usernames are permanent'); END;
        CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
            BEGIN SELECT RAISE(ABORT, 'usernames are permanent'); END;

        """
}
