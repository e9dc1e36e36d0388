-- Faster metering: the same decisions as 0007, with less work while the balances are locked, and
-- request ids kept only for the idempotency window.
--
-- Concurrent calls naming the same tenants run one after the other from the moment they lock the
-- balances until they commit, so that is the part to keep short. Parsing the events, finding the
-- tenants and rating each event depend on nothing a concurrent call changes and now come before
-- the lock. Under the lock, when every tenant's candidate charges fit its balance and every rate
-- window's candidate calls fit its limit (the usual case), all candidates are allowed by one
-- set-based statement; otherwise the decisions run event by event as before, since each depends
-- on what the events before it left.

CREATE OR REPLACE FUNCTION meter.meter_events(events jsonb, in_batch boolean) RETURNS SETOF meter.track_result
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
    c_tid bigint[]; c_scope text[]; c_window timestamptz[]; c_limit bigint[]; c_loaded bigint[];
    c_count bigint[];
    -- The results, by position.
    r_decision text[]; r_credits bigint[]; r_balance bigint[]; r_retry integer[];
    r_duplicate boolean[]; r_logged boolean[];
    i integer;
    ti integer;
    ci integer;
    earlier integer;
    tenant_to_start bigint;
    all_fit boolean;
    fit_balance bigint[]; fit_allowed integer[]; fit_count bigint[];
    allowed_count integer;
    denied_count integer;
    charged bigint;
