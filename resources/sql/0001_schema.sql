-- The metering schema and its plans: tariff versions, endpoint rules, region multipliers.
--
-- Conventions for every later migration:
--   * money is bigint micro-credits (*_ucr), never numeric or float;
--   * time is timestamptz and month arithmetic is done in UTC, whatever the session's TimeZone;
--   * tables holding tenant data are keyed by tenant_id first, so that the database can later be
--     distributed by tenant (Citus);
--   * machine identifiers on the metering path (slugs, services, endpoints, request ids) use
--     COLLATE "C": they are matched, never alphabetised for people, and byte comparison is much
--     cheaper than a locale's;
--   * errors caused by arguments use SQLSTATE 22023 and name the argument; references to rows that
--     do not exist use P0002; refused changes of protected history use 23000.

CREATE SCHEMA meter;
COMMENT ON SCHEMA meter IS 'Meterdesk metering database: plans, tenants, credit ledger, usage, audit';

-- Trigram indexes make substring search over millions of tenants fast (see 0002).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The person behind a change. The console sets meterdesk.operator to the signed-in operator; a
-- bare database session is attributed to its login role.
CREATE FUNCTION meter.current_operator() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN coalesce(nullif(current_setting('meterdesk.operator', true), ''), session_user::text);

-- The first day of the UTC month holding an instant, and the instant that month starts.
CREATE FUNCTION meter.utc_month(instant timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_trunc('month', instant AT TIME ZONE 'UTC')::date;

CREATE FUNCTION meter.month_start(month date) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN month::timestamp AT TIME ZONE 'UTC';

-- Optimistic concurrency: every update bumps row_version, so that an editor holding an older
-- version can be refused (UPDATE ... WHERE row_version = <the version it read>).
CREATE FUNCTION meter.bump_row_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;

-- History that must never change (the credit ledger, the audit log) refuses updates, deletes and
-- truncation outright.
CREATE FUNCTION meter.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'meter.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = '23000',
              HINT = 'Record a correcting entry instead of changing history.';
END
$$;

CREATE TABLE meter.plans (
    code        text PRIMARY KEY
                CONSTRAINT plan_code_format CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    name        text NOT NULL
                CONSTRAINT plan_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    row_version integer NOT NULL DEFAULT 1
);

CREATE TRIGGER plans_row_version BEFORE UPDATE ON meter.plans
    FOR EACH ROW EXECUTE FUNCTION meter.bump_row_version();

-- A plan's prices from effective_from on; the version in force is the one with the latest
-- effective_from not after now().
CREATE TABLE meter.plan_versions (
    plan_code             text NOT NULL REFERENCES meter.plans (code) ON DELETE CASCADE,
    version               integer NOT NULL CONSTRAINT plan_version_positive CHECK (version >= 1),
    effective_from        timestamptz NOT NULL,
    monthly_allowance_ucr bigint NOT NULL DEFAULT 0
                          CONSTRAINT monthly_allowance_non_negative CHECK (monthly_allowance_ucr >= 0),
    rate_limit_requests   bigint NOT NULL
                          CONSTRAINT rate_limit_requests_positive CHECK (rate_limit_requests >= 1),
    rate_limit_period_s   integer NOT NULL
                          CONSTRAINT rate_limit_period_positive CHECK (rate_limit_period_s >= 1),
    created_at            timestamptz NOT NULL DEFAULT now(),
    created_by            text NOT NULL DEFAULT meter.current_operator(),
    PRIMARY KEY (plan_code, version),
    CONSTRAINT one_version_per_instant UNIQUE (plan_code, effective_from)
);

CREATE TABLE meter.endpoint_rules (
    plan_code           text NOT NULL,
    version             integer NOT NULL,
    service             text COLLATE "C" NOT NULL CONSTRAINT rule_service_length CHECK (length(service) BETWEEN 1 AND 200),
    endpoint            text COLLATE "C" NOT NULL CONSTRAINT rule_endpoint_length CHECK (length(endpoint) BETWEEN 1 AND 200),
    method              text COLLATE "C" NOT NULL
                        CONSTRAINT rule_method_known
                        CHECK (method IN ('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', '*')),
    per_call_ucr        bigint NOT NULL DEFAULT 0 CONSTRAINT per_call_non_negative CHECK (per_call_ucr >= 0),
    per_unit_ucr        bigint NOT NULL DEFAULT 0 CONSTRAINT per_unit_non_negative CHECK (per_unit_ucr >= 0),
    premium             boolean NOT NULL DEFAULT false,
    rate_limit_requests bigint CONSTRAINT rule_rate_limit_requests_positive CHECK (rate_limit_requests >= 1),
    rate_limit_period_s integer CONSTRAINT rule_rate_limit_period_positive CHECK (rate_limit_period_s >= 1),
    PRIMARY KEY (plan_code, version, service, endpoint, method),
    FOREIGN KEY (plan_code, version) REFERENCES meter.plan_versions (plan_code, version) ON DELETE CASCADE,
    CONSTRAINT rule_rate_limit_complete
        CHECK ((rate_limit_requests IS NULL) = (rate_limit_period_s IS NULL))
);

CREATE TABLE meter.region_multipliers (
    plan_code    text NOT NULL,
    version      integer NOT NULL,
    region       text COLLATE "C" NOT NULL CONSTRAINT region_length CHECK (length(region) BETWEEN 1 AND 200),
    basis_points integer NOT NULL CONSTRAINT basis_points_range CHECK (basis_points BETWEEN 1 AND 100000),
    PRIMARY KEY (plan_code, version, region),
    FOREIGN KEY (plan_code, version) REFERENCES meter.plan_versions (plan_code, version) ON DELETE CASCADE
);

-- Tenants were billed by a version once it is in force, so from then on it is frozen: changes go
-- into a new version. The transaction creating a version may still fill in its rules and regions
-- (a version can be created to take effect immediately); created_at, forced to the transaction's
-- start below, tells that transaction apart.
CREATE FUNCTION meter.version_is_frozen(plan_code text, version integer) RETURNS boolean
    LANGUAGE sql STABLE
    RETURN coalesce((SELECT v.effective_from <= now() AND v.created_at <> now()
                       FROM meter.plan_versions v
                      WHERE v.plan_code = version_is_frozen.plan_code
                        AND v.version = version_is_frozen.version), false);

CREATE FUNCTION meter.refuse_frozen_version_change(plan_code text, version integer) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF meter.version_is_frozen(plan_code, version) THEN
        RAISE EXCEPTION 'plan % version % is in force and cannot be changed', plan_code, version
            USING ERRCODE = '23000',
                  HINT = 'Create a new version with a future effective_from instead.';
    END IF;
END
$$;

-- The guards are SECURITY DEFINER so that they work alike for every role allowed to edit plans.
CREATE FUNCTION meter.guard_plan_version() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := now();
        RETURN NEW;
    END IF;
    PERFORM meter.refuse_frozen_version_change(OLD.plan_code, OLD.version);
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.created_at := OLD.created_at;
    RETURN NEW;
END
$$;

CREATE TRIGGER plan_versions_frozen_in_force BEFORE INSERT OR UPDATE OR DELETE ON meter.plan_versions
    FOR EACH ROW EXECUTE FUNCTION meter.guard_plan_version();

-- Whether a rule or region with the key of `part` exists already.
CREATE FUNCTION meter.version_part_exists(table_name text, part jsonb) RETURNS boolean
    LANGUAGE sql STABLE
    RETURN CASE table_name
        WHEN 'endpoint_rules' THEN EXISTS (
            SELECT FROM meter.endpoint_rules r
             WHERE r.plan_code = part ->> 'plan_code' AND r.version = (part ->> 'version')::integer
               AND r.service = part ->> 'service' AND r.endpoint = part ->> 'endpoint'
               AND r.method = part ->> 'method')
        WHEN 'region_multipliers' THEN EXISTS (
            SELECT FROM meter.region_multipliers m
             WHERE m.plan_code = part ->> 'plan_code' AND m.version = (part ->> 'version')::integer
               AND m.region = part ->> 'region')
    END;

-- Rules and regions belong to their version: adding, changing or removing one changes the version.
-- Inserting a row that already exists changes nothing, so it is left to the primary key (a
-- unique violation, or nothing at all under ON CONFLICT DO NOTHING, as idempotent seed scripts use).
CREATE FUNCTION meter.guard_version_part() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM refuse_frozen_version_change(OLD.plan_code, OLD.version);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' OR NOT version_part_exists(TG_TABLE_NAME, to_jsonb(NEW)) THEN
        PERFORM refuse_frozen_version_change(NEW.plan_code, NEW.version);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER endpoint_rules_frozen_in_force BEFORE INSERT OR UPDATE OR DELETE ON meter.endpoint_rules
    FOR EACH ROW EXECUTE FUNCTION meter.guard_version_part();

CREATE TRIGGER region_multipliers_frozen_in_force BEFORE INSERT OR UPDATE OR DELETE ON meter.region_multipliers
    FOR EACH ROW EXECUTE FUNCTION meter.guard_version_part();
