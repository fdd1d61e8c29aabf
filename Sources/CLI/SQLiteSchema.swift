/// The tables `--sqlite` writes (documented in docs/sqlite.md).
///
/// Dates are ISO text (`2017-10-15`); `as_of` ties findings to their snapshot.
enum SQLiteSchema {
  static let sql = """
    CREATE TABLE plan (id TEXT PRIMARY KEY, title TEXT NOT NULL, effective TEXT);
    CREATE TABLE bodies (id TEXT PRIMARY KEY, name TEXT NOT NULL, short TEXT, parent TEXT,
      is_group INTEGER NOT NULL);
    CREATE TABLE group_members (group_id TEXT NOT NULL, member TEXT NOT NULL,
      PRIMARY KEY (group_id, member));
    CREATE TABLE obligations (id TEXT PRIMARY KEY, title TEXT NOT NULL, section TEXT, quote TEXT,
      location TEXT NOT NULL);
    CREATE TABLE instances (id TEXT PRIMARY KEY, obligation TEXT NOT NULL REFERENCES obligations(id),
      body TEXT NOT NULL REFERENCES bodies(id), occurrence TEXT, due TEXT, due_after TEXT,
      class TEXT);
    CREATE TABLE dependencies (instance TEXT NOT NULL REFERENCES instances(id),
      prerequisite TEXT NOT NULL REFERENCES instances(id), PRIMARY KEY (instance, prerequisite));
    CREATE TABLE metrics (id TEXT PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL,
      baseline_value REAL, baseline_on TEXT, direction TEXT NOT NULL, target REAL NOT NULL,
      target_by TEXT NOT NULL);
    CREATE TABLE metric_instances (id TEXT PRIMARY KEY, metric TEXT NOT NULL REFERENCES metrics(id),
      body TEXT NOT NULL REFERENCES bodies(id));
    CREATE TABLE policies (id TEXT PRIMARY KEY, title TEXT, action TEXT NOT NULL,
      by_body TEXT NOT NULL, condition TEXT NOT NULL, section TEXT, location TEXT NOT NULL);
    CREATE TABLE snapshots (as_of TEXT PRIMARY KEY, path TEXT NOT NULL);
    CREATE TABLE violations (as_of TEXT NOT NULL REFERENCES snapshots(as_of), type TEXT NOT NULL,
      instance TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, title TEXT NOT NULL,
      due TEXT, change TEXT, PRIMARY KEY (as_of, type, instance));
    CREATE TABLE escalations (as_of TEXT NOT NULL REFERENCES snapshots(as_of), action TEXT NOT NULL,
      policy TEXT NOT NULL REFERENCES policies(id), by_body TEXT NOT NULL, target TEXT NOT NULL,
      instance TEXT NOT NULL, violation TEXT NOT NULL, change TEXT,
      PRIMARY KEY (as_of, policy, instance));
    CREATE TABLE progress (as_of TEXT NOT NULL REFERENCES snapshots(as_of), month TEXT NOT NULL,
      body TEXT NOT NULL, due INTEGER NOT NULL, done INTEGER NOT NULL, overdue INTEGER NOT NULL,
      violations INTEGER NOT NULL, escalations INTEGER NOT NULL, highest_action TEXT,
      completion_rate REAL, PRIMARY KEY (as_of, body));
    CREATE TABLE deadlines (as_of TEXT NOT NULL REFERENCES snapshots(as_of),
      instance TEXT NOT NULL, body TEXT NOT NULL, due TEXT NOT NULL, state TEXT NOT NULL,
      PRIMARY KEY (as_of, instance));
    CREATE TABLE trends (month TEXT NOT NULL, as_of TEXT NOT NULL, body TEXT NOT NULL, trend TEXT,
      PRIMARY KEY (month, body));
    CREATE TABLE rewrites (kind TEXT NOT NULL, instance TEXT NOT NULL, earlier TEXT NOT NULL,
      later TEXT NOT NULL, detail TEXT NOT NULL);
    """
}
