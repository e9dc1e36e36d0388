-- Demo data for the sandbox (scripts/sandbox start --demo), loaded after the migrations in one
-- transaction. It fills an empty database only and changes nothing in one that has tenants.
--
-- Four plans (starter, growth, enterprise, legacy), each with a version in force and one that
-- takes effect in the future; 300 tenants with a ledger history (allowance grants and expiries,
-- top-ups, adjustments with reasons, daily usage), API keys, and four days of usage: raw events,
-- their request ids and minute rollups, consistent with each other and with the ledger. Alerts
-- come from the ledger's own trigger wherever a balance crossed its threshold.
--
-- Deterministic: every choice is drawn from md5 of a fixed key (demo_draw), and dates are relative
-- to the current UTC month and day.

-- A number in [0, 1) drawn from key.
CREATE FUNCTION pg_temp.demo_draw(key text) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    RETURN ('x' || left(md5(key), 8))::bit(32)::bigint / 4294967296.0;

-- One element of choices, drawn from key.
CREATE FUNCTION pg_temp.demo_pick(key text, choices text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN choices[1 + floor(pg_temp.demo_draw(key) * cardinality(choices))::integer];

CREATE FUNCTION pg_temp.demo_credits(credits numeric) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    RETURN round(credits * 1000000)::bigint;

DO $demo$
DECLARE
    month_now constant timestamptz := meter.month_start(meter.utc_month(now()));
    month_before constant timestamptz := meter.month_start(meter.utc_month(now() - interval '1 month'));
    today constant timestamptz := date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    tenant record;
    step record;
    balance bigint;
    granted_before bigint;
    used_before bigint;
    expiring bigint;
BEGIN
    IF EXISTS (SELECT FROM meter.tenants) THEN
        RAISE NOTICE 'demo data skipped: the database already has tenants';
        RETURN;
    END IF;
    PERFORM set_config('meterdesk.operator', 'demo-loader', true);

    ------------------------------------------------------------------------------------------------
    -- Plans: version 1 long past, version 2 in force since before last month, version 3 to come.
    INSERT INTO meter.plans (code, name) VALUES
        ('starter', 'Starter'), ('growth', 'Growth'), ('enterprise', 'Enterprise'), ('legacy', 'Legacy 2023');

    INSERT INTO meter.plan_versions (plan_code, version, effective_from, monthly_allowance_ucr,
                                     rate_limit_requests, rate_limit_period_s)
    VALUES ('starter', 1, month_before - interval '9 months', pg_temp.demo_credits(1), 300, 60),
           ('starter', 2, month_before - interval '2 months', pg_temp.demo_credits(2), 600, 60),
           ('starter', 3, today + interval '14 days', pg_temp.demo_credits(3), 600, 60),
           ('growth', 1, month_before - interval '11 months', pg_temp.demo_credits(20), 2000, 60),
           ('growth', 2, month_before - interval '1 month', pg_temp.demo_credits(25), 3000, 60),
           ('growth', 3, today + interval '30 days', pg_temp.demo_credits(30), 4000, 60),
           ('enterprise', 1, month_before - interval '12 months', pg_temp.demo_credits(200), 20000, 60),
           ('enterprise', 2, month_before - interval '3 months', pg_temp.demo_credits(250), 20000, 60),
           ('enterprise', 3, today + interval '45 days', pg_temp.demo_credits(300), 30000, 60),
           ('legacy', 1, month_before - interval '30 months', 0, 300, 60),
           ('legacy', 2, today + interval '60 days', 0, 150, 60);

    -- Prices per plan, scaled from one catalogue: starter pays list price, growth 85 %, enterprise
    -- 60 %, legacy the old 110 %. A plan sells only the services it lists.
    WITH catalogue (service, endpoint, method, per_call, per_unit, premium, limit_requests, limit_period) AS (
        VALUES ('maps', '/geocode', 'GET', 800, 0, false, NULL, NULL),
               ('maps', '/reverse', 'GET', 600, 0, false, NULL, NULL),
               ('maps', '/route', '*', 2000, 250, false, NULL, NULL),
               ('maps', '/tiles', 'GET', 50, 0, false, 6000, 60),
               ('maps', '/places/search', 'GET', 1200, 0, false, NULL, NULL),
               ('ai', '/complete', 'POST', 0, 8, true, 120, 60),
               ('ai', '/embed', 'POST', 5, 1, false, NULL, NULL),
               ('ai', '/moderate', 'POST', 300, 0, false, NULL, NULL),
               ('ai', '/transcribe', 'POST', 0, 40, true, 60, 60),
               ('payments', '/charge', 'POST', 2500, 0, false, NULL, NULL),
               ('payments', '/refund', 'POST', 1500, 0, false, NULL, NULL),
               ('payments', '/balance', 'GET', 100, 0, false, NULL, NULL),
               ('payments', '/payouts', 'POST', 5000, 0, true, 30, 60),
               ('storage', '/objects', 'PUT', 200, 20, false, NULL, NULL),
               ('storage', '/objects', 'GET', 100, 5, false, NULL, NULL),
               ('storage', '/objects', 'DELETE', 50, 0, false, NULL, NULL)
    ), offer (plan_code, services, percent) AS (
        VALUES ('starter', ARRAY['maps', 'storage'], 100),
               ('growth', ARRAY['maps', 'storage', 'ai', 'payments'], 85),
               ('enterprise', ARRAY['maps', 'storage', 'ai', 'payments'], 60),
               ('legacy', ARRAY['maps'], 110)
    )
    INSERT INTO meter.endpoint_rules (plan_code, version, service, endpoint, method, per_call_ucr, per_unit_ucr,
                                      premium, rate_limit_requests, rate_limit_period_s)
    SELECT v.plan_code, v.version, c.service, c.endpoint, c.method,
           c.per_call * o.percent / 100 * (8 + v.version) / 10, c.per_unit * o.percent / 100,
           c.premium AND v.plan_code <> 'enterprise', c.limit_requests, c.limit_period
      FROM meter.plan_versions v
      JOIN offer o ON o.plan_code = v.plan_code
      JOIN catalogue c ON c.service = ANY (o.services);

    INSERT INTO meter.region_multipliers (plan_code, version, region, basis_points)
    SELECT v.plan_code, v.version, r.region, r.basis_points - CASE WHEN v.plan_code = 'enterprise' THEN 500 ELSE 0 END
      FROM meter.plan_versions v
     CROSS JOIN (VALUES ('eu', 11000), ('ap', 12500), ('sa', 13000), ('us', 10000)) AS r (region, basis_points)
     WHERE v.plan_code <> 'legacy';

    ------------------------------------------------------------------------------------------------
    -- Tenants: the first 300 of all name pairs in md5 order.
    INSERT INTO meter.tenants (slug, name, email, status, plan_code, region, premium_access,
                               low_credit_threshold_ucr, wallet_address, created_at)
    SELECT lower(n.first || '-' || n.second),
           n.first || ' ' || n.second || ' ' || pg_temp.demo_pick('kind' || n.key,
               ARRAY['Labs', 'Logistics', 'Health', 'Analytics', 'Games', 'Robotics', 'Travel', 'Media', 'Bank', 'Studio']),
           pg_temp.demo_pick('mailbox' || n.key, ARRAY['billing', 'ops', 'finance', 'platform', 'admin'])
               || '@' || lower(n.first || n.second) || '.example',
           CASE WHEN pg_temp.demo_draw('status' || n.key) < 0.06 THEN 'suspended' ELSE 'active' END,
           CASE WHEN n.draw_plan < 0.45 THEN 'starter' WHEN n.draw_plan < 0.80 THEN 'growth'
                WHEN n.draw_plan < 0.92 THEN 'enterprise' ELSE 'legacy' END,
           pg_temp.demo_pick('region' || n.key, ARRAY['eu', 'eu', 'us', 'us', 'us', 'ap', 'sa', NULL]),
           pg_temp.demo_draw('premium' || n.key) < CASE WHEN n.draw_plan < 0.45 THEN 0.1 ELSE 0.5 END,
           pg_temp.demo_credits(pg_temp.demo_pick('threshold' || n.key, ARRAY['0', '0', '1', '2', '5', '10'])::numeric),
           CASE WHEN pg_temp.demo_draw('wallet' || n.key) < 0.2 THEN
               '0x' || left(md5('wallet' || n.key) || md5('address' || n.key), 40) END,
           month_before - make_interval(days => 1 + floor(pg_temp.demo_draw('created' || n.key) * 400)::integer)
      FROM (SELECT a.word AS first, b.word AS second, a.word || b.word AS key,
                   pg_temp.demo_draw('plan' || a.word || b.word) AS draw_plan
              FROM unnest(ARRAY['Blue', 'Bright', 'Cedar', 'Copper', 'Coral', 'Crimson', 'Delta', 'Ember', 'Falcon',
                                'Golden', 'Granite', 'Harbor', 'Iron', 'Juniper', 'Lunar', 'Maple', 'Nimbus', 'North',
                                'Onyx', 'Orbit', 'Pine', 'Quartz', 'Rapid', 'Silver', 'Solar', 'Summit', 'Tidal',
                                'Urban', 'Velvet', 'Willow']) AS a (word)
             CROSS JOIN unnest(ARRAY['Arc', 'Bay', 'Bridge', 'Cloud', 'Crest', 'Field', 'Forge', 'Gate', 'Grove',
                                     'Hill', 'Lake', 'Leaf', 'Line', 'Loop', 'Mesa', 'Mill', 'Peak', 'Point', 'Port',
                                     'Ridge', 'River', 'Rock', 'Sky', 'Spark', 'Stone', 'Stream', 'Tower', 'Vale',
                                     'Wave', 'Works']) AS b (word)
             ORDER BY md5(a.word || b.word)
             LIMIT 300) n;

    -- API keys: a third of the tenants hold one to three, some revoked. Demo secrets are derived
    -- from the slug ('md_' || first 40 hex of sha256('demo-key:<slug>:<n>')), never use them elsewhere.
    INSERT INTO meter.api_keys (tenant_id, prefix, key_hash, label, created_at, revoked_at)
    SELECT t.tenant_id, left(k.secret, 8), sha256(convert_to(k.secret, 'UTF8')),
           pg_temp.demo_pick('label' || t.slug || k.n, ARRAY['production', 'staging', 'ci', 'batch jobs', 'mobile app']),
           t.created_at + make_interval(days => 7 * k.n),
           CASE WHEN pg_temp.demo_draw('revoked' || t.slug || k.n) < 0.25 THEN now() - make_interval(days => k.n) END
      FROM meter.tenants t
     CROSS JOIN LATERAL (SELECT g AS n,
                                'md_' || left(encode(sha256(convert_to(format('demo-key:%s:%s', t.slug, g), 'UTF8')), 'hex'), 40)
                                    AS secret
                           FROM generate_series(1, 1 + floor(pg_temp.demo_draw('keys' || t.slug) * 3)::integer) g) k
     WHERE pg_temp.demo_draw('has keys' || t.slug) < 0.34;

    ------------------------------------------------------------------------------------------------
    -- Usage of the last four days (today so far included): each tenant calls endpoints of its plan
    -- (and now and then one it does not have). Decided as metering would, except for balances,
    -- which the ledger below settles; 'no_credits' comes from there.
    CREATE TEMP TABLE demo_calls ON COMMIT DROP AS
    SELECT t.tenant_id, t.slug, t.status, t.premium_access,
           c.at, c.n, r.service, r.endpoint, r.method, r.premium, r.per_call_ucr, r.per_unit_ucr,
           nullif(t.region, '') AS region,
           1 + floor(pg_temp.demo_draw('units' || t.slug || c.n) * CASE WHEN r.per_unit_ucr > 0 THEN 400 ELSE 1 END)::bigint
               AS units,
           coalesce(m.basis_points, 10000) AS basis_points,
           pg_temp.demo_draw('limit' || t.slug || c.n) < 0.01 AS over_limit
      FROM meter.tenants t
     CROSS JOIN LATERAL (SELECT today - make_interval(days => d)
                                    + make_interval(secs => floor(pg_temp.demo_draw(format('at%s/%s/%s', t.slug, d, k)) * 86400)) AS at,
                                format('%s-%s', d, k) AS n
                           FROM generate_series(0, 3) d,
                                generate_series(1, floor(pg_temp.demo_draw('volume' || t.slug) * 60)::integer) k) c
     CROSS JOIN LATERAL (SELECT v.version FROM meter.plan_versions v
                          WHERE v.plan_code = t.plan_code AND v.effective_from <= c.at
                          ORDER BY v.effective_from DESC LIMIT 1) v
     CROSS JOIN LATERAL (SELECT o.*
                           FROM (SELECT er.service, er.endpoint,
                                        CASE er.method WHEN '*' THEN pg_temp.demo_pick('method' || t.slug || c.n, ARRAY['GET', 'POST'])
                                                       ELSE er.method END AS method,
                                        er.premium, er.per_call_ucr, er.per_unit_ucr
                                   FROM meter.endpoint_rules er
                                  WHERE er.plan_code = t.plan_code AND er.version = v.version
                                  UNION ALL
                                 SELECT 'ai', '/vision', 'POST', false, NULL, NULL) o
                          -- One call in thirty tries an endpoint no plan sells.
                          ORDER BY (o.per_call_ucr IS NULL) = (pg_temp.demo_draw('stray' || t.slug || c.n) < 0.033) DESC,
                                   md5(o.endpoint || o.method || t.slug || c.n)
                          LIMIT 1) r
      LEFT JOIN meter.region_multipliers m
             ON m.plan_code = t.plan_code AND m.version = v.version AND m.region = t.region
     WHERE c.at < now();

    ALTER TABLE demo_calls ADD COLUMN decision text, ADD COLUMN credits_ucr bigint NOT NULL DEFAULT 0;
    CREATE INDEX ON demo_calls (tenant_id, at);
    UPDATE demo_calls SET decision = CASE
        WHEN status = 'suspended' AND at > today - interval '2 days' THEN 'suspended'
        WHEN per_call_ucr IS NULL THEN 'not_in_plan'
        WHEN premium AND NOT premium_access THEN 'premium_required'
        WHEN over_limit THEN 'rate_limited'
        ELSE 'allowed' END;

    ------------------------------------------------------------------------------------------------
    -- The ledger, tenant by tenant in time order, so that balances never go negative: last month's
    -- allowance and a top-up, perhaps an adjustment, this month's allowance (expiring what was left
    -- of last month's), and each day's usage. A call the balance cannot pay becomes 'no_credits'.
    FOR tenant IN
        SELECT t.tenant_id, t.slug, v.monthly_allowance_ucr AS allowance
          FROM meter.tenants t
          JOIN LATERAL (SELECT pv.monthly_allowance_ucr FROM meter.plan_versions pv
                         WHERE pv.plan_code = t.plan_code AND pv.effective_from <= month_before
                         ORDER BY pv.effective_from DESC LIMIT 1) v ON true
         ORDER BY t.tenant_id
    LOOP
        balance := 0;
        granted_before := tenant.allowance;
        FOR step IN
            SELECT * FROM (VALUES
                (month_before, 'grant before'),
                (month_before + make_interval(days => 1 + floor(pg_temp.demo_draw('topup' || tenant.slug) * 9)::integer),
                 'top_up'),
                (month_before + interval '15 days', 'adjustment'),
                (month_now, 'month start')) AS s (at, kind)
            UNION ALL
            SELECT day, 'usage' FROM generate_series(today - interval '3 days', today, interval '1 day') AS day
            ORDER BY 1, 2
        LOOP
            IF step.kind = 'grant before' AND granted_before > 0 THEN
                INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, reference, created_at, created_by)
                VALUES (tenant.tenant_id, 'grant', granted_before,
                        format('monthly allowance for %s', to_char(month_before, 'YYYY-MM')),
                        format('allowance:%s', to_char(month_before, 'YYYY-MM')), step.at, 'allowance');
                balance := balance + granted_before;
            ELSIF step.kind = 'top_up' AND pg_temp.demo_draw('pays' || tenant.slug) < 0.85 THEN
                INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, reference, created_at, created_by)
                VALUES (tenant.tenant_id, 'top_up',
                        pg_temp.demo_credits(pg_temp.demo_pick('amount' || tenant.slug,
                                                               ARRAY['0.5', '2', '5', '10', '25', '50', '100'])::numeric),
                        'card payment', format('pi_%s', left(md5('payment' || tenant.slug), 16)), step.at,
                        'billing@meterdesk.example')
                RETURNING balance + amount_ucr INTO balance;
            ELSIF step.kind = 'adjustment' AND pg_temp.demo_draw('adjusted' || tenant.slug) < 0.12 THEN
                INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, created_at, created_by)
                SELECT tenant.tenant_id, 'adjustment', a.amount, a.reason, step.at, 'support@meterdesk.example'
                  FROM (SELECT CASE WHEN balance > 1000000 AND pg_temp.demo_draw('debit' || tenant.slug) < 0.3
                                    THEN -500000 ELSE 1000000 END AS amount) x
                 CROSS JOIN LATERAL (SELECT x.amount, CASE WHEN x.amount < 0
                                                          THEN 'correction: duplicate top-up refunded by card processor'
                                                          ELSE 'goodwill credit after the maps outage' END AS reason) a
                RETURNING balance + amount_ucr INTO balance;
            ELSIF step.kind = 'month start' THEN
                SELECT coalesce(sum(c.credits_ucr), 0) INTO used_before
                  FROM demo_calls c WHERE c.tenant_id = tenant.tenant_id AND c.at < month_now;
                expiring := least(greatest(0, granted_before - used_before), greatest(0, balance));
                INSERT INTO meter.allowance_runs (tenant_id, month, granted_ucr, expired_ucr, ran_at)
                VALUES (tenant.tenant_id, meter.utc_month(month_before), granted_before, 0, month_before),
                       (tenant.tenant_id, meter.utc_month(month_now), tenant.allowance, expiring, month_now);
                INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, reference, created_at, created_by)
                SELECT tenant.tenant_id, e.kind, e.amount, e.reason, e.reference, step.at, 'allowance'
                  FROM (VALUES (1, 'expiry', -expiring,
                                format('unused allowance of %s expired', to_char(month_before, 'YYYY-MM')),
                                format('allowance:%s', to_char(month_before, 'YYYY-MM'))),
                               (2, 'grant', tenant.allowance,
                                format('monthly allowance for %s', to_char(month_now, 'YYYY-MM')),
                                format('allowance:%s', to_char(month_now, 'YYYY-MM'))))
                       AS e (position, kind, amount, reason, reference)
                 WHERE e.amount <> 0
                 ORDER BY e.position;
                balance := balance - expiring + tenant.allowance;
            ELSIF step.kind = 'usage' THEN
                -- Charge the day's allowed calls in time order while the balance lasts.
                WITH priced AS (
                    SELECT c.ctid AS row_id,
                           meter.charge_ucr(c.per_call_ucr, c.per_unit_ucr, c.units, c.basis_points) AS charge,
                           c.at, c.n
                      FROM demo_calls c
                     WHERE c.tenant_id = tenant.tenant_id AND c.decision = 'allowed'
                       AND c.at >= step.at AND c.at < step.at + interval '1 day'
                ), running AS (
                    SELECT p.*, sum(p.charge) OVER (ORDER BY p.at, p.n) AS spent FROM priced p
                )
                UPDATE demo_calls c
                   SET decision = CASE WHEN r.spent <= balance THEN 'allowed' ELSE 'no_credits' END,
                       credits_ucr = CASE WHEN r.spent <= balance THEN r.charge ELSE 0 END
                  FROM running r
                 WHERE c.ctid = r.row_id;
                INSERT INTO meter.ledger (tenant_id, kind, amount_ucr, reason, created_at, created_by)
                SELECT tenant.tenant_id, 'usage', -sum(c.credits_ucr), format('metered calls: %s', count(*)),
                       least(step.at + interval '1 day' - interval '1 second', now()), 'gateway'
                  FROM demo_calls c
                 WHERE c.tenant_id = tenant.tenant_id AND c.decision = 'allowed'
                   AND c.at >= step.at AND c.at < step.at + interval '1 day'
                HAVING sum(c.credits_ucr) > 0
                RETURNING balance + amount_ucr INTO balance;
            END IF;
        END LOOP;
    END LOOP;

    ------------------------------------------------------------------------------------------------
    -- The events, their request ids and their rollups, all from the same calls.
    INSERT INTO meter.usage_events (tenant_id, occurred_at, request_id, service, endpoint, method, region,
                                    units, credits_ucr, decision, status, latency_ms, job)
    SELECT c.tenant_id, c.at, 'req_' || left(md5(c.slug || c.n), 20), c.service, c.endpoint, c.method, c.region,
           c.units, c.credits_ucr, c.decision,
           CASE c.decision WHEN 'not_in_plan' THEN 404 WHEN 'premium_required' THEN 403 WHEN 'suspended' THEN 403
                           WHEN 'rate_limited' THEN 429 WHEN 'no_credits' THEN 402
                           ELSE CASE WHEN pg_temp.demo_draw('error' || c.slug || c.n) < 0.03 THEN 500 ELSE 200 END
           END,
           20 + floor(pg_temp.demo_draw('latency' || c.slug || c.n) * 400)::integer,
           CASE WHEN pg_temp.demo_draw('job' || c.slug || c.n) < 0.1 THEN 'nightly-sync' END
      FROM demo_calls c;

    INSERT INTO meter.request_ids (tenant_id, request_id, decision, credits_ucr, retry_after_s, occurred_at)
    SELECT e.tenant_id, e.request_id, e.decision, e.credits_ucr,
           CASE WHEN e.decision = 'rate_limited' THEN 60 - extract(second FROM e.occurred_at)::integer END,
           e.occurred_at
      FROM meter.usage_events e;

    INSERT INTO meter.usage_rollups (tenant_id, minute, service, endpoint, allowed_calls, denied_not_in_plan,
                                     denied_premium_required, denied_rate_limited, denied_no_credits,
                                     denied_suspended, units, credits_ucr)
    SELECT e.tenant_id, date_trunc('minute', e.occurred_at), e.service, e.endpoint,
           count(*) FILTER (WHERE e.decision = 'allowed'),
           count(*) FILTER (WHERE e.decision = 'not_in_plan'),
           count(*) FILTER (WHERE e.decision = 'premium_required'),
           count(*) FILTER (WHERE e.decision = 'rate_limited'),
           count(*) FILTER (WHERE e.decision = 'no_credits'),
           count(*) FILTER (WHERE e.decision = 'suspended'),
           coalesce(sum(e.units) FILTER (WHERE e.decision = 'allowed'), 0),
           sum(e.credits_ucr)
      FROM meter.usage_events e
     GROUP BY 1, 2, 3, 4;

    -- Operators have already seen some of the alerts the ledger raised.
    UPDATE meter.alerts a
       SET acknowledged_at = now(), acknowledged_by = 'support@meterdesk.example'
     WHERE pg_temp.demo_draw('seen' || a.tenant_id) < 0.4;
END
$demo$;
