-- The audit log: who changed what, with the row before and after, written by the database itself
-- so that no client can skip or forge it.

CREATE TABLE meter.audit_log (
    audit_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_role    text NOT NULL DEFAULT session_user,
    operator   text NOT NULL DEFAULT meter.current_operator(),
    table_name text NOT NULL,
    operation  text NOT NULL CONSTRAINT audit_operation_known CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    tenant_id  bigint,
    row_key    text NOT NULL,
    before     jsonb,
    after      jsonb
);
-- The console pages newest first (audit_id DESC), filtered by tenant, operator, table or time.
CREATE INDEX audit_by_tenant ON meter.audit_log (tenant_id, audit_id DESC) WHERE tenant_id IS NOT NULL;
CREATE INDEX audit_by_operator ON meter.audit_log (operator, audit_id DESC);
CREATE INDEX audit_by_table ON meter.audit_log (table_name, audit_id DESC);
CREATE INDEX audit_by_time ON meter.audit_log (at DESC);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON meter.audit_log
    FOR EACH ROW EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON meter.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();

-- The one audit trigger function. Its arguments name the table's key columns, which make up
-- row_key ('tenant_id=7, key_id=3'). An update that changes nothing is not recorded.
CREATE FUNCTION meter.audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    before_row constant jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    after_row constant jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    key_source constant jsonb := coalesce(after_row, before_row);
BEGIN
    IF before_row = after_row THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (table_name, operation, tenant_id, row_key, before, after)
    VALUES (TG_TABLE_NAME, TG_OP, (key_source ->> 'tenant_id')::bigint,
            (SELECT string_agg(format('%s=%s', key_column, key_source ->> key_column), ', ' ORDER BY position)
               FROM unnest(TG_ARGV) WITH ORDINALITY AS k (key_column, position)),
            before_row, after_row);
    RETURN NULL;
END
$$;

CREATE TRIGGER plans_audit AFTER INSERT OR UPDATE OR DELETE ON meter.plans
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('code');
CREATE TRIGGER plan_versions_audit AFTER INSERT OR UPDATE OR DELETE ON meter.plan_versions
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('plan_code', 'version');
CREATE TRIGGER endpoint_rules_audit AFTER INSERT OR UPDATE OR DELETE ON meter.endpoint_rules
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('plan_code', 'version', 'service', 'endpoint', 'method');
CREATE TRIGGER region_multipliers_audit AFTER INSERT OR UPDATE OR DELETE ON meter.region_multipliers
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('plan_code', 'version', 'region');
CREATE TRIGGER tenants_audit AFTER INSERT OR UPDATE OR DELETE ON meter.tenants
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('tenant_id');
CREATE TRIGGER api_keys_audit AFTER INSERT OR UPDATE OR DELETE ON meter.api_keys
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('tenant_id', 'key_id');
-- Usage entries are written by metering, one per call or batch: not operator edits, and far too many.
CREATE TRIGGER ledger_audit AFTER INSERT ON meter.ledger
    FOR EACH ROW WHEN (NEW.kind <> 'usage') EXECUTE FUNCTION meter.audit_row('tenant_id', 'entry_id');
-- Alerts are raised by the database; acknowledging one is the operator's act.
CREATE TRIGGER alerts_audit AFTER UPDATE ON meter.alerts
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('tenant_id', 'alert_id');
