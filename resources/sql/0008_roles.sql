-- Roles and grants. The database enforces who may do what; the console only reads
-- current_capabilities() to hide what the role may not do.
--
--   meterdesk_admin    everything operators do: plans, tenants, keys, credits, alerts, partitions
--   meterdesk_billing  reads everything; tops up and adjusts credits
--   meterdesk_support  reads everything; suspends and unlocks tenants (tenants.status only);
--                      acknowledges alerts
--   meterdesk_viewer   reads everything
--   meterdesk_gateway  meters calls (track, track_batch) and nothing else, not even reads
--
-- Derived data (balances, usage, rollups, counters, request ids, allowance runs, the audit log) is
-- written only by the database's own SECURITY DEFINER functions and triggers, for every role.

-- Roles are cluster-wide, so another database may have created them already (possibly right now).
DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['meterdesk_admin', 'meterdesk_billing', 'meterdesk_support',
                                     'meterdesk_viewer', 'meterdesk_gateway'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created concurrently by a migration of another database
            END;
        END IF;
    END LOOP;
END
$$;

-- PostgreSQL lets everyone execute new functions; here nobody may unless granted below.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA meter FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA meter FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA meter FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

GRANT USAGE ON SCHEMA meter
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer, meterdesk_gateway;

-- Reading: every operator role reads every table, including those later migrations add.
GRANT SELECT ON ALL TABLES IN SCHEMA meter
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA meter GRANT SELECT ON TABLES
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer;

-- Column defaults and the capability check call these with the caller's rights.
GRANT EXECUTE ON FUNCTION meter.current_operator(), meter.utc_month(timestamptz), meter.month_start(date)
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer, meterdesk_gateway;

-- Admin: the operator-edited tables, and the ledger through its functions.
GRANT INSERT, UPDATE, DELETE ON meter.plans, meter.plan_versions, meter.endpoint_rules,
                                meter.region_multipliers, meter.tenants
    TO meterdesk_admin;
GRANT EXECUTE ON FUNCTION
    meter.issue_api_key(bigint, text), meter.revoke_api_key(bigint, bigint),
    meter.top_up(bigint, bigint, text), meter.adjust(bigint, bigint, text),
    meter.acknowledge_alert(bigint, bigint),
    meter.apply_allowance(bigint, date), meter.run_allowances(date),
    meter.ensure_usage_partitions(date, date),
    meter.track(text, text, text, text, bigint, text, text, text, integer, integer),
    meter.track_batch(jsonb)
    TO meterdesk_admin;

GRANT EXECUTE ON FUNCTION meter.top_up(bigint, bigint, text), meter.adjust(bigint, bigint, text)
    TO meterdesk_billing;

GRANT UPDATE (status) ON meter.tenants TO meterdesk_support;
GRANT EXECUTE ON FUNCTION meter.acknowledge_alert(bigint, bigint) TO meterdesk_support;

GRANT EXECUTE ON FUNCTION
    meter.track(text, text, text, text, bigint, text, text, text, integer, integer),
    meter.track_batch(jsonb)
    TO meterdesk_gateway;

-- What the current role may do, for the console to show only what will work.
CREATE FUNCTION meter.current_capabilities()
    RETURNS TABLE (can_edit_tenants boolean, can_edit_plans boolean, can_credit boolean,
                   can_suspend boolean, can_manage_keys boolean, can_ack_alerts boolean, is_admin boolean)
    LANGUAGE sql STABLE SET search_path = meter, pg_temp
BEGIN ATOMIC
    SELECT has_table_privilege('meter.tenants', 'INSERT') AND has_table_privilege('meter.tenants', 'UPDATE'),
           has_table_privilege('meter.plan_versions', 'INSERT')
               AND has_table_privilege('meter.endpoint_rules', 'INSERT')
               AND has_table_privilege('meter.region_multipliers', 'INSERT'),
           has_function_privilege('meter.top_up(bigint, bigint, text)', 'EXECUTE')
               AND has_function_privilege('meter.adjust(bigint, bigint, text)', 'EXECUTE'),
           has_column_privilege('meter.tenants', 'status', 'UPDATE'),
           has_function_privilege('meter.issue_api_key(bigint, text)', 'EXECUTE')
               AND has_function_privilege('meter.revoke_api_key(bigint, bigint)', 'EXECUTE'),
           has_function_privilege('meter.acknowledge_alert(bigint, bigint)', 'EXECUTE'),
           pg_has_role('meterdesk_admin', 'MEMBER');
END;
GRANT EXECUTE ON FUNCTION meter.current_capabilities()
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer, meterdesk_gateway;