BEGIN
    SELECT * INTO e_tenant, e_service, e_endpoint, e_method, e_units, e_region, e_request, e_job,
                  e_status, e_latency
      FROM parse_events(events, in_batch);
    n := coalesce(cardinality(e_tenant), 0);
    IF n = 0 THEN
        RETURN;
    END IF;

    -- The tenants named and their tariff versions in force, before any lock.
    SELECT array_agg(x.tenant_id), array_agg(x.slug), array_agg(x.status = 'suspended'),
           array_agg(x.premium_access), array_agg(x.plan_code), array_agg(x.version),
           array_agg(x.rate_limit_requests), array_agg(x.rate_limit_period_s)
      INTO t_id, t_slug, t_suspended, t_premium, t_plan, t_version, t_limit, t_period
      FROM (SELECT t.tenant_id, t.slug, t.status, t.premium_access, t.plan_code, v.version,
                   v.rate_limit_requests, v.rate_limit_period_s
              -- A join, not slug = ANY (e_tenant): with a batch's worth of slugs the planner
              -- would rather scan every tenant and search the array linearly for each.
              FROM (SELECT DISTINCT u.slug FROM unnest(e_tenant) AS u (slug)) named
              JOIN tenants t ON t.slug = named.slug
              LEFT JOIN LATERAL (SELECT pv.version, pv.rate_limit_requests, pv.rate_limit_period_s
                                   FROM plan_versions pv
                                  WHERE pv.plan_code = t.plan_code AND pv.effective_from <= now()
                                  ORDER BY pv.effective_from DESC LIMIT 1) v ON true
             ORDER BY t.tenant_id) x;

    -- Each event's tenant, charge and rate window, the rate windows touched (with their limits)
    -- and request ids repeated within this call: nothing here depends on balances or counts.
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
        -- A scope's limit is the same for all its events: '*' is the version's, any other a rule's.
        SELECT d.tenant_id, d.scope, d.window_s, d.lim, row_number() OVER ()::integer AS cix
          FROM (SELECT r.tenant_id, r.scope, r.window_s, min(r.lim) AS lim
                  FROM rated r WHERE r.charge IS NOT NULL
                 GROUP BY r.tenant_id, r.scope, r.window_s) d
    ), repeated AS (
        -- Request ids given twice in this call, and where they first appear.
        SELECT r.tix, r.request_id, min(r.position) AS first_position
          FROM rated r
         WHERE r.request_id IS NOT NULL AND r.tix IS NOT NULL
         GROUP BY r.tix, r.request_id
        HAVING count(*) > 1
    )
    SELECT ev.*, ct.*
      INTO e_tix, e_tid, e_charge, e_premium, e_cix, e_limit, e_retry, e_first,
           c_tid, c_scope, c_window, c_limit
      FROM (SELECT array_agg(x.tix), array_agg(x.tenant_id), array_agg(x.charge), array_agg(x.premium),
                   array_agg(x.cix), array_agg(x.lim), array_agg(x.retry), array_agg(x.first_position)
              FROM (SELECT r.tix, r.tenant_id, r.charge, r.premium, c.cix, r.lim,
                           (r.window_s + r.period - now_s)::integer AS retry, d.first_position::integer
                      FROM rated r
                      LEFT JOIN counters c
                             ON c.tenant_id = r.tenant_id AND c.scope = r.scope AND c.window_s = r.window_s
                      LEFT JOIN repeated d ON d.tix = r.tix AND d.request_id = r.request_id
                     ORDER BY r.position) x) ev,
           (SELECT array_agg(c.tenant_id), array_agg(c.scope), array_agg(to_timestamp(c.window_s)),
                   array_agg(c.lim)
              FROM (SELECT * FROM counters ORDER BY cix) c) ct;

    -- Lock the balances of every tenant named, in tenant_id order (see lock_balance), before
    -- reading anything a concurrent call could change.
    SELECT array_agg(x.balance_ucr) INTO t_balance
      FROM (SELECT b.balance_ucr
              FROM unnest(t_id) WITH ORDINALITY AS u (id, tix) JOIN balances b ON b.tenant_id = u.id
             ORDER BY u.tix
               FOR UPDATE OF b) x;
    IF coalesce(cardinality(t_balance), 0) <> coalesce(cardinality(t_id), 0) THEN
        RAISE EXCEPTION 'a tenant named has no balance row' USING ERRCODE = 'XX000';
    END IF;

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

    -- What earlier calls decided for these request ids, and the counts of the rate windows.
    IF n > 1 OR e_request[1] IS NOT NULL THEN
        SELECT array_agg(x.decision), array_agg(x.credits_ucr), array_agg(x.retry_after_s)
          INTO e_prior_decision, e_prior_credits, e_prior_retry
          FROM (SELECT q.decision, q.credits_ucr, q.retry_after_s
                  FROM unnest(e_tid, e_request) WITH ORDINALITY AS r (tenant_id, request_id, position)
                  -- OFFSET 0 keeps this an index probe per event, however large request_ids grows.
                  LEFT JOIN LATERAL (SELECT ids.decision, ids.credits_ucr, ids.retry_after_s
                                       FROM request_ids ids
                                      WHERE ids.tenant_id = r.tenant_id AND ids.request_id = r.request_id
                                     OFFSET 0) q ON r.request_id IS NOT NULL
                 ORDER BY r.position) x;
    END IF;
    e_prior_decision := coalesce(e_prior_decision, array_fill(NULL::text, ARRAY[n]));
    SELECT array_agg(x.count) INTO c_loaded
      FROM (SELECT coalesce(rc.count, 0) AS count
              FROM unnest(c_tid, c_scope, c_window) WITH ORDINALITY AS c (tenant_id, scope, window_start, cix)
              LEFT JOIN LATERAL (SELECT rc.count FROM rate_counters rc
                                  WHERE rc.tenant_id = c.tenant_id AND rc.scope = c.scope
                                    AND rc.window_start = c.window_start
                                 OFFSET 0) rc ON true
             ORDER BY c.cix) x;
    c_count := c_loaded;

    -- Candidates: events of a known tenant, decided for the first time, that no static rule denies.
    -- When every tenant's candidate charges fit its balance and every rate window's candidate calls
    -- fit its limit, each candidate is allowed whatever its order (the charges are not negative),
    -- which is what the loop below would decide too.
    WITH ev AS MATERIALIZED (
        SELECT e.tix, e.cix, e.charge,
               e.tix IS NOT NULL AND e.prior IS NULL AND coalesce(e.earlier = e.position, true)
                   AND NOT t_suspended[e.tix] AND e.charge IS NOT NULL
                   AND NOT (e.premium AND NOT t_premium[e.tix]) AS candidate,
               e.tix IS NOT NULL AND e.prior IS NULL AND coalesce(e.earlier = e.position, true) AS logged
          FROM unnest(e_tix, e_charge, e_premium, e_cix, e_prior_decision, e_first)
               WITH ORDINALITY AS e (tix, charge, premium, cix, prior, earlier, position)
    ), per_tenant AS (
        SELECT ev.tix, sum(ev.charge) AS spent, count(*)::integer AS calls
          FROM ev WHERE ev.candidate GROUP BY ev.tix
    ), per_counter AS (
        SELECT ev.cix, count(*) AS calls FROM ev WHERE ev.candidate GROUP BY ev.cix
    )
    SELECT (SELECT coalesce(bool_and(p.spent <= t_balance[p.tix]), true) FROM per_tenant p)
               AND (SELECT coalesce(bool_and(coalesce(c_loaded[p.cix] + p.calls <= c_limit[p.cix], true)), true)
                      FROM per_counter p),
           ARRAY(SELECT t_balance[u.tix] - coalesce(p.spent, 0)
                   FROM generate_subscripts(t_id, 1) AS u (tix) LEFT JOIN per_tenant p ON p.tix = u.tix
                  ORDER BY u.tix),
           ARRAY(SELECT coalesce(p.calls, 0)
                   FROM generate_subscripts(t_id, 1) AS u (tix) LEFT JOIN per_tenant p ON p.tix = u.tix
                  ORDER BY u.tix),
           ARRAY(SELECT c_loaded[u.cix] + coalesce(p.calls, 0)
                   FROM generate_subscripts(c_tid, 1) AS u (cix) LEFT JOIN per_counter p ON p.cix = u.cix
                  ORDER BY u.cix),
           (SELECT count(*) FILTER (WHERE ev.candidate) FROM ev),
           (SELECT count(*) FILTER (WHERE ev.logged AND NOT ev.candidate) FROM ev),
           (SELECT coalesce(sum(p.spent), 0) FROM per_tenant p)
      INTO all_fit, fit_balance, fit_allowed, fit_count, allowed_count, denied_count, charged;

    IF all_fit THEN
        t_balance := fit_balance;
        t_allowed := fit_allowed;
        c_count := fit_count;
        WITH decided AS MATERIALIZED (
            SELECT e.position, e.tix, e.earlier,
                   CASE WHEN e.tix IS NULL THEN 'unknown_tenant'
                        WHEN e.prior IS NOT NULL THEN e.prior
                        WHEN e.earlier < e.position THEN NULL -- a repeat: its first occurrence's below
                        WHEN t_suspended[e.tix] THEN 'suspended'
                        WHEN e.charge IS NULL THEN 'not_in_plan'
                        WHEN e.premium AND NOT t_premium[e.tix] THEN 'premium_required'
                        ELSE 'allowed'
                   END AS decision,
                   e.charge, e.prior_credits, e.prior_retry,
                   e.tix IS NOT NULL AND (e.prior IS NOT NULL OR coalesce(e.earlier < e.position, false))
                       AS duplicate,
                   e.tix IS NOT NULL AND e.prior IS NULL AND coalesce(e.earlier = e.position, true) AS logged
              FROM unnest(e_tix, e_charge, e_premium, e_prior_decision, e_prior_credits, e_prior_retry,
                          e_first)
                   WITH ORDINALITY AS e (tix, charge, premium, prior, prior_credits, prior_retry, earlier,
                                         position)
        ), resolved AS (
            SELECT d.position, d.tix, d.duplicate, d.logged,
                   coalesce(d.decision, f.decision) AS decision,
                   CASE WHEN d.decision IS NULL THEN
                            CASE WHEN f.decision = 'allowed' THEN f.charge ELSE 0 END
                        WHEN d.prior_credits IS NOT NULL AND d.duplicate THEN d.prior_credits
                        WHEN d.decision = 'allowed' THEN d.charge
                        ELSE 0
                   END AS credits,
                   CASE WHEN d.decision IS NULL THEN f.prior_retry ELSE d.prior_retry END AS retry,
                   CASE WHEN d.logged AND d.decision = 'allowed' THEN d.charge ELSE 0 END AS spent
              FROM decided d
              LEFT JOIN decided f ON d.decision IS NULL AND f.position = d.earlier
        )
        SELECT array_agg(x.decision), array_agg(x.credits), array_agg(x.balance), array_agg(x.retry),
               array_agg(x.duplicate), array_agg(x.logged)
          INTO r_decision, r_credits, r_balance, r_retry, r_duplicate, r_logged
          FROM (SELECT r.decision, r.credits, r.retry, r.duplicate, r.logged,
                       t_opening[r.tix] - sum(r.spent) OVER (PARTITION BY r.tix ORDER BY r.position) AS balance
                  FROM resolved r
                 ORDER BY r.position) x;
    ELSE
        allowed_count := 0;
        denied_count := 0;
        charged := 0;
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
    END IF;

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

