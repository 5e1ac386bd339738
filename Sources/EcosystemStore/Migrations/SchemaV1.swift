/// Schema version 1.
///
/// Records that users edit (entities, contacts, resources, projects,
/// vulnerable-group counts, indicator values, contact logs, referrals) share
/// one shape for sync: a global text id, `stamp` (the hybrid-clock stamp of
/// the edit that created the row; it covers every field not listed in
/// `field_stamps`), `deleted` (a tombstone is a field like any other), and the
/// typed columns of their fields. `field_stamps` holds a stamp only for fields
/// edited after creation, so a bulk import writes one row per record.
/// `history` keeps every value a field has lost, to an edit or to a
/// concurrent edit from another laptop. References between records are soft
/// (no foreign keys) because bundles may bring them in any order.
enum SchemaV1 {
    static let sql = """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE areas (
        code        TEXT PRIMARY KEY,
        level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
        parent      TEXT REFERENCES areas(code),
        name_th     TEXT NOT NULL,
        name_en     TEXT NOT NULL DEFAULT '',
        lat         REAL,
        lon         REAL,
        postal_code TEXT
    );
    CREATE INDEX areas_parent ON areas(parent);

    CREATE TABLE area_boundaries (
        code     TEXT PRIMARY KEY REFERENCES areas(code) ON DELETE CASCADE,
        geometry BLOB NOT NULL,
        source   TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE entities (
        id            TEXT PRIMARY KEY,
        stamp         TEXT NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0,
        demo          INTEGER NOT NULL DEFAULT 0,
        name_th       TEXT NOT NULL,
        name_en       TEXT,
        p4            TEXT NOT NULL,
        role          TEXT,
        sector        TEXT,
        level         TEXT,
        area          TEXT,
        phone         TEXT,
        email         TEXT,
        line_id       TEXT,
        description   TEXT,
        target_groups TEXT,
        issues        TEXT
    );

    CREATE TABLE contacts (
        id        TEXT PRIMARY KEY,
        stamp     TEXT NOT NULL,
        deleted   INTEGER NOT NULL DEFAULT 0,
        demo      INTEGER NOT NULL DEFAULT 0,
        entity    TEXT NOT NULL,
        name      TEXT,
        position  TEXT,
        phone     TEXT,
        email     TEXT,
        line_id   TEXT,
        address   TEXT,
        private   INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX contacts_entity ON contacts(entity);

    CREATE TABLE resources (
        id          TEXT PRIMARY KEY,
        stamp       TEXT NOT NULL,
        deleted     INTEGER NOT NULL DEFAULT 0,
        demo        INTEGER NOT NULL DEFAULT 0,
        entity      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        category    TEXT,
        description TEXT,
        quantity    TEXT,
        area        TEXT,
        period      TEXT
    );
    CREATE INDEX resources_entity ON resources(entity);

    CREATE TABLE projects (
        id            TEXT PRIMARY KEY,
        stamp         TEXT NOT NULL,
        deleted       INTEGER NOT NULL DEFAULT 0,
        demo          INTEGER NOT NULL DEFAULT 0,
        name_th       TEXT NOT NULL,
        name_en       TEXT,
        lead          TEXT,
        partners      TEXT,
        area          TEXT,
        target_groups TEXT,
        status        TEXT,
        budget        REAL,
        start         TEXT,
        "end"         TEXT,
        description   TEXT
    );

    CREATE TABLE vulnerable_groups (
        id           TEXT PRIMARY KEY,
        stamp        TEXT NOT NULL,
        deleted      INTEGER NOT NULL DEFAULT 0,
        demo         INTEGER NOT NULL DEFAULT 0,
        area         TEXT NOT NULL,
        target_group TEXT NOT NULL,
        registered   INTEGER,
        reached      INTEGER,
        year         INTEGER,
        source       TEXT
    );
    CREATE INDEX vulnerable_area ON vulnerable_groups(area);

    CREATE TABLE indicator_values (
        id           TEXT PRIMARY KEY,
        stamp        TEXT NOT NULL,
        deleted      INTEGER NOT NULL DEFAULT 0,
        demo         INTEGER NOT NULL DEFAULT 0,
        area         TEXT NOT NULL,
        indicator    TEXT NOT NULL,
        year         INTEGER NOT NULL,
        value        REAL,
        source       TEXT,
        synthetic    INTEGER NOT NULL DEFAULT 0,
        households   INTEGER,
        small_sample INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX indicator_values_area ON indicator_values(indicator, area);

    CREATE TABLE contact_logs (
        id       TEXT PRIMARY KEY,
        stamp    TEXT NOT NULL,
        deleted  INTEGER NOT NULL DEFAULT 0,
        demo     INTEGER NOT NULL DEFAULT 0,
        entity   TEXT NOT NULL,
        date     TEXT,
        who      TEXT,
        channel  TEXT,
        note     TEXT,
        outcome  TEXT
    );
    CREATE INDEX contact_logs_entity ON contact_logs(entity);

    CREATE TABLE referrals (
        id           TEXT PRIMARY KEY,
        stamp        TEXT NOT NULL,
        deleted      INTEGER NOT NULL DEFAULT 0,
        demo         INTEGER NOT NULL DEFAULT 0,
        area         TEXT NOT NULL,
        case_code    TEXT NOT NULL,
        target_group TEXT,
        need         TEXT,
        to_entity    TEXT,
        status       TEXT NOT NULL DEFAULT 'referred',
        date         TEXT,
        note         TEXT
    );
    CREATE INDEX referrals_area ON referrals(area);

    CREATE TABLE field_stamps (
        record_id TEXT NOT NULL,
        field     TEXT NOT NULL,
        stamp     TEXT NOT NULL,
        PRIMARY KEY (record_id, field)
    ) WITHOUT ROWID;

    CREATE TABLE history (
        record_id TEXT NOT NULL,
        field     TEXT NOT NULL,
        stamp     TEXT NOT NULL,
        value     TEXT,
        PRIMARY KEY (record_id, field, stamp)
    ) WITHOUT ROWID;

    -- Which areas a record serves or lies in, for "this area and below" filters:
    -- geocodes nest by prefix, so a range scan on area_code finds a subtree.
    CREATE TABLE record_areas (
        area_code TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind      TEXT NOT NULL,
        PRIMARY KEY (area_code, record_id)
    ) WITHOUT ROWID;
    CREATE INDEX record_areas_record ON record_areas(record_id);

    CREATE TABLE indicators (
        id              TEXT PRIMARY KEY,
        name_th         TEXT NOT NULL,
        name_en         TEXT NOT NULL,
        unit_th         TEXT NOT NULL DEFAULT '',
        unit_en         TEXT NOT NULL DEFAULT '',
        higher_is_worse INTEGER NOT NULL,
        is_share        INTEGER NOT NULL DEFAULT 0,
        source          TEXT NOT NULL DEFAULT '',
        sort_order      INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO indicators VALUES
      ('s90s10', 'สัดส่วนรายได้ กลุ่มบนสุด 10% ต่อ กลุ่มล่างสุด 10%', 'S90/S10 income ratio (top 10% / bottom 10%)', 'เท่า', 'times', 1, 0, 'household income', 1),
      ('palma', 'ดัชนีพาลมา (บนสุด 10% ต่อ ล่างสุด 40%)', 'Palma ratio (top 10% / bottom 40%)', 'เท่า', 'times', 1, 0, 'household income', 2),
      ('gini', 'สัมประสิทธิ์จีนี', 'Gini coefficient', '', '', 1, 1, 'household income', 3),
      ('poverty_headcount', 'สัดส่วนคนรายได้ต่ำกว่าเส้นความยากจน', 'Poverty headcount ratio', '%', '%', 1, 1, 'household income', 4),
      ('mean_income', 'รายได้เฉลี่ยต่อคนต่อปี', 'Mean income per person per year', 'บาท', 'baht', 0, 0, 'household income', 5);

    CREATE TABLE households (
        tambon_code   TEXT NOT NULL REFERENCES areas(code),
        year          INTEGER NOT NULL,
        household_id  TEXT NOT NULL,
        members       INTEGER NOT NULL CHECK (members >= 1),
        annual_income REAL NOT NULL CHECK (annual_income >= 0),
        weight        REAL NOT NULL DEFAULT 1,
        demo          INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (tambon_code, year, household_id)
    ) WITHOUT ROWID;

    -- One searchable document per area, element, resource and project.
    -- `body` holds the folded text (NFC, lower case) of every searchable
    -- field; `keys` the exact-match keys (name, code, phone digits)
    -- separated by U+001F, for ranking exact matches first.
    CREATE TABLE search_docs (
        rowid   INTEGER PRIMARY KEY,
        kind    TEXT NOT NULL,
        ref     TEXT NOT NULL UNIQUE,
        name    TEXT NOT NULL,
        keys    TEXT NOT NULL,
        body    TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='search_docs', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
    END;
    CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    END;
    CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
    END;
    """
}
