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
INSERT INTO "session_model_usage" VALUES('d00-0','deepseek-chat','deepseek','','','',1,32000,3000,4000,0,0,0.0053312,0.0,'estimated',NULL,1793089326.0,1793089326.0);
INSERT INTO "session_model_usage" VALUES('d00-1','deepseek-chat','deepseek','','','',3,28000,6000,148000,0,0,6.01440000000000047492e-03,0.0,'estimated',NULL,1793095496.0,1793095616.0);
INSERT INTO "session_model_usage" VALUES('d00-2','deepseek-chat','deepseek','','','',1,20000,1000,68000,0,0,0.0032704,0.0,'estimated',NULL,1793104112.0,1793104112.0);
INSERT INTO "session_model_usage" VALUES('d00-3','claude-sonnet-4-5','anthropic','','','',1,44000,1000,28000,0,0,0.1554,0.0,'estimated',NULL,1793111338.0,1793111338.0);
INSERT INTO "session_model_usage" VALUES('d00-4','gemini-2.5-flash','gemini','','','',3,108000,4000,144000,0,0,0.0,0.0,'unknown',NULL,1793119383.0,1793119503.0);
INSERT INTO "session_model_usage" VALUES('d00-fb','deepseek-reasoner','deepseek','','','',1,12000,1500,39000,0,0,0.0022092,0.0,'estimated',NULL,1793131200.0,1793131200.0);
INSERT INTO "session_model_usage" VALUES('d00-fb','claude-sonnet-4-5','anthropic','','','',1,12000,2250,9000,0,0,0.07245,0.0,'estimated',NULL,1793131320.0,1793131320.0);
INSERT INTO "session_model_usage" VALUES('d00-fb-sub','claude-haiku-4-5','anthropic','','','',1,22000,1000,34000,0,0,0.0304,0.0,'estimated',NULL,1793131420.0,1793131420.0);
INSERT INTO "session_model_usage" VALUES('d00-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1793131230.0,1793131230.0);
INSERT INTO "session_model_usage" VALUES('d01-0','deepseek-chat','deepseek','','','',3,88000,5000,164000,0,0,0.0141792,0.0,'estimated',NULL,1793177742.0,1793177862.0);
INSERT INTO "session_model_usage" VALUES('d01-1','deepseek-chat','deepseek','','','',1,44000,1000,76000,0,0,0.0066528,0.0,'estimated',NULL,1793184516.0,1793184516.0);
INSERT INTO "session_model_usage" VALUES('d01-2','deepseek-chat','deepseek','','','',2,76000,5000,96000,0,0,0.0123088,0.0,'estimated',NULL,1793189643.0,1793189703.0);
INSERT INTO "session_model_usage" VALUES('d01-3','claude-sonnet-4-5','anthropic','','','',2,32000,4000,64000,0,0,1.75200000000000022382e-01,0.0,'estimated',NULL,1793197481.0,1793197541.0);
INSERT INTO "session_model_usage" VALUES('d01-4','gemini-2.5-flash','gemini','','','',2,52000,6000,64000,0,0,0.0,0.0,'unknown',NULL,1793205351.0,1793205411.0);
INSERT INTO "session_model_usage" VALUES('d02-0','deepseek-chat','deepseek','','','',3,56000,6000,100000,0,0,0.0098,0.0,'estimated',NULL,1793261283.0,1793261403.0);
INSERT INTO "session_model_usage" VALUES('d02-1','deepseek-chat','deepseek','','','',3,116000,7000,108000,0,0,0.0185024,0.0,'estimated',NULL,1793271131.0,1793271251.0);
INSERT INTO "session_model_usage" VALUES('d02-2','deepseek-chat','deepseek','','','',1,24000,2000,8000,0,0,0.0039424,0.0,'estimated',NULL,1793278640.0,1793278640.0);
INSERT INTO "session_model_usage" VALUES('d02-3','claude-sonnet-4-5','anthropic','','','',3,88000,6000,176000,0,0,4.06800000000000050448e-01,0.0,'estimated',NULL,1793282648.0,1793282768.0);
INSERT INTO "session_model_usage" VALUES('d02-4','gemini-2.5-flash','gemini','','','',1,44000,1000,60000,0,0,0.0,0.0,'unknown',NULL,1793291055.0,1793291055.0);
INSERT INTO "session_model_usage" VALUES('d03-0','deepseek-chat','deepseek','','','',1,24000,1000,28000,0,0,0.0037184,0.0,'estimated',NULL,1793347441.0,1793347441.0);
INSERT INTO "session_model_usage" VALUES('d03-1','deepseek-chat','deepseek','','','',2,72000,3000,88000,0,0,0.0111664,0.0,'estimated',NULL,1793356029.0,1793356089.0);
INSERT INTO "session_model_usage" VALUES('d03-2','deepseek-chat','deepseek','','','',1,32000,3000,32000,0,0,0.0054096,0.0,'estimated',NULL,1793362738.0,1793362738.0);
INSERT INTO "session_model_usage" VALUES('d03-3','claude-sonnet-4-5','anthropic','','','',2,48000,4000,56000,0,0,0.2208,0.0,'estimated',NULL,1793371693.0,1793371753.0);
INSERT INTO "session_model_usage" VALUES('d03-4','gemini-2.5-flash','gemini','','','',1,20000,3000,28000,0,0,0.0,0.0,'unknown',NULL,1793376721.0,1793376721.0);
INSERT INTO "session_model_usage" VALUES('d04-0','deepseek-chat','deepseek','','','',2,68000,2000,48000,0,0,0.0102144,0.0,'estimated',NULL,1793433649.0,1793433709.0);
INSERT INTO "session_model_usage" VALUES('d04-1','deepseek-chat','deepseek','','','',3,100000,7000,140000,0,0,0.016352,0.0,'estimated',NULL,1793442516.0,1793442636.0);
INSERT INTO "session_model_usage" VALUES('d04-2','deepseek-chat','deepseek','','','',3,108000,7000,108000,0,0,0.0173824,0.0,'estimated',NULL,1793449870.0,1793449990.0);
INSERT INTO "session_model_usage" VALUES('d04-3','claude-sonnet-4-5','anthropic','','','',1,12000,1000,56000,0,0,0.0678,0.0,'estimated',NULL,1793455454.0,1793455454.0);
INSERT INTO "session_model_usage" VALUES('d04-4','gemini-2.5-flash','gemini','','','',1,28000,3000,4000,0,0,0.0,0.0,'unknown',NULL,1793463064.0,1793463064.0);
INSERT INTO "session_model_usage" VALUES('d05-0','deepseek-chat','deepseek','','','',1,44000,1000,68000,0,0,0.0066304,0.0,'estimated',NULL,1793520419.0,1793520419.0);
INSERT INTO "session_model_usage" VALUES('d05-1','deepseek-chat','deepseek','','','',2,64000,4000,56000,0,0,0.0102368,0.0,'estimated',NULL,1793527615.0,1793527675.0);
INSERT INTO "session_model_usage" VALUES('d05-2','deepseek-chat','deepseek','','','',3,64000,6000,144000,0,0,0.0110432,0.0,'estimated',NULL,1793535008.0,1793535128.0);
INSERT INTO "session_model_usage" VALUES('d05-3','claude-sonnet-4-5','anthropic','','','',2,36000,4000,56000,0,0,1.84800000000000019806e-01,0.0,'estimated',NULL,1793543567.0,1793543627.0);
INSERT INTO "session_model_usage" VALUES('d05-4','gemini-2.5-flash','gemini','','','',2,76000,4000,44000,0,0,0.0,0.0,'unknown',NULL,1793551832.0,1793551892.0);
INSERT INTO "session_model_usage" VALUES('d05-fb','deepseek-reasoner','deepseek','','','',1,30000,1500,12000,0,0,0.0046536,0.0,'estimated',NULL,1793563200.0,1793563200.0);
INSERT INTO "session_model_usage" VALUES('d05-fb','claude-sonnet-4-5','anthropic','','','',1,30000,750,48000,0,0,0.11565,0.0,'estimated',NULL,1793563320.0,1793563320.0);
INSERT INTO "session_model_usage" VALUES('d05-fb-sub','claude-haiku-4-5','anthropic','','','',1,12000,1500,4000,0,0,0.0199,0.0,'estimated',NULL,1793563420.0,1793563420.0);
INSERT INTO "session_model_usage" VALUES('d05-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1793563230.0,1793563230.0);
INSERT INTO "session_model_usage" VALUES('d06-0','deepseek-chat','deepseek','','','',2,68000,3000,88000,0,0,0.0106064,0.0,'estimated',NULL,1793609251.0,1793609311.0);
INSERT INTO "session_model_usage" VALUES('d06-1','deepseek-chat','deepseek','','','',3,104000,7000,84000,0,0,0.0167552,0.0,'estimated',NULL,1793615818.0,1793615938.0);
INSERT INTO "session_model_usage" VALUES('d06-2','deepseek-chat','deepseek','','','',3,68000,5000,136000,0,0,0.0113008,0.0,'estimated',NULL,1793621618.0,1793621738.0);
INSERT INTO "session_model_usage" VALUES('d06-3','claude-sonnet-4-5','anthropic','','','',2,48000,3000,36000,0,0,0.1998,0.0,'estimated',NULL,1793629410.0,1793629470.0);
INSERT INTO "session_model_usage" VALUES('d06-4','gemini-2.5-flash','gemini','','','',1,28000,1000,60000,0,0,0.0,0.0,'unknown',NULL,1793637125.0,1793637125.0);
INSERT INTO "session_model_usage" VALUES('d07-0','deepseek-chat','deepseek','','','',3,52000,8000,80000,0,0,0.009744,0.0,'estimated',NULL,1793695356.0,1793695476.0);
INSERT INTO "session_model_usage" VALUES('d07-1','deepseek-chat','deepseek','','','',1,32000,3000,40000,0,0,0.005432,0.0,'estimated',NULL,1793701958.0,1793701958.0);
INSERT INTO "session_model_usage" VALUES('d07-2','deepseek-chat','deepseek','','','',3,60000,6000,68000,0,0,0.0102704,0.0,'estimated',NULL,1793707555.0,1793707675.0);
INSERT INTO "session_model_usage" VALUES('d07-3','claude-sonnet-4-5','anthropic','','','',3,108000,7000,144000,0,0,0.4722,0.0,'estimated',NULL,1793715019.0,1793715139.0);
INSERT INTO "session_model_usage" VALUES('d07-4','gemini-2.5-flash','gemini','','','',1,8000,1000,12000,0,0,0.0,0.0,'unknown',NULL,1793723845.0,1793723845.0);
INSERT INTO "session_model_usage" VALUES('d08-0','deepseek-chat','deepseek','','','',3,56000,5000,120000,0,0,9.57600000000000117772e-03,0.0,'estimated',NULL,1793781356.0,1793781476.0);
INSERT INTO "session_model_usage" VALUES('d08-1','deepseek-chat','deepseek','','','',3,88000,5000,144000,0,0,1.41231999999999989492e-02,0.0,'estimated',NULL,1793787385.0,1793787505.0);
INSERT INTO "session_model_usage" VALUES('d08-2','deepseek-chat','deepseek','','','',3,112000,5000,136000,0,0,0.0174608,0.0,'estimated',NULL,1793796938.0,1793797058.0);
INSERT INTO "session_model_usage" VALUES('d08-3','claude-sonnet-4-5','anthropic','','','',1,44000,1000,16000,0,0,0.1518,0.0,'estimated',NULL,1793803980.0,1793803980.0);
INSERT INTO "session_model_usage" VALUES('d08-4','gemini-2.5-flash','gemini','','','',1,36000,3000,12000,0,0,0.0,0.0,'unknown',NULL,1793808705.0,1793808705.0);
INSERT INTO "session_model_usage" VALUES('d09-0','deepseek-chat','deepseek','','','',1,28000,3000,64000,0,0,0.0049392,0.0,'estimated',NULL,1793867879.0,1793867879.0);
INSERT INTO "session_model_usage" VALUES('d09-1','deepseek-chat','deepseek','','','',3,68000,3000,104000,0,0,0.0106512,0.0,'estimated',NULL,1793874973.0,1793875093.0);
INSERT INTO "session_model_usage" VALUES('d09-2','deepseek-chat','deepseek','','','',2,76000,3000,84000,0,0,0.0117152,0.0,'estimated',NULL,1793882079.0,1793882139.0);
INSERT INTO "session_model_usage" VALUES('d09-3','claude-sonnet-4-5','anthropic','','','',3,112000,7000,128000,0,0,0.4794,0.0,'estimated',NULL,1793889270.0,1793889390.0);
INSERT INTO "session_model_usage" VALUES('d09-4','gemini-2.5-flash','gemini','','','',3,72000,6000,132000,0,0,0.0,0.0,'unknown',NULL,1793897263.0,1793897383.0);
INSERT INTO "session_model_usage" VALUES('d10-0','deepseek-chat','deepseek','','','',1,20000,2000,8000,0,0,0.0033824,0.0,'estimated',NULL,1793953294.0,1793953294.0);
INSERT INTO "session_model_usage" VALUES('d10-1','deepseek-chat','deepseek','','','',3,68000,4000,76000,0,0,0.0108528,0.0,'estimated',NULL,1793960071.0,1793960191.0);
INSERT INTO "session_model_usage" VALUES('d10-2','deepseek-chat','deepseek','','','',1,32000,2000,20000,0,0,0.005096,0.0,'estimated',NULL,1793969458.0,1793969458.0);
INSERT INTO "session_model_usage" VALUES('d10-3','claude-sonnet-4-5','anthropic','','','',1,16000,3000,52000,0,0,0.1086,0.0,'estimated',NULL,1793976335.0,1793976335.0);
INSERT INTO "session_model_usage" VALUES('d10-4','gemini-2.5-flash','gemini','','','',2,56000,4000,32000,0,0,0.0,0.0,'unknown',NULL,1793982911.0,1793982971.0);
INSERT INTO "session_model_usage" VALUES('d10-fb','deepseek-reasoner','deepseek','','','',1,21000,750,30000,0,0,0.003234,0.0,'estimated',NULL,1793995200.0,1793995200.0);
INSERT INTO "session_model_usage" VALUES('d10-fb','claude-sonnet-4-5','anthropic','','','',1,30000,1500,42000,0,0,0.1251,0.0,'estimated',NULL,1793995320.0,1793995320.0);
INSERT INTO "session_model_usage" VALUES('d10-fb-sub','claude-haiku-4-5','anthropic','','','',1,4000,1000,20000,0,0,0.011,0.0,'estimated',NULL,1793995420.0,1793995420.0);
INSERT INTO "session_model_usage" VALUES('d10-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1793995230.0,1793995230.0);
INSERT INTO "session_model_usage" VALUES('d11-0','deepseek-chat','deepseek','','','',3,48000,6000,52000,0,0,0.0085456,0.0,'estimated',NULL,1794040519.0,1794040639.0);
INSERT INTO "session_model_usage" VALUES('d11-1','deepseek-chat','deepseek','','','',1,24000,1000,52000,0,0,0.0037856,0.0,'estimated',NULL,1794045762.0,1794045762.0);
INSERT INTO "session_model_usage" VALUES('d11-2','deepseek-chat','deepseek','','','',3,100000,8000,128000,0,0,0.0165984,0.0,'estimated',NULL,1794056279.0,1794056399.0);
INSERT INTO "session_model_usage" VALUES('d11-3','claude-sonnet-4-5','anthropic','','','',2,40000,4000,52000,0,0,0.1956,0.0,'estimated',NULL,1794060366.0,1794060426.0);
INSERT INTO "session_model_usage" VALUES('d11-4','gemini-2.5-flash','gemini','','','',3,80000,4000,72000,0,0,0.0,0.0,'unknown',NULL,1794067268.0,1794067388.0);
INSERT INTO "session_model_usage" VALUES('d12-0','deepseek-chat','deepseek','','','',2,84000,3000,36000,0,0,0.0127008,0.0,'estimated',NULL,1794124847.0,1794124907.0);
INSERT INTO "session_model_usage" VALUES('d12-1','deepseek-chat','deepseek','','','',3,64000,4000,76000,0,0,0.0102928,0.0,'estimated',NULL,1794134158.0,1794134278.0);
INSERT INTO "session_model_usage" VALUES('d12-2','deepseek-chat','deepseek','','','',1,24000,2000,64000,0,0,0.0040992,0.0,'estimated',NULL,1794141375.0,1794141375.0);
INSERT INTO "session_model_usage" VALUES('d12-3','claude-sonnet-4-5','anthropic','','','',1,24000,2000,0,0,0,0.102,0.0,'estimated',NULL,1794149153.0,1794149153.0);
INSERT INTO "session_model_usage" VALUES('d12-4','gemini-2.5-flash','gemini','','','',1,8000,1000,64000,0,0,0.0,0.0,'unknown',NULL,1794154625.0,1794154625.0);
INSERT INTO "session_model_usage" VALUES('d13-0','deepseek-chat','deepseek','','','',1,40000,2000,28000,0,0,0.0062384,0.0,'estimated',NULL,1794213457.0,1794213457.0);
INSERT INTO "session_model_usage" VALUES('d13-1','deepseek-chat','deepseek','','','',1,32000,3000,60000,0,0,0.005488,0.0,'estimated',NULL,1794220231.0,1794220231.0);
INSERT INTO "session_model_usage" VALUES('d13-2','deepseek-chat','deepseek','','','',2,60000,4000,48000,0,0,0.0096544,0.0,'estimated',NULL,1794227836.0,1794227896.0);
INSERT INTO "session_model_usage" VALUES('d13-3','claude-sonnet-4-5','anthropic','','','',3,36000,6000,76000,0,0,0.2208,0.0,'estimated',NULL,1794236209.0,1794236329.0);
INSERT INTO "session_model_usage" VALUES('d13-4','gemini-2.5-flash','gemini','','','',1,8000,1000,48000,0,0,0.0,0.0,'unknown',NULL,1794241764.0,1794241764.0);
INSERT INTO "session_model_usage" VALUES('d14-0','deepseek-chat','deepseek','','','',3,64000,5000,116000,0,0,0.0106848,0.0,'estimated',NULL,1794301165.0,1794301285.0);
INSERT INTO "session_model_usage" VALUES('d14-1','deepseek-chat','deepseek','','','',1,24000,2000,40000,0,0,0.004032,0.0,'estimated',NULL,1794306626.0,1794306626.0);
INSERT INTO "session_model_usage" VALUES('d14-2','deepseek-chat','deepseek','','','',2,40000,3000,56000,0,0,0.0065968,0.0,'estimated',NULL,1794314240.0,1794314300.0);
INSERT INTO "session_model_usage" VALUES('d14-3','claude-sonnet-4-5','anthropic','','','',2,56000,4000,84000,0,0,0.2532,0.0,'estimated',NULL,1794319204.0,1794319264.0);
INSERT INTO "session_model_usage" VALUES('d14-4','gemini-2.5-flash','gemini','','','',3,64000,3000,128000,0,0,0.0,0.0,'unknown',NULL,1794327416.0,1794327536.0);
INSERT INTO "session_model_usage" VALUES('d15-0','deepseek-chat','deepseek','','','',2,36000,6000,92000,0,0,6.9776000000000004686e-03,0.0,'estimated',NULL,1794384092.0,1794384152.0);
INSERT INTO "session_model_usage" VALUES('d15-1','deepseek-chat','deepseek','','','',1,44000,2000,40000,0,0,0.006832,0.0,'estimated',NULL,1794394694.0,1794394694.0);
INSERT INTO "session_model_usage" VALUES('d15-2','deepseek-chat','deepseek','','','',2,32000,3000,140000,0,0,0.005712,0.0,'estimated',NULL,1794401351.0,1794401411.0);
INSERT INTO "session_model_usage" VALUES('d15-3','claude-sonnet-4-5','anthropic','','','',2,80000,4000,64000,0,0,3.19200000000000039257e-01,0.0,'estimated',NULL,1794408169.0,1794408229.0);
INSERT INTO "session_model_usage" VALUES('d15-4','gemini-2.5-flash','gemini','','','',3,72000,7000,76000,0,0,0.0,0.0,'unknown',NULL,1794416184.0,1794416304.0);
INSERT INTO "session_model_usage" VALUES('d15-fb','deepseek-reasoner','deepseek','','','',1,9000,1500,42000,0,0,0.0017976,0.0,'estimated',NULL,1794427200.0,1794427200.0);
INSERT INTO "session_model_usage" VALUES('d15-fb','claude-sonnet-4-5','anthropic','','','',1,30000,750,0,0,0,0.10125,0.0,'estimated',NULL,1794427320.0,1794427320.0);
INSERT INTO "session_model_usage" VALUES('d15-fb-sub','claude-haiku-4-5','anthropic','','','',1,20000,1500,14000,0,0,0.0289,0.0,'estimated',NULL,1794427420.0,1794427420.0);
INSERT INTO "session_model_usage" VALUES('d15-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1794427230.0,1794427230.0);
INSERT INTO "session_model_usage" VALUES('d16-0','deepseek-chat','deepseek','','','',2,48000,5000,16000,0,0,0.0081648,0.0,'estimated',NULL,1794472404.0,1794472464.0);
INSERT INTO "session_model_usage" VALUES('d16-1','deepseek-chat','deepseek','','','',3,56000,7000,116000,0,0,0.0101248,0.0,'estimated',NULL,1794480300.0,1794480420.0);
INSERT INTO "session_model_usage" VALUES('d16-2','deepseek-chat','deepseek','','','',3,56000,7000,108000,0,0,0.0101024,0.0,'estimated',NULL,1794485745.0,1794485865.0);
INSERT INTO "session_model_usage" VALUES('d16-3','claude-sonnet-4-5','anthropic','','','',3,56000,6000,164000,0,0,3.07200000000000028599e-01,0.0,'estimated',NULL,1794492317.0,1794492437.0);
INSERT INTO "session_model_usage" VALUES('d16-4','gemini-2.5-flash','gemini','','','',2,44000,6000,72000,0,0,0.0,0.0,'unknown',NULL,1794499448.0,1794499508.0);
INSERT INTO "session_model_usage" VALUES('d17-0','deepseek-chat','deepseek','','','',3,116000,5000,104000,0,0,0.0179312,0.0,'estimated',NULL,1794557991.0,1794558111.0);
INSERT INTO "session_model_usage" VALUES('d17-1','deepseek-chat','deepseek','','','',2,20000,5000,112000,0,0,4.51359999999999955688e-03,0.0,'estimated',NULL,1794564351.0,1794564411.0);
INSERT INTO "session_model_usage" VALUES('d17-2','deepseek-chat','deepseek','','','',2,64000,2000,24000,0,0,0.0095872,0.0,'estimated',NULL,1794572300.0,1794572360.0);
INSERT INTO "session_model_usage" VALUES('d17-3','claude-sonnet-4-5','anthropic','','','',3,92000,6000,124000,0,0,4.03200000000000058353e-01,0.0,'estimated',NULL,1794581461.0,1794581581.0);
INSERT INTO "session_model_usage" VALUES('d17-4','gemini-2.5-flash','gemini','','','',2,52000,3000,60000,0,0,0.0,0.0,'unknown',NULL,1794586547.0,1794586607.0);
INSERT INTO "session_model_usage" VALUES('d18-0','deepseek-chat','deepseek','','','',2,64000,4000,64000,0,0,0.0102592,0.0,'estimated',NULL,1794645991.0,1794646051.0);
INSERT INTO "session_model_usage" VALUES('d18-1','deepseek-chat','deepseek','','','',1,28000,1000,40000,0,0,0.004312,0.0,'estimated',NULL,1794651694.0,1794651694.0);
INSERT INTO "session_model_usage" VALUES('d18-2','deepseek-chat','deepseek','','','',2,40000,4000,60000,0,0,0.006888,0.0,'estimated',NULL,1794660675.0,1794660735.0);
INSERT INTO "session_model_usage" VALUES('d18-3','claude-sonnet-4-5','anthropic','','','',2,56000,3000,92000,0,0,0.2406,0.0,'estimated',NULL,1794665837.0,1794665897.0);
INSERT INTO "session_model_usage" VALUES('d18-4','gemini-2.5-flash','gemini','','','',2,16000,5000,48000,0,0,0.0,0.0,'unknown',NULL,1794673753.0,1794673813.0);
INSERT INTO "session_model_usage" VALUES('d19-0','deepseek-chat','deepseek','','','',1,20000,2000,52000,0,0,0.0035056,0.0,'estimated',NULL,1794732200.0,1794732200.0);
INSERT INTO "session_model_usage" VALUES('d19-1','deepseek-chat','deepseek','','','',2,28000,5000,100000,0,0,5.60000000000000081046e-03,0.0,'estimated',NULL,1794738892.0,1794738952.0);
INSERT INTO "session_model_usage" VALUES('d19-2','deepseek-chat','deepseek','','','',3,84000,7000,76000,0,0,1.39328000000000021274e-02,0.0,'estimated',NULL,1794747586.0,1794747706.0);
INSERT INTO "session_model_usage" VALUES('d19-3','claude-sonnet-4-5','anthropic','','','',2,52000,2000,128000,0,0,0.2244,0.0,'estimated',NULL,1794753839.0,1794753899.0);
INSERT INTO "session_model_usage" VALUES('d19-4','gemini-2.5-flash','gemini','','','',2,48000,4000,60000,0,0,0.0,0.0,'unknown',NULL,1794760099.0,1794760159.0);
INSERT INTO "session_model_usage" VALUES('d20-0','deepseek-chat','deepseek','','','',2,52000,4000,68000,0,0,0.0085904,0.0,'estimated',NULL,1794817232.0,1794817292.0);
INSERT INTO "session_model_usage" VALUES('d20-1','deepseek-chat','deepseek','','','',1,40000,2000,68000,0,0,0.0063504,0.0,'estimated',NULL,1794823507.0,1794823507.0);
INSERT INTO "session_model_usage" VALUES('d20-2','deepseek-chat','deepseek','','','',2,44000,5000,76000,0,0,0.0077728,0.0,'estimated',NULL,1794831301.0,1794831361.0);
INSERT INTO "session_model_usage" VALUES('d20-3','claude-sonnet-4-5','anthropic','','','',1,16000,2000,68000,0,0,0.0984,0.0,'estimated',NULL,1794838599.0,1794838599.0);
INSERT INTO "session_model_usage" VALUES('d20-4','gemini-2.5-flash','gemini','','','',2,64000,3000,32000,0,0,0.0,0.0,'unknown',NULL,1794845173.0,1794845233.0);
INSERT INTO "session_model_usage" VALUES('d20-fb','deepseek-reasoner','deepseek','','','',1,24000,1500,39000,0,0,0.0038892,0.0,'estimated',NULL,1794859200.0,1794859200.0);
INSERT INTO "session_model_usage" VALUES('d20-fb','claude-sonnet-4-5','anthropic','','','',1,30000,750,36000,0,0,0.11205,0.0,'estimated',NULL,1794859320.0,1794859320.0);
INSERT INTO "session_model_usage" VALUES('d20-fb-sub','claude-haiku-4-5','anthropic','','','',1,12000,1000,2000,0,0,0.0172,0.0,'estimated',NULL,1794859420.0,1794859420.0);
INSERT INTO "session_model_usage" VALUES('d20-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1794859230.0,1794859230.0);
INSERT INTO "session_model_usage" VALUES('d21-0','deepseek-chat','deepseek','','','',2,84000,5000,40000,0,0,1.32719999999999990758e-02,0.0,'estimated',NULL,1794904440.0,1794904500.0);
INSERT INTO "session_model_usage" VALUES('d21-1','deepseek-chat','deepseek','','','',2,56000,4000,84000,0,0,0.0091952,0.0,'estimated',NULL,1794909979.0,1794910039.0);
INSERT INTO "session_model_usage" VALUES('d21-2','deepseek-chat','deepseek','','','',1,16000,1000,52000,0,0,0.0026656,0.0,'estimated',NULL,1794920276.0,1794920276.0);
INSERT INTO "session_model_usage" VALUES('d21-3','claude-sonnet-4-5','anthropic','','','',2,56000,4000,64000,0,0,0.2472,0.0,'estimated',NULL,1794926906.0,1794926966.0);
INSERT INTO "session_model_usage" VALUES('d21-4','gemini-2.5-flash','gemini','','','',2,56000,2000,28000,0,0,0.0,0.0,'unknown',NULL,1794934703.0,1794934763.0);
INSERT INTO "session_model_usage" VALUES('d22-0','deepseek-chat','deepseek','','','',3,32000,7000,88000,0,0,0.0066864,0.0,'estimated',NULL,1794990939.0,1794991059.0);
INSERT INTO "session_model_usage" VALUES('d22-1','deepseek-chat','deepseek','','','',1,24000,1000,32000,0,0,0.0037296,0.0,'estimated',NULL,1794998332.0,1794998332.0);
INSERT INTO "session_model_usage" VALUES('d22-2','deepseek-chat','deepseek','','','',3,84000,7000,72000,0,0,0.0139216,0.0,'estimated',NULL,1795005363.0,1795005483.0);
INSERT INTO "session_model_usage" VALUES('d22-3','claude-sonnet-4-5','anthropic','','','',2,28000,6000,36000,0,0,0.1848,0.0,'estimated',NULL,1795011989.0,1795012049.0);
INSERT INTO "session_model_usage" VALUES('d22-4','gemini-2.5-flash','gemini','','','',2,64000,6000,56000,0,0,0.0,0.0,'unknown',NULL,1795019486.0,1795019546.0);
INSERT INTO "session_model_usage" VALUES('d23-0','deepseek-chat','deepseek','','','',1,8000,2000,36000,0,0,0.0017808,0.0,'estimated',NULL,1795077440.0,1795077440.0);
INSERT INTO "session_model_usage" VALUES('d23-1','deepseek-chat','deepseek','','','',1,20000,2000,52000,0,0,0.0035056,0.0,'estimated',NULL,1795082626.0,1795082626.0);
INSERT INTO "session_model_usage" VALUES('d23-2','deepseek-chat','deepseek','','','',2,48000,4000,112000,0,0,0.0081536,0.0,'estimated',NULL,1795089932.0,1795089992.0);
INSERT INTO "session_model_usage" VALUES('d23-3','claude-sonnet-4-5','anthropic','','','',3,76000,7000,136000,0,0,0.3738,0.0,'estimated',NULL,1795096939.0,1795097059.0);
INSERT INTO "session_model_usage" VALUES('d23-4','gemini-2.5-flash','gemini','','','',3,52000,5000,112000,0,0,0.0,0.0,'unknown',NULL,1795107027.0,1795107147.0);
INSERT INTO "session_model_usage" VALUES('d24-0','deepseek-chat','deepseek','','','',2,56000,4000,88000,0,0,0.0092064,0.0,'estimated',NULL,1795162685.0,1795162745.0);
INSERT INTO "session_model_usage" VALUES('d24-1','deepseek-chat','deepseek','','','',2,40000,4000,40000,0,0,0.006832,0.0,'estimated',NULL,1795170786.0,1795170846.0);
INSERT INTO "session_model_usage" VALUES('d24-2','deepseek-chat','deepseek','','','',3,60000,6000,92000,0,0,1.03375999999999988732e-02,0.0,'estimated',NULL,1795176096.0,1795176216.0);
INSERT INTO "session_model_usage" VALUES('d24-3','claude-sonnet-4-5','anthropic','','','',1,12000,1000,40000,0,0,0.063,0.0,'estimated',NULL,1795186201.0,1795186201.0);
INSERT INTO "session_model_usage" VALUES('d24-4','gemini-2.5-flash','gemini','','','',1,40000,3000,56000,0,0,0.0,0.0,'unknown',NULL,1795191181.0,1795191181.0);
INSERT INTO "session_model_usage" VALUES('d25-0','deepseek-chat','deepseek','','','',2,68000,3000,52000,0,0,0.0105056,0.0,'estimated',NULL,1795248130.0,1795248190.0);
INSERT INTO "session_model_usage" VALUES('d25-1','deepseek-chat','deepseek','','','',1,24000,1000,44000,0,0,0.0037632,0.0,'estimated',NULL,1795255211.0,1795255211.0);
INSERT INTO "session_model_usage" VALUES('d25-2','deepseek-chat','deepseek','','','',1,40000,1000,48000,0,0,0.0060144,0.0,'estimated',NULL,1795264121.0,1795264121.0);
INSERT INTO "session_model_usage" VALUES('d25-3','claude-sonnet-4-5','anthropic','','','',2,68000,2000,48000,0,0,2.48399999999999981925e-01,0.0,'estimated',NULL,1795271060.0,1795271120.0);
INSERT INTO "session_model_usage" VALUES('d25-4','gemini-2.5-flash','gemini','','','',2,56000,3000,96000,0,0,0.0,0.0,'unknown',NULL,1795279018.0,1795279078.0);
INSERT INTO "session_model_usage" VALUES('d25-fb','deepseek-reasoner','deepseek','','','',1,15000,2250,36000,0,0,0.0028308,0.0,'estimated',NULL,1795291200.0,1795291200.0);
INSERT INTO "session_model_usage" VALUES('d25-fb','claude-sonnet-4-5','anthropic','','','',1,6000,1500,3000,0,0,0.0414,0.0,'estimated',NULL,1795291320.0,1795291320.0);
INSERT INTO "session_model_usage" VALUES('d25-fb-sub','claude-haiku-4-5','anthropic','','','',1,18000,500,2000,0,0,0.0207,0.0,'estimated',NULL,1795291420.0,1795291420.0);
INSERT INTO "session_model_usage" VALUES('d25-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1795291230.0,1795291230.0);
INSERT INTO "session_model_usage" VALUES('d26-0','deepseek-chat','deepseek','','','',1,12000,3000,40000,0,0,0.002632,0.0,'estimated',NULL,1795335452.0,1795335452.0);
INSERT INTO "session_model_usage" VALUES('d26-1','deepseek-chat','deepseek','','','',2,52000,6000,44000,0,0,0.0090832,0.0,'estimated',NULL,1795343086.0,1795343146.0);
INSERT INTO "session_model_usage" VALUES('d26-2','deepseek-chat','deepseek','','','',2,20000,4000,104000,0,0,0.0042112,0.0,'estimated',NULL,1795349928.0,1795349988.0);
INSERT INTO "session_model_usage" VALUES('d26-3','claude-sonnet-4-5','anthropic','','','',2,68000,4000,48000,0,0,0.2784,0.0,'estimated',NULL,1795356439.0,1795356499.0);
INSERT INTO "session_model_usage" VALUES('d26-4','gemini-2.5-flash','gemini','','','',1,8000,3000,36000,0,0,0.0,0.0,'unknown',NULL,1795365233.0,1795365233.0);
INSERT INTO "session_model_usage" VALUES('d27-0','deepseek-chat','deepseek','','','',3,72000,8000,92000,0,0,1.2577600000000001279e-02,0.0,'estimated',NULL,1795424170.0,1795424290.0);
INSERT INTO "session_model_usage" VALUES('d27-1','deepseek-chat','deepseek','','','',1,32000,1000,28000,0,0,0.0048384,0.0,'estimated',NULL,1795430096.0,1795430096.0);
INSERT INTO "session_model_usage" VALUES('d27-2','deepseek-chat','deepseek','','','',1,8000,2000,68000,0,0,0.0018704,0.0,'estimated',NULL,1795436870.0,1795436870.0);
INSERT INTO "session_model_usage" VALUES('d27-3','claude-sonnet-4-5','anthropic','','','',2,28000,4000,88000,0,0,0.1704,0.0,'estimated',NULL,1795444630.0,1795444690.0);
INSERT INTO "session_model_usage" VALUES('d27-4','gemini-2.5-flash','gemini','','','',1,12000,2000,60000,0,0,0.0,0.0,'unknown',NULL,1795449944.0,1795449944.0);
INSERT INTO "session_model_usage" VALUES('d28-0','deepseek-chat','deepseek','','','',2,48000,3000,92000,0,0,7.81760000000000093711e-03,0.0,'estimated',NULL,1795510107.0,1795510167.0);
INSERT INTO "session_model_usage" VALUES('d28-1','deepseek-chat','deepseek','','','',1,40000,3000,12000,0,0,0.0064736,0.0,'estimated',NULL,1795517161.0,1795517161.0);
INSERT INTO "session_model_usage" VALUES('d28-2','deepseek-chat','deepseek','','','',2,48000,4000,104000,0,0,0.0081312,0.0,'estimated',NULL,1795524793.0,1795524853.0);
INSERT INTO "session_model_usage" VALUES('d28-3','claude-sonnet-4-5','anthropic','','','',2,36000,3000,56000,0,0,0.1698,0.0,'estimated',NULL,1795531823.0,1795531883.0);
INSERT INTO "session_model_usage" VALUES('d28-4','gemini-2.5-flash','gemini','','','',2,56000,3000,72000,0,0,0.0,0.0,'unknown',NULL,1795536628.0,1795536688.0);
INSERT INTO "session_model_usage" VALUES('d29-0','deepseek-chat','deepseek','','','',3,84000,4000,52000,0,0,0.0130256,0.0,'estimated',NULL,1795594607.0,1795594727.0);
INSERT INTO "session_model_usage" VALUES('d29-1','deepseek-chat','deepseek','','','',2,48000,2000,40000,0,0,7.39199999999999926569e-03,0.0,'estimated',NULL,1795604242.0,1795604302.0);
INSERT INTO "session_model_usage" VALUES('d29-2','deepseek-chat','deepseek','','','',3,108000,7000,60000,0,0,0.017248,0.0,'estimated',NULL,1795608776.0,1795608896.0);
INSERT INTO "session_model_usage" VALUES('d29-3','claude-sonnet-4-5','anthropic','','','',3,60000,5000,140000,0,0,0.297,0.0,'estimated',NULL,1795618374.0,1795618494.0);
INSERT INTO "session_model_usage" VALUES('d29-4','gemini-2.5-flash','gemini','','','',1,20000,2000,4000,0,0,0.0,0.0,'unknown',NULL,1795622979.0,1795622979.0);
INSERT INTO "session_model_usage" VALUES('d30-0','deepseek-chat','deepseek','','','',3,68000,7000,120000,0,0,0.011816,0.0,'estimated',NULL,1795682455.0,1795682575.0);
INSERT INTO "session_model_usage" VALUES('d30-1','deepseek-chat','deepseek','','','',1,8000,2000,68000,0,0,0.0018704,0.0,'estimated',NULL,1795687519.0,1795687519.0);
INSERT INTO "session_model_usage" VALUES('d30-2','deepseek-chat','deepseek','','','',1,32000,1000,48000,0,0,0.0048944,0.0,'estimated',NULL,1795696380.0,1795696380.0);
INSERT INTO "session_model_usage" VALUES('d30-3','claude-sonnet-4-5','anthropic','','','',3,60000,9000,120000,0,0,0.351,0.0,'estimated',NULL,1795704319.0,1795704439.0);
INSERT INTO "session_model_usage" VALUES('d30-4','gemini-2.5-flash','gemini','','','',2,48000,5000,76000,0,0,0.0,0.0,'unknown',NULL,1795710478.0,1795710538.0);
INSERT INTO "session_model_usage" VALUES('d30-fb','deepseek-reasoner','deepseek','','','',1,21000,1500,39000,0,0,0.0034692,0.0,'estimated',NULL,1795723200.0,1795723200.0);
INSERT INTO "session_model_usage" VALUES('d30-fb','claude-sonnet-4-5','anthropic','','','',1,6000,1500,18000,0,0,0.0459,0.0,'estimated',NULL,1795723320.0,1795723320.0);
INSERT INTO "session_model_usage" VALUES('d30-fb-sub','claude-haiku-4-5','anthropic','','','',1,16000,1500,24000,0,0,0.0259,0.0,'estimated',NULL,1795723420.0,1795723420.0);
INSERT INTO "session_model_usage" VALUES('d30-fb','gemini-2.5-flash','gemini','','','title_generation',1,800,20,0,0,0,0.0,0.0,NULL,NULL,1795723230.0,1795723230.0);
INSERT INTO "session_model_usage" VALUES('d31-0','deepseek-chat','deepseek','','','',1,32000,1000,52000,0,0,0.0049056,0.0,'estimated',NULL,1795767234.0,1795767234.0);
INSERT INTO "session_model_usage" VALUES('d31-1','deepseek-chat','deepseek','','','',1,32000,3000,44000,0,0,0.0054432,0.0,'estimated',NULL,1795774065.0,1795774065.0);
INSERT INTO "session_model_usage" VALUES('d31-2','deepseek-chat','deepseek','','','',1,16000,1000,4000,0,0,0.0025312,0.0,'estimated',NULL,1795782687.0,1795782687.0);
INSERT INTO "session_model_usage" VALUES('d31-3','claude-sonnet-4-5','anthropic','','','',1,32000,1000,72000,0,0,0.1326,0.0,'estimated',NULL,1795790259.0,1795790259.0);
INSERT INTO "session_model_usage" VALUES('d31-4','gemini-2.5-flash','gemini','','','',2,68000,3000,36000,0,0,0.0,0.0,'unknown',NULL,1795797748.0,1795797808.0);
INSERT INTO "session_model_usage" VALUES('d32-0','deepseek-chat','deepseek','','','',1,12000,1000,48000,0,0,0.0020944,0.0,'estimated',NULL,1795854934.0,1795854934.0);
INSERT INTO "session_model_usage" VALUES('d32-1','deepseek-chat','deepseek','','','',1,24000,1000,4000,0,0,0.0036512,0.0,'estimated',NULL,1795862009.0,1795862009.0);
INSERT INTO "session_model_usage" VALUES('d32-2','deepseek-chat','deepseek','','','',2,20000,6000,124000,0,0,0.0048272,0.0,'estimated',NULL,1795869177.0,1795869237.0);
INSERT INTO "session_model_usage" VALUES('d32-3','claude-sonnet-4-5','anthropic','','','',1,20000,3000,48000,0,0,0.1194,0.0,'estimated',NULL,1795877218.0,1795877218.0);
INSERT INTO "session_model_usage" VALUES('d32-4','gemini-2.5-flash','gemini','','','',1,36000,1000,72000,0,0,0.0,0.0,'unknown',NULL,1795884117.0,1795884117.0);
INSERT INTO "session_model_usage" VALUES('d33-0','deepseek-chat','deepseek','','','',1,32000,3000,20000,0,0,0.005376,0.0,'estimated',NULL,1795940093.0,1795940093.0);
INSERT INTO "session_model_usage" VALUES('d33-1','deepseek-chat','deepseek','','','',2,32000,2000,96000,0,0,5.30880000000000067117e-03,0.0,'estimated',NULL,1795947971.0,1795948031.0);
INSERT INTO "session_model_usage" VALUES('d33-2','deepseek-chat','deepseek','','','',3,56000,8000,152000,0,0,0.0105056,0.0,'estimated',NULL,1795957050.0,1795957170.0);
INSERT INTO "session_model_usage" VALUES('d33-3','claude-sonnet-4-5','anthropic','','','',2,56000,5000,72000,0,0,0.2646,0.0,'estimated',NULL,1795963458.0,1795963518.0);
INSERT INTO "session_model_usage" VALUES('d33-4','gemini-2.5-flash','gemini','','','',3,80000,5000,116000,0,0,0.0,0.0,'unknown',NULL,1795969830.0,1795969950.0);
INSERT INTO "session_model_usage" VALUES('d34-0','deepseek-chat','deepseek','','','',3,84000,4000,120000,0,0,1.3215999999999998582e-02,0.0,'estimated',NULL,1796028727.0,1796028847.0);
INSERT INTO "session_model_usage" VALUES('d34-1','deepseek-chat','deepseek','','','',1,36000,3000,64000,0,0,0.0060592,0.0,'estimated',NULL,1796034296.0,1796034296.0);
INSERT INTO "session_model_usage" VALUES('d34-2','deepseek-chat','deepseek','','','',1,8000,3000,16000,0,0,0.0020048,0.0,'estimated',NULL,1796042691.0,1796042691.0);
INSERT INTO "session_model_usage" VALUES('d34-3','claude-sonnet-4-5','anthropic','','','',3,72000,7000,144000,0,0,3.64199999999999968203e-01,0.0,'estimated',NULL,1796047536.0,1796047656.0);
INSERT INTO "session_model_usage" VALUES('d34-4','gemini-2.5-flash','gemini','','','',1,44000,3000,12000,0,0,0.0,0.0,'unknown',NULL,1796054505.0,1796054505.0);
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
INSERT INTO "sessions" VALUES('d00-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793089326.0,1793089926.0,'user_exit',0,0,32000,3000,4000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0053312,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793095496.0,1793096096.0,'user_exit',0,0,28000,6000,148000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,6.01440000000000047492e-03,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793104112.0,1793104712.0,'user_exit',0,0,20000,1000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0032704,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793111338.0,1793111938.0,'user_exit',0,0,44000,1000,28000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1554,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793119383.0,1793119983.0,'user_exit',0,0,108000,4000,144000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1793131200.0,NULL,NULL,0,0,24000,3750,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0746592,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d00-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d00-fb',1793131400.0,NULL,NULL,0,0,22000,1000,34000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0304,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d01-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793177742.0,1793178342.0,'user_exit',0,0,88000,5000,164000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0141792,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d01-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793184516.0,1793185116.0,'user_exit',0,0,44000,1000,76000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0066528,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d01-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793189643.0,1793190243.0,'user_exit',0,0,76000,5000,96000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0123088,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d01-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793197481.0,1793198081.0,'user_exit',0,0,32000,4000,64000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,1.75200000000000022382e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d01-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793205351.0,1793205951.0,'user_exit',0,0,52000,6000,64000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d02-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793261283.0,1793261883.0,'user_exit',0,0,56000,6000,100000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0098,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d02-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793271131.0,1793271731.0,'user_exit',0,0,116000,7000,108000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0185024,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d02-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793278640.0,1793279240.0,'user_exit',0,0,24000,2000,8000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0039424,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d02-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793282648.0,1793283248.0,'user_exit',0,0,88000,6000,176000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,4.06800000000000050448e-01,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d02-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793291055.0,1793291655.0,'user_exit',0,0,44000,1000,60000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d03-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793347441.0,1793348041.0,'user_exit',0,0,24000,1000,28000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0037184,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d03-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793356029.0,1793356629.0,'user_exit',0,0,72000,3000,88000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0111664,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d03-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793362738.0,1793363338.0,'user_exit',0,0,32000,3000,32000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0054096,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d03-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793371693.0,1793372293.0,'user_exit',0,0,48000,4000,56000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2208,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d03-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793376721.0,1793377321.0,'user_exit',0,0,20000,3000,28000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d04-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793433649.0,1793434249.0,'user_exit',0,0,68000,2000,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0102144,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d04-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793442516.0,1793443116.0,'user_exit',0,0,100000,7000,140000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.016352,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d04-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793449870.0,1793450470.0,'user_exit',0,0,108000,7000,108000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0173824,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d04-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793455454.0,1793456054.0,'user_exit',0,0,12000,1000,56000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0678,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d04-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793463064.0,1793463664.0,'user_exit',0,0,28000,3000,4000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793520419.0,1793521019.0,'user_exit',0,0,44000,1000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0066304,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793527615.0,1793528215.0,'user_exit',0,0,64000,4000,56000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0102368,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793535008.0,1793535608.0,'user_exit',0,0,64000,6000,144000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0110432,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793543567.0,1793544167.0,'user_exit',0,0,36000,4000,56000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,1.84800000000000019806e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793551832.0,1793552432.0,'user_exit',0,0,76000,4000,44000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1793563200.0,NULL,NULL,0,0,60000,2250,60000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.1203036,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d05-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d05-fb',1793563400.0,NULL,NULL,0,0,12000,1500,4000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0199,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d06-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793609251.0,1793609851.0,'user_exit',0,0,68000,3000,88000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0106064,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d06-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793615818.0,1793616418.0,'user_exit',0,0,104000,7000,84000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0167552,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d06-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793621618.0,1793622218.0,'user_exit',0,0,68000,5000,136000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0113008,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d06-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793629410.0,1793630010.0,'user_exit',0,0,48000,3000,36000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1998,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d06-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793637125.0,1793637725.0,'user_exit',0,0,28000,1000,60000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d07-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793695356.0,1793695956.0,'user_exit',0,0,52000,8000,80000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.009744,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d07-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793701958.0,1793702558.0,'user_exit',0,0,32000,3000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.005432,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d07-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793707555.0,1793708155.0,'user_exit',0,0,60000,6000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0102704,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d07-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793715019.0,1793715619.0,'user_exit',0,0,108000,7000,144000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.4722,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d07-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793723845.0,1793724445.0,'user_exit',0,0,8000,1000,12000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d08-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793781356.0,1793781956.0,'user_exit',0,0,56000,5000,120000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,9.57600000000000117772e-03,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d08-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793787385.0,1793787985.0,'user_exit',0,0,88000,5000,144000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.41231999999999989492e-02,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d08-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793796938.0,1793797538.0,'user_exit',0,0,112000,5000,136000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0174608,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d08-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793803980.0,1793804580.0,'user_exit',0,0,44000,1000,16000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1518,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d08-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793808705.0,1793809305.0,'user_exit',0,0,36000,3000,12000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d09-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793867879.0,1793868479.0,'user_exit',0,0,28000,3000,64000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0049392,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d09-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793874973.0,1793875573.0,'user_exit',0,0,68000,3000,104000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0106512,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d09-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793882079.0,1793882679.0,'user_exit',0,0,76000,3000,84000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0117152,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d09-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793889270.0,1793889870.0,'user_exit',0,0,112000,7000,128000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.4794,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d09-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793897263.0,1793897863.0,'user_exit',0,0,72000,6000,132000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793953294.0,1793953894.0,'user_exit',0,0,20000,2000,8000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0033824,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793960071.0,1793960671.0,'user_exit',0,0,68000,4000,76000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0108528,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1793969458.0,1793970058.0,'user_exit',0,0,32000,2000,20000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.005096,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1793976335.0,1793976935.0,'user_exit',0,0,16000,3000,52000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1086,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1793982911.0,1793983511.0,'user_exit',0,0,56000,4000,32000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1793995200.0,NULL,NULL,0,0,51000,2250,72000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.28333999999999975871e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d10-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d10-fb',1793995400.0,NULL,NULL,0,0,4000,1000,20000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.011,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d11-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794040519.0,1794041119.0,'user_exit',0,0,48000,6000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0085456,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d11-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794045762.0,1794046362.0,'user_exit',0,0,24000,1000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0037856,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d11-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794056279.0,1794056879.0,'user_exit',0,0,100000,8000,128000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0165984,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d11-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794060366.0,1794060966.0,'user_exit',0,0,40000,4000,52000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1956,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d11-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794067268.0,1794067868.0,'user_exit',0,0,80000,4000,72000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d12-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794124847.0,1794125447.0,'user_exit',0,0,84000,3000,36000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0127008,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d12-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794134158.0,1794134758.0,'user_exit',0,0,64000,4000,76000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0102928,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d12-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794141375.0,1794141975.0,'user_exit',0,0,24000,2000,64000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0040992,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d12-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794149153.0,1794149753.0,'user_exit',0,0,24000,2000,0,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.102,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d12-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794154625.0,1794155225.0,'user_exit',0,0,8000,1000,64000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d13-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794213457.0,1794214057.0,'user_exit',0,0,40000,2000,28000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0062384,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d13-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794220231.0,1794220831.0,'user_exit',0,0,32000,3000,60000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.005488,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d13-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794227836.0,1794228436.0,'user_exit',0,0,60000,4000,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0096544,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d13-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794236209.0,1794236809.0,'user_exit',0,0,36000,6000,76000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2208,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d13-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794241764.0,1794242364.0,'user_exit',0,0,8000,1000,48000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d14-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794301165.0,1794301765.0,'user_exit',0,0,64000,5000,116000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0106848,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d14-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794306626.0,1794307226.0,'user_exit',0,0,24000,2000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.004032,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d14-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794314240.0,1794314840.0,'user_exit',0,0,40000,3000,56000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0065968,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d14-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794319204.0,1794319804.0,'user_exit',0,0,56000,4000,84000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2532,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d14-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794327416.0,1794328016.0,'user_exit',0,0,64000,3000,128000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794384092.0,1794384692.0,'user_exit',0,0,36000,6000,92000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,6.9776000000000004686e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794394694.0,1794395294.0,'user_exit',0,0,44000,2000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.006832,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794401351.0,1794401951.0,'user_exit',0,0,32000,3000,140000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.005712,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794408169.0,1794408769.0,'user_exit',0,0,80000,4000,64000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,3.19200000000000039257e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794416184.0,1794416784.0,'user_exit',0,0,72000,7000,76000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1794427200.0,NULL,NULL,0,0,39000,2250,42000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.1030476,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d15-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d15-fb',1794427400.0,NULL,NULL,0,0,20000,1500,14000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0289,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d16-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794472404.0,1794473004.0,'user_exit',0,0,48000,5000,16000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0081648,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d16-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794480300.0,1794480900.0,'user_exit',0,0,56000,7000,116000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0101248,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d16-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794485745.0,1794486345.0,'user_exit',0,0,56000,7000,108000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0101024,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d16-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794492317.0,1794492917.0,'user_exit',0,0,56000,6000,164000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,3.07200000000000028599e-01,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d16-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794499448.0,1794500048.0,'user_exit',0,0,44000,6000,72000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d17-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794557991.0,1794558591.0,'user_exit',0,0,116000,5000,104000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0179312,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d17-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794564351.0,1794564951.0,'user_exit',0,0,20000,5000,112000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,4.51359999999999955688e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d17-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794572300.0,1794572900.0,'user_exit',0,0,64000,2000,24000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0095872,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d17-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794581461.0,1794582061.0,'user_exit',0,0,92000,6000,124000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,4.03200000000000058353e-01,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d17-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794586547.0,1794587147.0,'user_exit',0,0,52000,3000,60000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d18-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794645991.0,1794646591.0,'user_exit',0,0,64000,4000,64000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0102592,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d18-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794651694.0,1794652294.0,'user_exit',0,0,28000,1000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.004312,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d18-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794660675.0,1794661275.0,'user_exit',0,0,40000,4000,60000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.006888,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d18-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794665837.0,1794666437.0,'user_exit',0,0,56000,3000,92000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2406,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d18-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794673753.0,1794674353.0,'user_exit',0,0,16000,5000,48000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d19-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794732200.0,1794732800.0,'user_exit',0,0,20000,2000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0035056,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d19-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794738892.0,1794739492.0,'user_exit',0,0,28000,5000,100000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,5.60000000000000081046e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d19-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794747586.0,1794748186.0,'user_exit',0,0,84000,7000,76000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.39328000000000021274e-02,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d19-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794753839.0,1794754439.0,'user_exit',0,0,52000,2000,128000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2244,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d19-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794760099.0,1794760699.0,'user_exit',0,0,48000,4000,60000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794817232.0,1794817832.0,'user_exit',0,0,52000,4000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0085904,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794823507.0,1794824107.0,'user_exit',0,0,40000,2000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0063504,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794831301.0,1794831901.0,'user_exit',0,0,44000,5000,76000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0077728,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794838599.0,1794839199.0,'user_exit',0,0,16000,2000,68000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0984,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794845173.0,1794845773.0,'user_exit',0,0,64000,3000,32000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1794859200.0,NULL,NULL,0,0,54000,2250,75000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.15939199999999992263e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d20-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d20-fb',1794859400.0,NULL,NULL,0,0,12000,1000,2000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0172,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d21-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794904440.0,1794905040.0,'user_exit',0,0,84000,5000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.32719999999999990758e-02,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d21-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794909979.0,1794910579.0,'user_exit',0,0,56000,4000,84000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0091952,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d21-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794920276.0,1794920876.0,'user_exit',0,0,16000,1000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0026656,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d21-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1794926906.0,1794927506.0,'user_exit',0,0,56000,4000,64000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2472,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d21-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1794934703.0,1794935303.0,'user_exit',0,0,56000,2000,28000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d22-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794990939.0,1794991539.0,'user_exit',0,0,32000,7000,88000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0066864,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d22-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1794998332.0,1794998932.0,'user_exit',0,0,24000,1000,32000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0037296,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d22-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795005363.0,1795005963.0,'user_exit',0,0,84000,7000,72000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0139216,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d22-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795011989.0,1795012589.0,'user_exit',0,0,28000,6000,36000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1848,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d22-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795019486.0,1795020086.0,'user_exit',0,0,64000,6000,56000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d23-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795077440.0,1795078040.0,'user_exit',0,0,8000,2000,36000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0017808,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d23-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795082626.0,1795083226.0,'user_exit',0,0,20000,2000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0035056,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d23-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795089932.0,1795090532.0,'user_exit',0,0,48000,4000,112000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0081536,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d23-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795096939.0,1795097539.0,'user_exit',0,0,76000,7000,136000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.3738,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d23-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795107027.0,1795107627.0,'user_exit',0,0,52000,5000,112000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d24-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795162685.0,1795163285.0,'user_exit',0,0,56000,4000,88000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0092064,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d24-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795170786.0,1795171386.0,'user_exit',0,0,40000,4000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.006832,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d24-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795176096.0,1795176696.0,'user_exit',0,0,60000,6000,92000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.03375999999999988732e-02,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d24-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795186201.0,1795186801.0,'user_exit',0,0,12000,1000,40000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.063,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d24-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795191181.0,1795191781.0,'user_exit',0,0,40000,3000,56000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795248130.0,1795248730.0,'user_exit',0,0,68000,3000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0105056,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795255211.0,1795255811.0,'user_exit',0,0,24000,1000,44000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0037632,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795264121.0,1795264721.0,'user_exit',0,0,40000,1000,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0060144,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795271060.0,1795271660.0,'user_exit',0,0,68000,2000,48000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,2.48399999999999981925e-01,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795279018.0,1795279618.0,'user_exit',0,0,56000,3000,96000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1795291200.0,NULL,NULL,0,0,21000,3750,39000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0442308,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d25-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d25-fb',1795291400.0,NULL,NULL,0,0,18000,500,2000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0207,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d26-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795335452.0,1795336052.0,'user_exit',0,0,12000,3000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.002632,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d26-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795343086.0,1795343686.0,'user_exit',0,0,52000,6000,44000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0090832,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d26-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795349928.0,1795350528.0,'user_exit',0,0,20000,4000,104000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0042112,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d26-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795356439.0,1795357039.0,'user_exit',0,0,68000,4000,48000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2784,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d26-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795365233.0,1795365833.0,'user_exit',0,0,8000,3000,36000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d27-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795424170.0,1795424770.0,'user_exit',0,0,72000,8000,92000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.2577600000000001279e-02,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d27-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795430096.0,1795430696.0,'user_exit',0,0,32000,1000,28000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0048384,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d27-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795436870.0,1795437470.0,'user_exit',0,0,8000,2000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0018704,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d27-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795444630.0,1795445230.0,'user_exit',0,0,28000,4000,88000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1704,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d27-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795449944.0,1795450544.0,'user_exit',0,0,12000,2000,60000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d28-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795510107.0,1795510707.0,'user_exit',0,0,48000,3000,92000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,7.81760000000000093711e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d28-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795517161.0,1795517761.0,'user_exit',0,0,40000,3000,12000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0064736,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d28-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795524793.0,1795525393.0,'user_exit',0,0,48000,4000,104000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0081312,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d28-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795531823.0,1795532423.0,'user_exit',0,0,36000,3000,56000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1698,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d28-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795536628.0,1795537228.0,'user_exit',0,0,56000,3000,72000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d29-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795594607.0,1795595207.0,'user_exit',0,0,84000,4000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0130256,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d29-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795604242.0,1795604842.0,'user_exit',0,0,48000,2000,40000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,7.39199999999999926569e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d29-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795608776.0,1795609376.0,'user_exit',0,0,108000,7000,60000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.017248,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d29-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795618374.0,1795618974.0,'user_exit',0,0,60000,5000,140000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.297,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d29-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795622979.0,1795623579.0,'user_exit',0,0,20000,2000,4000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795682455.0,1795683055.0,'user_exit',0,0,68000,7000,120000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.011816,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795687519.0,1795688119.0,'user_exit',0,0,8000,2000,68000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0018704,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795696380.0,1795696980.0,'user_exit',0,0,32000,1000,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0048944,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795704319.0,1795704919.0,'user_exit',0,0,60000,9000,120000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.351,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795710478.0,1795711078.0,'user_exit',0,0,48000,5000,76000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-fb','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-reasoner',NULL,NULL,NULL,1795723200.0,NULL,NULL,0,0,27000,3000,57000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0493692,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d30-fb-sub','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-haiku-4-5',NULL,NULL,'d30-fb',1795723400.0,NULL,NULL,0,0,16000,1500,24000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.0259,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d31-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795767234.0,1795767834.0,'user_exit',0,0,32000,1000,52000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0049056,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d31-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795774065.0,1795774665.0,'user_exit',0,0,32000,3000,44000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0054432,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d31-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795782687.0,1795783287.0,'user_exit',0,0,16000,1000,4000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0025312,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d31-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795790259.0,1795790859.0,'user_exit',0,0,32000,1000,72000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1326,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d31-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795797748.0,1795798348.0,'user_exit',0,0,68000,3000,36000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d32-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795854934.0,1795855534.0,'user_exit',0,0,12000,1000,48000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0020944,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d32-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795862009.0,1795862609.0,'user_exit',0,0,24000,1000,4000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0036512,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d32-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795869177.0,1795869777.0,'user_exit',0,0,20000,6000,124000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0048272,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d32-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795877218.0,1795877818.0,'user_exit',0,0,20000,3000,48000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.1194,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d32-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795884117.0,1795884717.0,'user_exit',0,0,36000,1000,72000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d33-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795940093.0,1795940693.0,'user_exit',0,0,32000,3000,20000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.005376,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d33-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795947971.0,1795948571.0,'user_exit',0,0,32000,2000,96000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,5.30880000000000067117e-03,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d33-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1795957050.0,1795957650.0,'user_exit',0,0,56000,8000,152000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0105056,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d33-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1795963458.0,1795964058.0,'user_exit',0,0,56000,5000,72000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,0.2646,NULL,'estimated',NULL,NULL,NULL,2,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d33-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1795969830.0,1795970430.0,'user_exit',0,0,80000,5000,116000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d34-0','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1796028727.0,1796029327.0,'user_exit',0,0,84000,4000,120000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,1.3215999999999998582e-02,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d34-1','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1796034296.0,1796034896.0,'user_exit',0,0,36000,3000,64000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0060592,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d34-2','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'deepseek-chat',NULL,NULL,NULL,1796042691.0,1796043291.0,'user_exit',0,0,8000,3000,16000,0,0,NULL,NULL,NULL,'deepseek',NULL,NULL,0.0020048,NULL,'estimated',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d34-3','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'claude-sonnet-4-5',NULL,NULL,NULL,1796047536.0,1796048136.0,'user_exit',0,0,72000,7000,144000,0,0,NULL,NULL,NULL,'anthropic',NULL,NULL,3.64199999999999968203e-01,NULL,'estimated',NULL,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
INSERT INTO "sessions" VALUES('d34-4','cli',NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,'gemini-2.5-flash',NULL,NULL,NULL,1796054505.0,1796055105.0,'user_exit',0,0,44000,3000,12000,0,0,NULL,NULL,NULL,'gemini',NULL,NULL,0.0,NULL,'unknown',NULL,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,0,NULL,0,0);
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
