-- Monthly allowances: at the start of every month each tenant is granted its plan's allowance,
-- and what is left of the previous allowance expires. Runs lazily on a tenant's first metered
-- call of the month (0007) and for everyone through run_allowances().

-- One row per tenant and month that was run: the primary key makes each run happen exactly once.
CREATE TABLE meter.allowance_runs (
    tenant_id   bigint NOT NULL REFERENCES meter.tenants (tenant_id),
    month       date NOT NULL CONSTRAINT allowance_month_first_day CHECK (extract(day FROM month) = 1),
    granted_ucr bigint NOT NULL CONSTRAINT granted_non_negative CHECK (granted_ucr >= 0),
    expired_ucr bigint NOT NULL CONSTRAINT expired_non_negative CHECK (expired_ucr >= 0),
    ran_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, month)
);

CREATE FUNCTION meter.require_month(month date) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF month IS NULL OR extract(day FROM month) <> 1 THEN
        RAISE EXCEPTION 'month must be the first day of a month (got %)', coalesce(month::text, 'null')
            USING ERRCODE = '22023';
    END IF;
END
$$;

-- Starts `month` for one tenant: expires what is left of its previous allowance and grants the new
-- one. Returns false when that month (or a later one) was already run. The allowance is that of
-- the version in force when the month starts, or now for a month already under way; the
-- previous allowance is consumed by the usage between its month's start and this month's start
-- (usage spends the allowance before purchased credits), as core/billing's allowanceExpiry:
--   expiry = min(max(0, granted - used), max(0, balance)).
CREATE FUNCTION meter.apply_allowance(tenant_id bigint, month date) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    balance bigint;
    previous record;
    used bigint;
    expiring bigint := 0;
    allowance bigint;
BEGIN
    PERFORM require_month(apply_allowance.month);
    -- The balance lock first, as metering takes it: runs racing for a tenant queue up here.
    balance := lock_balance(apply_allowance.tenant_id);
    IF EXISTS (SELECT FROM allowance_runs r
                WHERE r.tenant_id = apply_allowance.tenant_id AND r.month >= apply_allowance.month) THEN
        RETURN false;
    END IF;

    SELECT r.month, r.granted_ucr INTO previous
      FROM allowance_runs r
     WHERE r.tenant_id = apply_allowance.tenant_id
     ORDER BY r.month DESC LIMIT 1;
    IF FOUND AND previous.granted_ucr > 0 THEN
        SELECT -coalesce(sum(l.amount_ucr), 0) INTO used
          FROM ledger l
         WHERE l.tenant_id = apply_allowance.tenant_id AND l.kind = 'usage'
           AND l.created_at >= month_start(previous.month) AND l.created_at < month_start(apply_allowance.month);
        expiring := least(greatest(0, previous.granted_ucr - used), greatest(0, balance));
    END IF;

    SELECT coalesce((SELECT v.monthly_allowance_ucr
                       FROM tenants t JOIN plan_versions v ON v.plan_code = t.plan_code
                      WHERE t.tenant_id = apply_allowance.tenant_id
                        AND v.effective_from <= greatest(month_start(apply_allowance.month), now())
                      ORDER BY v.effective_from DESC LIMIT 1), 0)
      INTO allowance;

    INSERT INTO allowance_runs (tenant_id, month, granted_ucr, expired_ucr)
    VALUES (apply_allowance.tenant_id, apply_allowance.month, allowance, expiring)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    -- One statement, so that alerts see the net change: an expiry immediately refilled by the new
    -- grant is not a low balance.
    INSERT INTO ledger (tenant_id, kind, amount_ucr, reason, reference)
    SELECT apply_allowance.tenant_id, e.kind, e.amount_ucr, e.reason, e.reference
      FROM (VALUES (1, 'expiry', -expiring,
                    format('unused allowance of %s expired', to_char(previous.month, 'YYYY-MM')),
                    format('allowance:%s', to_char(previous.month, 'YYYY-MM'))),
                   (2, 'grant', allowance,
                    format('monthly allowance for %s', to_char(apply_allowance.month, 'YYYY-MM')),
                    format('allowance:%s', to_char(apply_allowance.month, 'YYYY-MM'))))
           AS e (position, kind, amount_ucr, reason, reference)
     WHERE e.amount_ucr <> 0
     ORDER BY e.position;
    RETURN true;
END
$$;

-- Starts `month` for every tenant that has not started it yet (the CLI's `allowance run`);
-- returns how many tenants it started. Tenants are taken in tenant_id order, the lock order of
-- metering, and their balance rows stay locked until the caller commits.
CREATE FUNCTION meter.run_allowances(month date DEFAULT meter.utc_month(now())) RETURNS integer
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
    RETURN started;
END
$$;
