-- Usage: the raw event log (partitioned by month), idempotency keys, per-minute rollups and
-- rate-limit counters. Written only by metering (0007); charts and invoices read the rollups.

CREATE TABLE meter.usage_events (
    tenant_id   bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    request_id  text,
    service     text NOT NULL,
    endpoint    text NOT NULL,
    method      text NOT NULL,
    region      text,
    units       bigint NOT NULL,
    credits_ucr bigint NOT NULL,
    decision    text NOT NULL
                CONSTRAINT usage_decision_known
                CHECK (decision IN ('allowed', 'not_in_plan', 'premium_required', 'rate_limited',
                                    'no_credits', 'suspended')),
    status      integer,
    latency_ms  integer,
    job         text
) PARTITION BY RANGE (occurred_at);
-- No foreign key to tenants: it would cost a lookup per event on the hottest path, and metering
-- only logs events of tenants it has just found.
COMMENT ON TABLE meter.usage_events IS
    'Every metered call of a known tenant, allowed or denied. Monthly partitions, see ensure_usage_partitions()';

-- The only index: one tenant's events by time (read newest first). Each further index slows metering.
CREATE INDEX usage_events_by_tenant ON meter.usage_events (tenant_id, occurred_at);

-- Catches events outside every monthly partition, so that metering never fails for want of one.
CREATE TABLE meter.usage_events_default PARTITION OF meter.usage_events DEFAULT;

-- Creates the monthly partitions for every month from from_month to to_month (inclusive) that
-- lacks one, and returns how many it created. Events of such a month that already went to the
-- default partition are moved into the new one.
CREATE FUNCTION meter.ensure_usage_partitions(from_month date, to_month date) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    month date := date_trunc('month', from_month::timestamp)::date;
    partition_name text;
    created integer := 0;
BEGIN
    IF from_month IS NULL OR to_month IS NULL OR to_month < from_month THEN
        RAISE EXCEPTION 'to_month must not be before from_month (got % to %)', from_month, to_month
            USING ERRCODE = '22023';
    END IF;
    IF to_month > from_month + interval '10 years' THEN
        RAISE EXCEPTION 'to_month must be within 10 years of from_month' USING ERRCODE = '22023';
    END IF;
    WHILE month <= to_month LOOP
        partition_name := format('usage_events_%s', to_char(month, 'YYYY_MM'));
        IF to_regclass(format('meter.%I', partition_name)) IS NULL THEN
            PERFORM create_usage_partition(partition_name, month);
            created := created + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;

CREATE FUNCTION meter.create_usage_partition(partition_name text, month date) RETURNS void
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
DECLARE
    -- Bounds as UTC literals, independent of the session's TimeZone and DateStyle.
    starts constant text := to_char(month, 'YYYY-MM-DD') || ' 00:00:00+00';
    ends constant text := to_char(month + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00';
BEGIN
    IF NOT EXISTS (SELECT FROM usage_events_default
                    WHERE occurred_at >= starts::timestamptz AND occurred_at < ends::timestamptz) THEN
        EXECUTE format('CREATE TABLE meter.%I PARTITION OF meter.usage_events FOR VALUES FROM (%L) TO (%L)',
                       partition_name, starts, ends);
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE meter.%I (LIKE meter.usage_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   partition_name);
    EXECUTE format('WITH moved AS (DELETE FROM meter.usage_events_default
                                    WHERE occurred_at >= %L AND occurred_at < %L RETURNING *)
                    INSERT INTO meter.%I SELECT * FROM moved', starts, ends, partition_name);
    EXECUTE format('ALTER TABLE meter.usage_events ATTACH PARTITION meter.%I FOR VALUES FROM (%L) TO (%L)',
                   partition_name, starts, ends);
END
$$;

SELECT meter.ensure_usage_partitions((meter.utc_month(now()) - interval '4 months')::date,
                                     (meter.utc_month(now()) + interval '3 months')::date);

-- Idempotency: the first decision for each (tenant, request id). Kept apart from the events
-- because a unique index on a partitioned table must contain the partition key.
CREATE TABLE meter.request_ids (
    tenant_id     bigint NOT NULL,
    request_id    text COLLATE "C" NOT NULL,
    decision      text NOT NULL,
    credits_ucr   bigint NOT NULL,
    retry_after_s integer,
    occurred_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, request_id)
);

CREATE TABLE meter.usage_rollups (
    tenant_id               bigint NOT NULL,
    minute                  timestamptz NOT NULL,
    service                 text COLLATE "C" NOT NULL,
    endpoint                text COLLATE "C" NOT NULL,
    allowed_calls           bigint NOT NULL DEFAULT 0,
    denied_not_in_plan      bigint NOT NULL DEFAULT 0,
    denied_premium_required bigint NOT NULL DEFAULT 0,
    denied_rate_limited     bigint NOT NULL DEFAULT 0,
    denied_no_credits       bigint NOT NULL DEFAULT 0,
    denied_suspended        bigint NOT NULL DEFAULT 0,
    units                   bigint NOT NULL DEFAULT 0, -- of allowed calls
    credits_ucr             bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, minute, service, endpoint)
) WITH (fillfactor = 70); -- rows are updated within their minute: room for heap-only updates
-- Dashboards over all tenants read a time range first.
CREATE INDEX usage_rollups_by_minute ON meter.usage_rollups (minute);

-- Fixed rate-limit windows: window_start = floor(epoch / period) * period. scope is '*' for the
-- version's default limit, shared by every endpoint without a limit of its own, or
-- 'service endpoint method' of a rule with its own limit. Only allowed calls count.
CREATE TABLE meter.rate_counters (
    tenant_id    bigint NOT NULL,
    scope        text COLLATE "C" NOT NULL,
    window_start timestamptz NOT NULL,
    count        bigint NOT NULL,
    PRIMARY KEY (tenant_id, scope, window_start)
) WITH (fillfactor = 70); -- counts are updated in place: room for heap-only updates
