namespace CoachBot.State.Postgres;

/// <summary>
/// The tables of the PostgreSQL store: the same rows as SQLite's, so both stores keep one contract. Times are Unix
/// milliseconds (bigint); the <c>user_id</c> columns say whose data a row is, so "forget my data" finds every copy.
/// </summary>
internal static class PostgresSchema
{
    public const string Baseline = """
        CREATE TABLE dialog_state (
            conversation_id text NOT NULL,
            user_id text NOT NULL,
            etag bigint NOT NULL,
            state text NOT NULL,
            updated_at bigint NOT NULL,
            PRIMARY KEY (conversation_id, user_id));
        CREATE INDEX ix_dialog_state_updated ON dialog_state (updated_at);
        CREATE TABLE processed_activity (
            conversation_id text NOT NULL,
            activity_id text NOT NULL,
            status_code integer NOT NULL,
            response bytea NULL,
            processed_at bigint NOT NULL,
            user_id text NULL,
            PRIMARY KEY (conversation_id, activity_id));
        CREATE INDEX ix_processed_at ON processed_activity (processed_at);
        CREATE INDEX ix_processed_user ON processed_activity (user_id);
        CREATE TABLE conversation (
            conversation_id text PRIMARY KEY,
            reference text NOT NULL,
            welcomed boolean NOT NULL,
            updated_at bigint NOT NULL);
        CREATE TABLE outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_id text NOT NULL,
            kind text NOT NULL,
            payload text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            due_at bigint NULL,
            delivered boolean NOT NULL DEFAULT false,
            last_error text NULL,
            created_at bigint NOT NULL,
            user_id text NULL,
            delivered_at bigint NULL,
            expires_at bigint NULL,
            lease_until bigint NULL);
        CREATE INDEX ix_outbox_due ON outbox (delivered, due_at);
        CREATE INDEX ix_outbox_conversation ON outbox (conversation_id, kind, delivered, id);
        CREATE INDEX ix_outbox_user ON outbox (user_id);
        CREATE INDEX ix_outbox_expires ON outbox (expires_at);
        CREATE TABLE record (
            key text PRIMARY KEY,
            value text NOT NULL,
            updated_at bigint NOT NULL,
            expires_at bigint NULL,
            user_id text NULL);
        CREATE INDEX ix_record_user ON record (user_id);
        CREATE TABLE training_result (
            source_id bigint PRIMARY KEY,
            user_id text NOT NULL,
            kind text NOT NULL,
            item_id text NOT NULL,
            topic text NULL,
            passed boolean NOT NULL,
            recorded_at bigint NOT NULL,
            expires_at bigint NOT NULL,
            result text NOT NULL,
            user_name text NULL,
            user_aad text NULL);
        CREATE INDEX ix_training_result_user ON training_result (user_id, kind, recorded_at);
        CREATE INDEX ix_training_result_expires ON training_result (expires_at);
        CREATE TABLE channel_quiz_answer (
            quiz_id text NOT NULL,
            question integer NOT NULL,
            user_id text NOT NULL,
            option text NOT NULL,
            "right" boolean NOT NULL,
            points integer NOT NULL,
            answered_at bigint NOT NULL,
            expires_at bigint NOT NULL,
            user_name text NULL,
            user_aad text NULL,
            PRIMARY KEY (quiz_id, question, user_id));
        CREATE INDEX ix_channel_quiz_answer_user ON channel_quiz_answer (user_id);
        CREATE INDEX ix_channel_quiz_answer_expires ON channel_quiz_answer (expires_at);
        """;
}