-- The ledger's foreign key to balances checked every entry with a row-level trigger (a query
-- each): with one usage entry per tenant per call, the largest cost of a batch's ledger insert.
-- The statement-level trigger that moves the balances checks it instead, set-based: an entry
-- whose balance row is missing moves nothing, and that is refused. A balance row with entries
-- is refused deletion as before (a tenant with ledger history cannot be deleted).
ALTER TABLE meter.ledger DROP CONSTRAINT ledger_tenant_id_fkey;

CREATE OR REPLACE FUNCTION meter.apply_ledger_entries() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    orphan bigint;
    alerts_raised bigint;
BEGIN
    WITH delta AS (
        SELECT tenant_id, sum(amount_ucr) AS amount_ucr FROM new_entries GROUP BY tenant_id
    ), moved AS (
        UPDATE balances b
           SET balance_ucr = b.balance_ucr + d.amount_ucr, updated_at = now()
          FROM delta d
         WHERE b.tenant_id = d.tenant_id
     RETURNING b.tenant_id, b.balance_ucr - d.amount_ucr AS before_ucr, b.balance_ucr AS after_ucr
    ), crossed AS (
        SELECT m.tenant_id, m.after_ucr,
               CASE WHEN m.after_ucr = 0 AND m.before_ucr > 0 THEN 'exhausted'
                    WHEN m.after_ucr < t.low_credit_threshold_ucr
                     AND m.before_ucr >= t.low_credit_threshold_ucr THEN 'low_credit'
               END AS kind
          FROM moved m JOIN tenants t ON t.tenant_id = m.tenant_id
    ), raised AS (
        INSERT INTO alerts (tenant_id, kind, balance_ucr)
        SELECT tenant_id, kind, after_ucr FROM crossed WHERE kind IS NOT NULL ORDER BY tenant_id
        RETURNING tenant_id, alert_id, kind, balance_ucr, created_at
    ), notified AS (
        SELECT count(pg_notify('meter_alert', json_build_object(
                   'tenant_id', r.tenant_id, 'slug', t.slug, 'alert_id', r.alert_id, 'kind', r.kind,
                   'balance_ucr', r.balance_ucr,
                   'at', (extract(epoch FROM r.created_at) * 1000)::bigint)::text)) AS raised
          FROM raised r JOIN tenants t ON t.tenant_id = r.tenant_id
    )
    SELECT (SELECT min(d.tenant_id) FROM delta d WHERE NOT EXISTS (SELECT FROM moved m WHERE m.tenant_id = d.tenant_id)),
           (SELECT n.raised FROM notified n)
      INTO orphan, alerts_raised;
    IF orphan IS NOT NULL THEN
        RAISE EXCEPTION 'insert or update on table "ledger" violates foreign key constraint "ledger_tenant_id_fkey"'
            USING ERRCODE = '23503', CONSTRAINT = 'ledger_tenant_id_fkey', TABLE = 'ledger', SCHEMA = 'meter',
                  DETAIL = format('Key (tenant_id)=(%s) is not present in table "balances".', orphan);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION meter.refuse_deleting_balance_with_ledger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
