-- Mixed batches decided set-based: the same decisions as 0007 and 0009, event by event only for
-- the tenants whose balance runs short within the batch.
--
-- 0009 decided a batch set-based only when EVERY tenant's candidate charges fitted its balance
-- and EVERY rate window's candidate calls fitted its limit; a single busy window or a single
-- tenant running dry sent the whole batch through the plpgsql loop, and realistic traffic (a
-- burst hits its rate limit, some tenant runs out of credits) took it nearly every time.
--
-- The decisions of one tenant depend only on that tenant's balance and rate windows (a window
-- belongs to one tenant), so the batch splits by tenant:
--  * Rate limits, set-based. Only allowed calls count in a window: a call denied before the rate
--    check (suspended, not in the plan, premium) or after it (no credits) does not. As long as no
--    call of the tenant is denied for its balance, a candidate passes its window exactly when the
--    window's count loaded plus its rank among the window's candidates (in batch order) is at
--    most the limit.
--  * Balances. When the charges of the candidates that pass their windows add up to at most the
--    tenant's balance, none of them is denied for its balance, whatever the order (charges are
--    not negative), so the ranks above are the decisions. Otherwise, and (defensively) when calls
--    of one window name different limits, that tenant's events are decided one by one as before,
--    in batch order; every other tenant's stay set-based.

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
    c_tid bigint[]; c_scope text[]; c_window timestamptz[]; c_loaded bigint[];
    c_count bigint[];
    -- The results, by position.
    r_decision text[]; r_credits bigint[]; r_balance bigint[]; r_retry integer[];
    r_duplicate boolean[]; r_logged boolean[];
    i integer;
    ti integer;
    ci integer;
    earlier integer;
    short_positions integer[];
    tenant_to_start bigint;
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
        SELECT d.tenant_id, d.scope, d.window_s, row_number() OVER ()::integer AS cix
          FROM (SELECT r.tenant_id, r.scope, r.window_s
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
           c_tid, c_scope, c_window
      FROM (SELECT array_agg(x.tix), array_agg(x.tenant_id), array_agg(x.charge), array_agg(x.premium),
                   array_agg(x.cix), array_agg(x.lim), array_agg(x.retry), array_agg(x.first_position)
              FROM (SELECT r.tix, r.tenant_id, r.charge, r.premium, c.cix, r.lim,
                           (r.window_s + r.period - now_s)::integer AS retry, d.first_position::integer
                      FROM rated r
                      LEFT JOIN counters c
                             ON c.tenant_id = r.tenant_id AND c.scope = r.scope AND c.window_s = r.window_s
                      LEFT JOIN repeated d ON d.tix = r.tix AND d.request_id = r.request_id
                     ORDER BY r.position) x) ev,
           (SELECT array_agg(c.tenant_id), array_agg(c.scope), array_agg(to_timestamp(c.window_s))
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


    -- Every event decided set-based (see the top of this file), with what the decisions spend by
    -- tenant and by rate window; the events of tenants whose balance runs short come out
    -- undecided, with their positions, and are decided one by one below.
    WITH ev AS MATERIALIZED (
        SELECT e.position, e.tix, e.cix, e.charge, e.premium, e.lim, e.retry, e.prior, e.prior_credits,
               e.prior_retry, e.earlier,
               e.tix IS NOT NULL AND e.prior IS NULL AND coalesce(e.earlier = e.position, true) AS logged,
               -- Decided for the first time and denied by no static rule.
               e.tix IS NOT NULL AND e.prior IS NULL AND coalesce(e.earlier = e.position, true)
                   AND NOT t_suspended[e.tix] AND e.charge IS NOT NULL
                   AND NOT (e.premium AND NOT t_premium[e.tix]) AS candidate
          FROM unnest(e_tix, e_charge, e_premium, e_cix, e_limit, e_retry, e_prior_decision, e_prior_credits,
                      e_prior_retry, e_first)
               WITH ORDINALITY AS e (tix, charge, premium, cix, lim, retry, prior, prior_credits, prior_retry,
                                     earlier, position)
    ), ranked AS MATERIALIZED (
        SELECT ev.*,
               ev.candidate
                   AND c_loaded[ev.cix] + count(*) FILTER (WHERE ev.candidate)
                                              OVER (PARTITION BY ev.cix ORDER BY ev.position) <= ev.lim
                   AS passes
          FROM ev
    ), short AS (
        SELECT r.tix FROM ranked r WHERE r.passes GROUP BY r.tix HAVING sum(r.charge) > t_opening[r.tix]
        UNION
        SELECT r.tix FROM ranked r WHERE r.candidate GROUP BY r.tix, r.cix HAVING min(r.lim) <> max(r.lim)
    ), decided AS MATERIALIZED (
        SELECT r.position, r.tix, r.cix, r.earlier, r.logged, r.charge, r.retry, r.prior, r.prior_credits,
               r.prior_retry, s.tix IS NOT NULL AS short,
               r.tix IS NOT NULL AND (r.prior IS NOT NULL OR coalesce(r.earlier < r.position, false))
                   AS duplicate,
               CASE WHEN r.tix IS NULL THEN 'unknown_tenant'
                    WHEN s.tix IS NOT NULL THEN NULL
                    WHEN r.prior IS NOT NULL THEN r.prior
                    WHEN r.earlier < r.position THEN NULL -- a repeat: its first occurrence's below
                    WHEN t_suspended[r.tix] THEN 'suspended'
                    WHEN r.charge IS NULL THEN 'not_in_plan'
                    WHEN r.premium AND NOT t_premium[r.tix] THEN 'premium_required'
                    WHEN NOT r.passes THEN 'rate_limited'
                    ELSE 'allowed'
               END AS decision
          FROM ranked r
          LEFT JOIN short s ON s.tix = r.tix
    ), resolved AS MATERIALIZED (
        SELECT d.position, d.tix, d.cix, d.duplicate, d.logged AND NOT d.short AS logged,
               coalesce(d.decision, f.decision) AS decision,
               CASE WHEN d.prior IS NOT NULL THEN d.prior_credits
                    WHEN coalesce(d.decision, f.decision) = 'allowed' THEN coalesce(f.charge, d.charge)
                    ELSE 0
               END AS credits,
               CASE WHEN d.prior IS NOT NULL THEN d.prior_retry
                    WHEN coalesce(d.decision, f.decision) = 'rate_limited' THEN coalesce(f.retry, d.retry)
               END AS retry,
               CASE WHEN d.logged AND d.decision = 'allowed' THEN d.charge ELSE 0 END AS spent
          FROM decided d
          LEFT JOIN decided f ON d.decision IS NULL AND d.earlier < d.position AND f.position = d.earlier
    ), per_tenant AS (
        SELECT r.tix, sum(r.spent) AS spent, count(*)::integer AS calls
          FROM resolved r WHERE r.logged AND r.decision = 'allowed' GROUP BY r.tix
    ), per_counter AS (
        SELECT r.cix, count(*) AS calls FROM resolved r WHERE r.logged AND r.decision = 'allowed' GROUP BY r.cix
    )
    SELECT x.decisions, x.credits, x.balances, x.retries, x.duplicates, x.logged,
           ARRAY(SELECT d.position::integer FROM decided d WHERE d.short ORDER BY d.position),
           ARRAY(SELECT t_opening[u.tix] - coalesce(p.spent, 0)
                   FROM generate_subscripts(t_id, 1) AS u (tix) LEFT JOIN per_tenant p ON p.tix = u.tix
                  ORDER BY u.tix),
           ARRAY(SELECT coalesce(p.calls, 0)
                   FROM generate_subscripts(t_id, 1) AS u (tix) LEFT JOIN per_tenant p ON p.tix = u.tix
                  ORDER BY u.tix),
           ARRAY(SELECT c_loaded[u.cix] + coalesce(p.calls, 0)
                   FROM generate_subscripts(c_tid, 1) AS u (cix) LEFT JOIN per_counter p ON p.cix = u.cix
                  ORDER BY u.cix),
           (SELECT count(*) FILTER (WHERE r.decision = 'allowed') FROM resolved r WHERE r.logged),
           (SELECT count(*) FILTER (WHERE r.decision <> 'allowed') FROM resolved r WHERE r.logged),
           (SELECT coalesce(sum(p.spent), 0) FROM per_tenant p)
      INTO r_decision, r_credits, r_balance, r_retry, r_duplicate, r_logged, short_positions, t_balance,
           t_allowed, c_count, allowed_count, denied_count, charged
      FROM (SELECT array_agg(y.decision) AS decisions, array_agg(y.credits) AS credits,
                   array_agg(y.balance) AS balances, array_agg(y.retry) AS retries,
                   array_agg(y.duplicate) AS duplicates, array_agg(y.logged) AS logged
              FROM (SELECT r.decision, r.credits, r.retry, r.duplicate, r.logged,
                           t_opening[r.tix] - sum(r.spent) OVER (PARTITION BY r.tix ORDER BY r.position)
                               AS balance
                      FROM resolved r
                     ORDER BY r.position) y) x;

    -- The short tenants' events, one by one in batch order, from their opening balances and the
    -- counts loaded (a rate window belongs to one tenant, so no other tenant's events moved them).
    FOREACH i IN ARRAY short_positions LOOP
        ti := e_tix[i];
        earlier := e_first[i];
        ci := e_cix[i];
        r_credits[i] := 0;
        r_retry[i] := NULL;
        r_duplicate[i] := true;
        r_logged[i] := false;
        IF e_prior_decision[i] IS NOT NULL THEN
            r_decision[i] := e_prior_decision[i];
            r_credits[i] := e_prior_credits[i];
            r_retry[i] := e_prior_retry[i];
        ELSIF earlier < i THEN
            r_decision[i] := r_decision[earlier];
            r_credits[i] := r_credits[earlier];
            r_retry[i] := r_retry[earlier];
        ELSE
            r_duplicate[i] := false;
            r_logged[i] := true;
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
        END IF;
        r_balance[i] := t_balance[ti];
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
