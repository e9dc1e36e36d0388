-- The metering API for gateways: meter.track (one call) and meter.track_batch (many calls in one
-- transaction). Both decide, charge and log in one transaction; track is a batch of one.
--
-- Per event, in order: unknown tenant (nothing logged), suspended, not in plan (rule = exact
-- service and endpoint, exact method or '*', the exact method winning), premium without
-- premium access, rate limited, no credits; otherwise allowed and charged
--   round((per_call_ucr + per_unit_ucr * units) * basis_points / 10000)   (half away from zero)
-- where basis_points is the region's or 10000 when the region is empty or not listed: the rating
-- rule of core/billing, checked against the same vectors (tests/data/rating_vectors.json).

CREATE TYPE meter.track_result AS (
    allowed       boolean, -- reason = 'allowed'
    reason        text,    -- the decision: allowed, unknown_tenant, suspended, not_in_plan,
                           -- premium_required, rate_limited or no_credits
    credits_ucr   bigint,  -- charged (for a duplicate: what the first call was charged)
    balance_ucr   bigint,  -- the tenant's balance after the event; null for an unknown tenant
    retry_after_s integer, -- for rate_limited: seconds until the window ends
    duplicate     boolean  -- the request id was metered before: nothing was charged or logged
);

-- The price of one call in µcr: round((per_call + per_unit * units) * basis_points / 10000), half
-- away from zero, as core/billing's rate(). Whole-number arithmetic while nothing can overflow
-- (any real tariff), numeric beyond; a charge beyond bigint is capped, since no balance could pay
-- it anyway.
CREATE FUNCTION meter.charge_ucr(per_call_ucr bigint, per_unit_ucr bigint, units bigint, basis_points integer)
    RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        -- Keeps (per_call + per_unit * units) * 100000 (the largest basis points) within bigint.
        WHEN per_call_ucr <= 46116860184273 AND units <= (46116860184273 - per_call_ucr) / greatest(per_unit_ucr, 1) THEN
            ((per_call_ucr + per_unit_ucr * units) * basis_points + 5000) / 10000
        ELSE
            least(round((per_call_ucr + per_unit_ucr::numeric * units) * basis_points / 10000),
                  9223372036854775807)::bigint
    END;

-- Arguments. Fields this version does not know are ignored, so that gateways may send more.
-- Each *_problem function returns the first problem of one event as {field, rule}, or null.
CREATE FUNCTION meter.text_field_problem(event jsonb, field text, required boolean, max_length integer)
    RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN coalesce(jsonb_typeof(event -> field), 'null') = 'null' THEN
            CASE WHEN required THEN ARRAY[field, 'is required'] END
        WHEN jsonb_typeof(event -> field) <> 'string' THEN ARRAY[field, 'must be a string']
        WHEN required AND event ->> field = '' THEN ARRAY[field, 'must not be empty']
        WHEN length(event ->> field) > max_length THEN
            ARRAY[field, format('must be at most %s characters', max_length)]
    END;

-- An absent field takes its default; a present one must be a whole number (written without
-- fraction or exponent) in range, and null only where null is allowed.
CREATE FUNCTION meter.integer_field_problem(event jsonb, field text, nullable boolean,
                                            minimum numeric, maximum numeric)
    RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN NOT event ? field THEN NULL
        WHEN jsonb_typeof(event -> field) = 'null' THEN
            CASE WHEN NOT nullable THEN ARRAY[field, 'must not be null'] END
        WHEN jsonb_typeof(event -> field) <> 'number' OR event ->> field !~ '^-?[0-9]+$' THEN
            ARRAY[field, 'must be an integer']
        WHEN (event ->> field)::numeric < minimum THEN ARRAY[field, format('must be at least %s', minimum)]
        WHEN (event ->> field)::numeric > maximum THEN ARRAY[field, format('must be at most %s', maximum)]
    END;

