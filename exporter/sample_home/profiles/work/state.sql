BEGIN TRANSACTION;
CREATE TABLE async_delegations (
    delegation_id TEXT PRIMARY KEY,
    origin_session TEXT NOT NULL,
    origin_ui_session_id TEXT NOT NULL DEFAULT '',
    parent_session_id TEXT,
    state TEXT NOT NULL,
    dispatched_at REAL NOT NULL,
    completed_at REAL,
    updated_at REAL NOT NULL,
    event_json TEXT,
    result_json TEXT,
    delivery_state TEXT NOT NULL DEFAULT 'pending',
    delivery_attempts INTEGER NOT NULL DEFAULT 0,
    delivered_at REAL,
    owner_pid INTEGER,
    owner_started_at INTEGER,
    task_json TEXT,
    delivery_claim TEXT,
    delivery_claimed_at REAL
);
CREATE TABLE compression_locks (
    session_id TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    acquired_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE gateway_routing (
    scope TEXT NOT NULL DEFAULT '',
    session_key TEXT NOT NULL,
    entry_json TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (scope, session_key)
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    role TEXT NOT NULL,
    content TEXT,
    tool_call_id TEXT,
    tool_calls TEXT,
    tool_name TEXT,
    effect_disposition TEXT,
    timestamp REAL NOT NULL,
    token_count INTEGER,
    finish_reason TEXT,
    reasoning TEXT,
    reasoning_content TEXT,
    reasoning_details TEXT,
    codex_reasoning_items TEXT,
    codex_message_items TEXT,
    platform_message_id TEXT,
    observed INTEGER DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    compacted INTEGER NOT NULL DEFAULT 0,
    api_content TEXT
);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','messages_fts','messages_fts',0,'CREATE VIRTUAL TABLE messages_fts USING fts5(
    content
)');
CREATE TABLE 'messages_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "messages_fts_config" VALUES('version',4);
CREATE TABLE 'messages_fts_content'(id INTEGER PRIMARY KEY, c0);
CREATE TABLE 'messages_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "messages_fts_data" VALUES(1,X'');
INSERT INTO "messages_fts_data" VALUES(10,X'00000000000000');
CREATE TABLE 'messages_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'messages_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','messages_fts_trigram','messages_fts_trigram',0,'CREATE VIRTUAL TABLE messages_fts_trigram USING fts5(
    content,
    tokenize=''trigram''
)');
CREATE TABLE 'messages_fts_trigram_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "messages_fts_trigram_config" VALUES('version',4);
CREATE TABLE 'messages_fts_trigram_content'(id INTEGER PRIMARY KEY, c0);
CREATE TABLE 'messages_fts_trigram_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "messages_fts_trigram_data" VALUES(1,X'');
INSERT INTO "messages_fts_trigram_data" VALUES(10,X'00000000000000');
CREATE TABLE 'messages_fts_trigram_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'messages_fts_trigram_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
INSERT INTO "schema_version" VALUES(22);
CREATE TABLE session_model_usage (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    billing_provider TEXT NOT NULL DEFAULT '',
    billing_base_url TEXT NOT NULL DEFAULT '',
    billing_mode TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT '',
    api_call_count INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    cache_read_tokens INTEGER NOT NULL DEFAULT 0,
    cache_write_tokens INTEGER NOT NULL DEFAULT 0,
    reasoning_tokens INTEGER NOT NULL DEFAULT 0,
    estimated_cost_usd REAL NOT NULL DEFAULT 0,
    actual_cost_usd REAL NOT NULL DEFAULT 0,
    cost_status TEXT,
    cost_source TEXT,
    first_seen REAL,
    last_seen REAL,
    PRIMARY KEY (session_id, model, billing_provider, billing_base_url, billing_mode, task)
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    user_id TEXT,
    session_key TEXT,
    chat_id TEXT,
    chat_type TEXT,
    thread_id TEXT,
    display_name TEXT,
    origin_json TEXT,
    expiry_finalized INTEGER DEFAULT 0,
    model TEXT,
    model_config TEXT,
    system_prompt TEXT,
    parent_session_id TEXT,
    started_at REAL NOT NULL,
    ended_at REAL,
    end_reason TEXT,
    message_count INTEGER DEFAULT 0,
    tool_call_count INTEGER DEFAULT 0,
    input_tokens INTEGER DEFAULT 0,
    output_tokens INTEGER DEFAULT 0,
    cache_read_tokens INTEGER DEFAULT 0,
    cache_write_tokens INTEGER DEFAULT 0,
    reasoning_tokens INTEGER DEFAULT 0,
    cwd TEXT,
    git_branch TEXT,
    git_repo_root TEXT,
    billing_provider TEXT,
    billing_base_url TEXT,
    billing_mode TEXT,
    estimated_cost_usd REAL,
    actual_cost_usd REAL,
    cost_status TEXT,
    cost_source TEXT,
    pricing_version TEXT,
    title TEXT,
    api_call_count INTEGER DEFAULT 0,
    handoff_state TEXT,
    handoff_platform TEXT,
    handoff_error TEXT,
    compression_failure_cooldown_until REAL,
    compression_failure_error TEXT,
    compression_fallback_streak INTEGER NOT NULL DEFAULT 0,
    profile_name TEXT,
    rewind_count INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (parent_session_id) REFERENCES sessions(id)
);
INSERT INTO "sessions" VALUES('w00','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793106000.0,NULL,NULL,0,0,81000,6750,126000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0135828,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w02','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793278800.0,NULL,NULL,0,0,81000,6750,162000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0136836,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w04','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793451600.0,NULL,NULL,0,0,45000,2250,144000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0073332,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w06','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793624400.0,NULL,NULL,0,0,81000,6750,171000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0137088,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w08','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793797200.0,NULL,NULL,0,0,36000,2250,126000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0060228,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w10','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793970000.0,NULL,NULL,0,0,54000,2250,18000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0082404,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w12','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794142800.0,NULL,NULL,0,0,90000,6750,9000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0145152,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w14','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794315600.0,NULL,NULL,0,0,99000,4500,126000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0154728,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w16','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794488400.0,NULL,NULL,0,0,99000,6750,45000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.015876,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w18','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794661200.0,NULL,NULL,0,0,99000,2250,144000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0148932,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w20','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794834000.0,NULL,NULL,0,0,27000,2250,9000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0044352,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w22','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795006800.0,NULL,NULL,0,0,45000,2250,171000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0074088,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w24','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795179600.0,NULL,NULL,0,0,18000,4500,90000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.004032,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w26','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795352400.0,NULL,NULL,0,0,81000,6750,54000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0133812,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w28','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795525200.0,NULL,NULL,0,0,90000,2250,81000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0134568,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w30','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795698000.0,NULL,NULL,0,0,81000,2250,18000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0120204,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w32','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795870800.0,NULL,NULL,0,0,81000,6750,72000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0134316,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('w34','telegram',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1796043600.0,NULL,NULL,0,0,72000,6750,18000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0120204,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
CREATE TABLE state_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE INDEX idx_sessions_source ON sessions(source);
CREATE INDEX idx_sessions_source_id ON sessions(source, id);
CREATE INDEX idx_sessions_parent ON sessions(parent_session_id);
CREATE INDEX idx_sessions_started ON sessions(started_at DESC);
CREATE INDEX idx_messages_session ON messages(session_id, timestamp);
CREATE INDEX idx_compression_locks_expires ON compression_locks(expires_at);
CREATE INDEX idx_session_model_usage_session ON session_model_usage(session_id);
CREATE INDEX idx_session_model_usage_model ON session_model_usage(model);
CREATE INDEX idx_async_delegations_delivery
    ON async_delegations(delivery_state, completed_at);
CREATE INDEX idx_messages_platform_msg_id ON messages(session_id, platform_message_id) WHERE platform_message_id IS NOT NULL;
CREATE INDEX idx_messages_session_active
    ON messages(session_id, active, timestamp);
CREATE INDEX idx_messages_active_null
    ON messages(active) WHERE active IS NULL;
CREATE INDEX idx_sessions_session_key
    ON sessions(session_key, started_at DESC);
CREATE INDEX idx_sessions_gateway_peer
    ON sessions(source, user_id, chat_id, chat_type, thread_id, started_at DESC);
CREATE INDEX idx_sessions_handoff_state
    ON sessions(handoff_state, started_at);
CREATE UNIQUE INDEX idx_sessions_title_unique ON sessions(title) WHERE title IS NOT NULL;
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, content) VALUES (
        new.id,
        COALESCE(new.content, '') || ' ' || COALESCE(new.tool_name, '') || ' ' || COALESCE(new.tool_calls, '')
    );
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    DELETE FROM messages_fts WHERE rowid = old.id;
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE ON messages BEGIN
    DELETE FROM messages_fts WHERE rowid = old.id;
    INSERT INTO messages_fts(rowid, content) VALUES (
        new.id,
        COALESCE(new.content, '') || ' ' || COALESCE(new.tool_name, '') || ' ' || COALESCE(new.tool_calls, '')
    );
END;
CREATE TRIGGER messages_fts_trigram_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts_trigram(rowid, content) VALUES (
        new.id,
        COALESCE(new.content, '') || ' ' || COALESCE(new.tool_name, '') || ' ' || COALESCE(new.tool_calls, '')
    );
END;
CREATE TRIGGER messages_fts_trigram_delete AFTER DELETE ON messages BEGIN
    DELETE FROM messages_fts_trigram WHERE rowid = old.id;
END;
CREATE TRIGGER messages_fts_trigram_update AFTER UPDATE ON messages BEGIN
    DELETE FROM messages_fts_trigram WHERE rowid = old.id;
    INSERT INTO messages_fts_trigram(rowid, content) VALUES (
        new.id,
        COALESCE(new.content, '') || ' ' || COALESCE(new.tool_name, '') || ' ' || COALESCE(new.tool_calls, '')
    );
END;
PRAGMA writable_schema=OFF;
DELETE FROM "sqlite_sequence";
COMMIT;