BEGIN
    IF EXISTS (SELECT FROM ledger l WHERE l.tenant_id = OLD.tenant_id) THEN
        RAISE EXCEPTION 'update or delete on table "balances" violates foreign key constraint "ledger_tenant_id_fkey" on table "ledger"'
            USING ERRCODE = '23503', CONSTRAINT = 'ledger_tenant_id_fkey', TABLE = 'balances', SCHEMA = 'meter',
                  DETAIL = format('Key (tenant_id)=(%s) is still referenced from table "ledger".', OLD.tenant_id);
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER balances_keep_ledger BEFORE DELETE ON meter.balances
    FOR EACH ROW EXECUTE FUNCTION meter.refuse_deleting_balance_with_ledger();

-- Idempotency window: a request id is remembered for 35 days (longer than a month, so a gateway's
-- retries within a billing period are always recognised); a repeat after that is metered as a
-- new call. purge_request_ids() forgets older ones and returns how many; run_allowances() (which
-- `meterdeskctl allowance run` calls) runs it. It reads the table once without an index on time,
-- since each further index on request_ids slows every metered call.
CREATE FUNCTION meter.purge_request_ids(kept interval DEFAULT interval '35 days') RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    purged bigint;
BEGIN
    IF kept IS NULL OR kept < interval '1 day' THEN
        RAISE EXCEPTION 'kept must be at least 1 day (got %)', coalesce(kept::text, 'null')
            USING ERRCODE = '22023';
    END IF;
    DELETE FROM request_ids WHERE occurred_at < now() - kept;
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN purged;
END
$$;
REVOKE EXECUTE ON FUNCTION meter.purge_request_ids(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION meter.purge_request_ids(interval) TO meterdesk_admin;

CREATE OR REPLACE FUNCTION meter.run_allowances(month date DEFAULT meter.utc_month(now())) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    tenant bigint;
    started integer := 0;
BEGIN
    PERFORM require_month(run_allowances.month);
    FOR tenant IN SELECT t.tenant_id FROM tenants t ORDER BY t.tenant_id LOOP
        IF apply_allowance(tenant, run_allowances.month) THEN
            started := started + 1;
        END IF;
    END LOOP;
    PERFORM purge_request_ids();
    RETURN started;
END
$$;