CREATE FUNCTION meter.event_problem(event jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN jsonb_typeof(event) <> 'object' THEN ARRAY[NULL, 'must be a JSON object']
        ELSE coalesce(
            meter.text_field_problem(event, 'tenant', true, 200),
            meter.text_field_problem(event, 'service', true, 200),
            meter.text_field_problem(event, 'endpoint', true, 200),
            meter.text_field_problem(event, 'method', true, 200),
            CASE WHEN event ->> 'method' <> ALL (ARRAY['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) THEN
                ARRAY['method', 'must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS']
            END,
            meter.integer_field_problem(event, 'units', false, 1, 9223372036854775807),
            meter.text_field_problem(event, 'region', false, 200),
            meter.text_field_problem(event, 'request_id', false, 200),
            meter.text_field_problem(event, 'job', false, 200),
            meter.integer_field_problem(event, 'status', true, 100, 599),
            meter.integer_field_problem(event, 'latency_ms', true, 0, 2147483647))
    END;

-- Raises 22023 for the first invalid event, naming it as events[i].field in a batch (i counted
-- from 0, as in JSON) and as the bare argument of a single call.
CREATE FUNCTION meter.raise_event_problem(events jsonb, in_batch boolean) RETURNS void
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
DECLARE
    problem text;
BEGIN
    SELECT concat_ws('.', CASE WHEN in_batch THEN format('events[%s]', e.position - 1) END, p.problem[1])
               || ' ' || p.problem[2]
      INTO problem
      FROM jsonb_array_elements(events) WITH ORDINALITY AS e (event, position)
     CROSS JOIN LATERAL (SELECT event_problem(e.event) AS problem) p
     WHERE p.problem IS NOT NULL
     ORDER BY e.position
     LIMIT 1;
    IF problem IS NULL THEN
        RAISE EXCEPTION 'parse_events refused an event that event_problem accepts' USING ERRCODE = 'XX000';
    END IF;
    RAISE EXCEPTION '%', problem USING ERRCODE = '22023';
END
$$;

-- The events as typed arrays, by position, with defaults applied ('' counts as absent for the
-- optional texts). Its checks are the fast equivalent of event_problem() over a whole batch, cheap
-- enough for every call; only when they fail does raise_event_problem() look event by event.
CREATE FUNCTION meter.parse_events(events jsonb, in_batch boolean,
                                   OUT tenants text[], OUT services text[], OUT endpoints text[],
                                   OUT methods text[], OUT units bigint[], OUT regions text[],
                                   OUT request_ids text[], OUT jobs text[], OUT statuses integer[],
                                   OUT latencies integer[])
    LANGUAGE plpgsql STABLE SET search_path = meter, pg_temp AS
$$
DECLARE
    max_events constant integer := 10000;
    invalid boolean;
BEGIN
    IF events IS NULL OR jsonb_typeof(events) <> 'array' THEN
        RAISE EXCEPTION 'events must be a JSON array' USING ERRCODE = '22023';
    END IF;
    IF jsonb_array_length(events) > max_events THEN
        RAISE EXCEPTION 'events must hold at most % events (got %)', max_events, jsonb_array_length(events)
            USING ERRCODE = '22023';
    END IF;
    BEGIN
        -- The rows arrive sorted by position and the aggregates keep that order.
        SELECT bool_or(NOT coalesce(
                       jsonb_typeof(x.event -> 'tenant') = 'string' AND length(x.tenant) BETWEEN 1 AND 200
                   AND jsonb_typeof(x.event -> 'service') = 'string' AND length(x.service) BETWEEN 1 AND 200
                   AND jsonb_typeof(x.event -> 'endpoint') = 'string' AND length(x.endpoint) BETWEEN 1 AND 200
                   AND jsonb_typeof(x.event -> 'method') = 'string'
                   AND x.method IN ('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS')
                   AND coalesce(jsonb_typeof(x.event -> 'units'), 'number') = 'number' AND x.units >= 1
                   AND coalesce(jsonb_typeof(x.event -> 'region'), 'null') IN ('string', 'null')
                   AND coalesce(length(x.region), 0) <= 200
                   AND coalesce(jsonb_typeof(x.event -> 'request_id'), 'null') IN ('string', 'null')
                   AND coalesce(length(x.request_id), 0) <= 200
                   AND coalesce(jsonb_typeof(x.event -> 'job'), 'null') IN ('string', 'null')
                   AND coalesce(length(x.job), 0) <= 200
                   AND coalesce(jsonb_typeof(x.event -> 'status'), 'null') IN ('number', 'null')
                   AND coalesce(x.status BETWEEN 100 AND 599, true)
                   AND coalesce(jsonb_typeof(x.event -> 'latency_ms'), 'null') IN ('number', 'null')
                   AND coalesce(x.latency_ms >= 0, true), false)),
               array_agg(x.tenant), array_agg(x.service), array_agg(x.endpoint), array_agg(x.method),
               array_agg(x.units), array_agg(nullif(x.region, '')), array_agg(nullif(x.request_id, '')),
               array_agg(nullif(x.job, '')), array_agg(x.status), array_agg(x.latency_ms)
          INTO invalid, tenants, services, endpoints, methods, units, regions, request_ids, jobs,
               statuses, latencies
          FROM (SELECT e.event, e.event ->> 'tenant' AS tenant, e.event ->> 'service' AS service,
                       e.event ->> 'endpoint' AS endpoint, e.event ->> 'method' AS method,
                       coalesce((e.event ->> 'units')::bigint, 1) AS units, e.event ->> 'region' AS region,
                       e.event ->> 'request_id' AS request_id, e.event ->> 'job' AS job,
                       (e.event ->> 'status')::integer AS status,
                       (e.event ->> 'latency_ms')::integer AS latency_ms
                  FROM jsonb_array_elements(events) WITH ORDINALITY AS e (event, position)
                 ORDER BY e.position) x;
    EXCEPTION WHEN data_exception THEN
        -- A value that is no integer or too large for one, or an element that is no object.
        invalid := true;
    END;
    IF invalid THEN
        PERFORM raise_event_problem(events, in_batch);
    END IF;
END
$$;

-- The metering pipeline shared by track and track_batch. Set-based wherever it can be: tenants,
-- tariffs, prior request ids and rate counters are read once per call, and events, rollups,
-- counters and one usage ledger entry per tenant are written once per call. Only the decisions
-- run event by event, in memory, because each depends on the balance and counts the events before
-- it left. Queries feeding array_agg() sort in a subquery: the aggregates keep that order, and one
-- sort is much cheaper than one per aggregate.
CREATE FUNCTION meter.meter_events(events jsonb, in_batch boolean) RETURNS SETOF meter.track_result
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    this_month constant date := utc_month(now());
    now_epoch constant numeric := extract(epoch FROM now());
    now_s constant bigint := floor(now_epoch);
    n integer;
    -- The events, by position 1..n.
    e_tenant text[]; e_service text[]; e_endpoint text[]; e_method text[]; e_units bigint[];
    e_region text[]; e_request text[]; e_job text[]; e_status integer[]; e_latency integer[];
    -- The tenants named, by tenant index (tenant_id order).
    t_id bigint[]; t_slug text[]; t_suspended boolean[]; t_premium boolean[]; t_plan text[];
    t_version integer[]; t_limit bigint[]; t_period integer[];
    t_opening bigint[]; t_balance bigint[]; t_allowed integer[];
    -- Per event: its tenant, its rating and rate window, and what an earlier call already decided.
    e_tix integer[]; e_tid bigint[]; e_charge bigint[]; e_premium boolean[]; e_cix integer[];
    e_limit bigint[]; e_retry integer[];
    e_prior_decision text[]; e_prior_credits bigint[]; e_prior_retry integer[]; e_first integer[];
    -- Rate counters touched, by counter index: the count loaded and the count after this call.
    c_tid bigint[]; c_scope text[]; c_window timestamptz[]; c_loaded bigint[]; c_count bigint[];
    -- The results, by position.
    r_decision text[]; r_credits bigint[]; r_balance bigint[]; r_retry integer[];
    r_duplicate boolean[]; r_logged boolean[];
    i integer;
    ti integer;
    ci integer;
    earlier integer;
    tenant_to_start bigint;
    allowed_count integer := 0;
    denied_count integer := 0;
    charged bigint := 0;
BEGIN
    SELECT * INTO e_tenant, e_service, e_endpoint, e_method, e_units, e_region, e_request, e_job,
                  e_status, e_latency
      FROM parse_events(events, in_batch);
    n := coalesce(cardinality(e_tenant), 0);
    IF n = 0 THEN
        RETURN;
    END IF;

    -- Lock the balances of every tenant named, in tenant_id order (see lock_balance), before
    -- reading anything a concurrent call could change.
    SELECT array_agg(x.tenant_id), array_agg(x.slug), array_agg(x.status = 'suspended'),
           array_agg(x.premium_access), array_agg(x.plan_code), array_agg(x.version),
           array_agg(x.rate_limit_requests), array_agg(x.rate_limit_period_s), array_agg(x.balance_ucr)
      INTO t_id, t_slug, t_suspended, t_premium, t_plan, t_version, t_limit, t_period, t_balance
      FROM (SELECT l.*, v.version, v.rate_limit_requests, v.rate_limit_period_s
              FROM (SELECT t.tenant_id, t.slug, t.status, t.premium_access, t.plan_code, b.balance_ucr
                      FROM tenants t JOIN balances b ON b.tenant_id = t.tenant_id
                     WHERE t.slug = ANY (e_tenant)
                     ORDER BY t.tenant_id
                       FOR UPDATE OF b) l
              LEFT JOIN LATERAL (SELECT pv.version, pv.rate_limit_requests, pv.rate_limit_period_s
                                   FROM plan_versions pv
                                  WHERE pv.plan_code = l.plan_code AND pv.effective_from <= now()
                                  ORDER BY pv.effective_from DESC LIMIT 1) v ON true
             ORDER BY l.tenant_id) x;

    -- A tenant's first call of the month starts the month's allowance.
    FOR tenant_to_start IN
        SELECT u.id FROM unnest(t_id) AS u (id)
         WHERE NOT EXISTS (SELECT FROM allowance_runs r WHERE r.tenant_id = u.id AND r.month >= this_month)
    LOOP
        PERFORM apply_allowance(tenant_to_start, this_month);
    END LOOP;
    IF FOUND THEN
        SELECT array_agg(x.balance_ucr) INTO t_balance
          FROM (SELECT b.balance_ucr
                  FROM unnest(t_id) WITH ORDINALITY AS u (id, tix) JOIN balances b ON b.tenant_id = u.id
                 ORDER BY u.tix) x;
    END IF;
    t_opening := t_balance;
    t_allowed := array_fill(0, ARRAY[coalesce(cardinality(t_id), 0)]);

    WITH tn AS (
        SELECT * FROM unnest(t_id, t_slug, t_plan, t_version, t_limit, t_period)
               WITH ORDINALITY AS t (tenant_id, slug, plan_code, version, lim, period, tix)
    ), rules AS (
        SELECT r.* FROM endpoint_rules r WHERE (r.plan_code, r.version) IN (SELECT plan_code, version FROM tn)
    ), matched AS (
        -- The rule for the exact method if there is one, else the one for '*'.
        SELECT e.position, e.request_id, e.units, e.service, e.endpoint, tn.tix, tn.tenant_id,
               coalesce(exact.method, any_method.method) AS rule_method,
               coalesce(exact.premium, any_method.premium) AS premium,
               coalesce(exact.per_call_ucr, any_method.per_call_ucr) AS per_call_ucr,
               coalesce(exact.per_unit_ucr, any_method.per_unit_ucr) AS per_unit_ucr,
               coalesce(exact.rate_limit_requests, any_method.rate_limit_requests) AS own_limit,
               coalesce(exact.rate_limit_requests, any_method.rate_limit_requests, tn.lim) AS lim,
               coalesce(exact.rate_limit_period_s, any_method.rate_limit_period_s, tn.period) AS period,
               coalesce(m.basis_points, 10000) AS basis_points
          FROM unnest(e_tenant, e_service, e_endpoint, e_method, e_units, e_region, e_request)
               WITH ORDINALITY AS e (tenant, service, endpoint, method, units, region, request_id, position)
          LEFT JOIN tn ON tn.slug = e.tenant
          LEFT JOIN rules exact
                 ON exact.plan_code = tn.plan_code AND exact.version = tn.version AND exact.service = e.service
                AND exact.endpoint = e.endpoint AND exact.method = e.method
          LEFT JOIN rules any_method
                 ON any_method.plan_code = tn.plan_code AND any_method.version = tn.version
                AND any_method.service = e.service AND any_method.endpoint = e.endpoint
                AND any_method.method = '*' AND exact.method IS NULL
          LEFT JOIN region_multipliers m
                 ON m.plan_code = tn.plan_code AND m.version = tn.version AND m.region = e.region
    ), rated AS MATERIALIZED (
        SELECT x.position, x.request_id, x.tix, x.tenant_id, x.premium, x.lim,
               CASE WHEN x.rule_method IS NOT NULL THEN
                   charge_ucr(x.per_call_ucr, x.per_unit_ucr, x.units, x.basis_points)
               END AS charge,
               CASE WHEN x.own_limit IS NULL THEN '*'
                    ELSE concat_ws(' ', x.service, x.endpoint, x.rule_method) END AS scope,
               now_s - now_s % x.period AS window_s,
               x.period
          FROM matched x
    ), counters AS MATERIALIZED (
        SELECT d.tenant_id, d.scope, d.window_s, row_number() OVER ()::integer AS cix
          FROM (SELECT DISTINCT r.tenant_id, r.scope, r.window_s FROM rated r WHERE r.charge IS NOT NULL) d
    ), repeated AS (
        -- Request ids given twice in this call, and where they first appear.
        SELECT r.tix, r.request_id, min(r.position) AS first_position
          FROM rated r
         WHERE r.request_id IS NOT NULL AND r.tix IS NOT NULL
         GROUP BY r.tix, r.request_id
        HAVING count(*) > 1
    )
    SELECT ev.*, ct.*
      INTO e_tix, e_tid, e_charge, e_premium, e_cix, e_limit, e_retry, e_prior_decision, e_prior_credits,
           e_prior_retry, e_first, c_tid, c_scope, c_window, c_loaded
      FROM (SELECT array_agg(x.tix), array_agg(x.tenant_id), array_agg(x.charge), array_agg(x.premium),
                   array_agg(x.cix), array_agg(x.lim), array_agg(x.retry), array_agg(x.prior_decision),
                   array_agg(x.prior_credits), array_agg(x.prior_retry), array_agg(x.first_position)
              FROM (SELECT r.tix, r.tenant_id, r.charge, r.premium, c.cix, r.lim,
                           (r.window_s + r.period - now_s)::integer AS retry,
                           q.decision AS prior_decision, q.credits_ucr AS prior_credits,
                           q.retry_after_s AS prior_retry, d.first_position::integer
                      FROM rated r
                      LEFT JOIN counters c
                             ON c.tenant_id = r.tenant_id AND c.scope = r.scope AND c.window_s = r.window_s
                      LEFT JOIN repeated d ON d.tix = r.tix AND d.request_id = r.request_id
                      -- OFFSET 0 keeps this an index probe per event, however large request_ids grows.
                      LEFT JOIN LATERAL (SELECT ids.decision, ids.credits_ucr, ids.retry_after_s
                                           FROM request_ids ids
                                          WHERE ids.tenant_id = r.tenant_id AND ids.request_id = r.request_id
                                         OFFSET 0) q ON r.request_id IS NOT NULL
                     ORDER BY r.position) x) ev,
           (SELECT array_agg(x.tenant_id), array_agg(x.scope), array_agg(to_timestamp(x.window_s)),
                   array_agg(x.count)
              FROM (SELECT c.tenant_id, c.scope, c.window_s, coalesce(rc.count, 0) AS count
                      FROM counters c
                      LEFT JOIN LATERAL (SELECT rc.count FROM rate_counters rc
                                          WHERE rc.tenant_id = c.tenant_id AND rc.scope = c.scope
                                            AND rc.window_start = to_timestamp(c.window_s)
                                         OFFSET 0) rc ON true
                     ORDER BY c.cix) x) ct;
    c_count := c_loaded;

    r_decision := array_fill(NULL::text, ARRAY[n]);
    r_credits := array_fill(0::bigint, ARRAY[n]);
    r_balance := array_fill(NULL::bigint, ARRAY[n]);
    r_retry := array_fill(NULL::integer, ARRAY[n]);
    r_duplicate := array_fill(false, ARRAY[n]);
    r_logged := array_fill(false, ARRAY[n]);
    FOR i IN 1 .. n LOOP
        ti := e_tix[i];
        earlier := e_first[i];
        IF ti IS NULL THEN
            r_decision[i] := 'unknown_tenant';
        ELSIF e_prior_decision[i] IS NOT NULL THEN
            r_decision[i] := e_prior_decision[i];
            r_credits[i] := e_prior_credits[i];
            r_retry[i] := e_prior_retry[i];
            r_duplicate[i] := true;
            r_balance[i] := t_balance[ti];
        ELSIF earlier < i THEN
            r_decision[i] := r_decision[earlier];
            r_credits[i] := r_credits[earlier];
            r_retry[i] := r_retry[earlier];
            r_duplicate[i] := true;
            r_balance[i] := t_balance[ti];
        ELSE
            r_logged[i] := true;
            ci := e_cix[i];
            IF t_suspended[ti] THEN
                r_decision[i] := 'suspended';
            ELSIF e_charge[i] IS NULL THEN
                r_decision[i] := 'not_in_plan';
            ELSIF e_premium[i] AND NOT t_premium[ti] THEN
                r_decision[i] := 'premium_required';
            ELSIF c_count[ci] >= e_limit[i] THEN
                r_decision[i] := 'rate_limited';
                r_retry[i] := e_retry[i];
            ELSIF e_charge[i] > t_balance[ti] THEN
                r_decision[i] := 'no_credits';
            ELSE
                r_decision[i] := 'allowed';
                r_credits[i] := e_charge[i];
                t_balance[ti] := t_balance[ti] - e_charge[i];
                t_allowed[ti] := t_allowed[ti] + 1;
                c_count[ci] := c_count[ci] + 1;
                charged := charged + e_charge[i];
            END IF;
            IF r_decision[i] = 'allowed' THEN
                allowed_count := allowed_count + 1;
            ELSE
                denied_count := denied_count + 1;
            END IF;
            r_balance[i] := t_balance[ti];
        END IF;
    END LOOP;

    IF allowed_count + denied_count > 0 THEN
        PERFORM log_decided_events(e_tid, e_service, e_endpoint, e_method, e_units, e_region, e_request,
                                   e_job, e_status, e_latency, r_decision, r_credits, r_retry, r_logged);
    END IF;
    IF allowed_count > 0 THEN
        PERFORM store_rate_counts(c_tid, c_scope, c_window, c_loaded, c_count);
        INSERT INTO ledger (tenant_id, kind, amount_ucr, reason)
        SELECT u.tenant_id, 'usage', u.closing - u.opening, format('metered calls: %s', u.allowed)
          FROM unnest(t_id, t_opening, t_balance, t_allowed) AS u (tenant_id, opening, closing, allowed)
         WHERE u.closing < u.opening;
    END IF;

    PERFORM pg_notify('meter_usage', json_build_object(
        'at', (now_epoch * 1000)::bigint, 'events', n, 'allowed', allowed_count, 'denied', denied_count,
        'credits_ucr', charged)::text);

    RETURN QUERY
    SELECT r.decision = 'allowed', r.decision, r.credits, r.balance, r.retry, r.duplicate
      FROM unnest(r_decision, r_credits, r_balance, r_retry, r_duplicate)
           WITH ORDINALITY AS r (decision, credits, balance, retry, duplicate, position)
     ORDER BY r.position;
END
$$;

-- Logs the events decided by this call (neither duplicates nor unknown tenants): the raw events,
-- their request ids and their minute rollups. Every row written belongs to a tenant whose balance
-- the caller has locked, so concurrent calls never contend for these rows in any order.
CREATE FUNCTION meter.log_decided_events(tenant_ids bigint[], services text[], endpoints text[],
                                         methods text[], units bigint[], regions text[], request_ids text[],
                                         jobs text[], statuses integer[], latencies integer[],
                                         decisions text[], credits bigint[], retries integer[],
                                         logged boolean[])
    RETURNS void
    LANGUAGE sql SET search_path = meter, pg_temp
BEGIN ATOMIC
    WITH decided AS (
        SELECT e.*
          FROM unnest(tenant_ids, services, endpoints, methods, units, regions, request_ids, jobs,
                      statuses, latencies, decisions, credits, retries, logged)
               AS e (tenant_id, service, endpoint, method, units, region, request_id, job, status,
                     latency_ms, decision, credits_ucr, retry_after_s, logged)
         WHERE e.logged
    ), events_logged AS (
        INSERT INTO meter.usage_events (tenant_id, occurred_at, request_id, service, endpoint, method, region,
                                        units, credits_ucr, decision, status, latency_ms, job)
        SELECT d.tenant_id, now(), d.request_id, d.service, d.endpoint, d.method, d.region, d.units,
               d.credits_ucr, d.decision, d.status, d.latency_ms, d.job
          FROM decided d
    ), requests_kept AS (
        INSERT INTO meter.request_ids (tenant_id, request_id, decision, credits_ucr, retry_after_s, occurred_at)
        SELECT d.tenant_id, d.request_id, d.decision, d.credits_ucr, d.retry_after_s, now()
          FROM decided d WHERE d.request_id IS NOT NULL
    )
    INSERT INTO meter.usage_rollups AS u (tenant_id, minute, service, endpoint, allowed_calls,
                                          denied_not_in_plan, denied_premium_required, denied_rate_limited,
                                          denied_no_credits, denied_suspended, units, credits_ucr)
    SELECT d.tenant_id, date_trunc('minute', now()), d.service, d.endpoint,
           count(*) FILTER (WHERE d.decision = 'allowed'),
           count(*) FILTER (WHERE d.decision = 'not_in_plan'),
           count(*) FILTER (WHERE d.decision = 'premium_required'),
           count(*) FILTER (WHERE d.decision = 'rate_limited'),
           count(*) FILTER (WHERE d.decision = 'no_credits'),
           count(*) FILTER (WHERE d.decision = 'suspended'),
           coalesce(sum(d.units) FILTER (WHERE d.decision = 'allowed'), 0),
           sum(d.credits_ucr)
      FROM decided d
     GROUP BY d.tenant_id, d.service, d.endpoint
    ON CONFLICT (tenant_id, minute, service, endpoint) DO UPDATE
       SET allowed_calls = u.allowed_calls + excluded.allowed_calls,
           denied_not_in_plan = u.denied_not_in_plan + excluded.denied_not_in_plan,
           denied_premium_required = u.denied_premium_required + excluded.denied_premium_required,
           denied_rate_limited = u.denied_rate_limited + excluded.denied_rate_limited,
           denied_no_credits = u.denied_no_credits + excluded.denied_no_credits,
           denied_suspended = u.denied_suspended + excluded.denied_suspended,
           units = u.units + excluded.units,
           credits_ucr = u.credits_ucr + excluded.credits_ucr;
END;

-- Stores the counts of the rate windows this call changed. The counts are absolute: the caller
-- holds the tenants' balance locks, so nobody else counted meanwhile. A window's first count
-- removes the tenant's older windows of that scope, which have ended.
CREATE FUNCTION meter.store_rate_counts(tenant_ids bigint[], scopes text[], windows timestamptz[],
                                        loaded bigint[], counts bigint[])
    RETURNS void
    LANGUAGE sql SET search_path = meter, pg_temp
BEGIN ATOMIC
    WITH stored AS (
        INSERT INTO meter.rate_counters AS rc (tenant_id, scope, window_start, count)
        SELECT c.tenant_id, c.scope, c.window_start, c.count
          FROM unnest(tenant_ids, scopes, windows, loaded, counts)
               AS c (tenant_id, scope, window_start, loaded, count)
         WHERE c.count > c.loaded
        ON CONFLICT (tenant_id, scope, window_start) DO UPDATE SET count = excluded.count
        RETURNING rc.tenant_id, rc.scope, rc.window_start, rc.xmax = 0 AS opened
    )
    DELETE FROM meter.rate_counters old
     USING stored s
     WHERE s.opened AND old.tenant_id = s.tenant_id AND old.scope = s.scope
       AND old.window_start < s.window_start;
END;

-- One metered call. SECURITY DEFINER: gateways may call this and track_batch, and nothing else.
CREATE FUNCTION meter.track(tenant text, service text, endpoint text, method text,
                            units bigint DEFAULT 1, region text DEFAULT NULL,
                            request_id text DEFAULT NULL, job text DEFAULT NULL,
                            status integer DEFAULT NULL, latency_ms integer DEFAULT NULL)
    RETURNS TABLE (allowed boolean, reason text, credits_ucr bigint, balance_ucr bigint,
                   retry_after_s integer, duplicate boolean)
    LANGUAGE sql SECURITY DEFINER SET search_path = meter, pg_temp
BEGIN ATOMIC
    SELECT m.allowed, m.reason, m.credits_ucr, m.balance_ucr, m.retry_after_s, m.duplicate
      FROM meter.meter_events(
               jsonb_build_array(jsonb_build_object(
                   'tenant', tenant, 'service', service, 'endpoint', endpoint, 'method', method,
                   'units', units, 'region', region, 'request_id', request_id, 'job', job,
                   'status', status, 'latency_ms', latency_ms)),
               false) AS m;
END;

-- Many metered calls in one transaction: a JSON array of objects with track's argument names
-- (tenant, service, endpoint and method required). One result row per event, in order.
CREATE FUNCTION meter.track_batch(events jsonb)
    RETURNS TABLE (allowed boolean, reason text, credits_ucr bigint, balance_ucr bigint,
                   retry_after_s integer, duplicate boolean)
    LANGUAGE sql SECURITY DEFINER SET search_path = meter, pg_temp
BEGIN ATOMIC
    SELECT m.allowed, m.reason, m.credits_ucr, m.balance_ucr, m.retry_after_s, m.duplicate
      FROM meter.meter_events(events, true) AS m;
END;
