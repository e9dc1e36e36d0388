-- The prepaid-credit ledger, the balances it keeps, and the alerts raised when a balance runs low.

-- Append-only. Sign rules (those of core/billing, with zero amounts refused because a zero entry
-- records nothing): grant, top_up and refund add credits; usage and expiry remove them; an
-- adjustment goes either way and must say why.
-- It references the balance it moves (which every tenant has) rather than the tenant: that row is
-- already locked by whoever writes credits, so the key check costs no further row lock.
CREATE TABLE meter.ledger (
    tenant_id  bigint NOT NULL REFERENCES meter.balances (tenant_id),
    entry_id   bigint GENERATED ALWAYS AS IDENTITY,
    kind       text NOT NULL
               CONSTRAINT ledger_kind_known
               CHECK (kind IN ('grant', 'top_up', 'usage', 'refund', 'adjustment', 'expiry')),
    amount_ucr bigint NOT NULL,
    reason     text CONSTRAINT ledger_reason_length CHECK (length(reason) <= 500),
    reference  text CONSTRAINT ledger_reference_length CHECK (length(reference) <= 200),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT meter.current_operator(),
    PRIMARY KEY (tenant_id, entry_id),
    CONSTRAINT ledger_amount_sign CHECK (CASE
        WHEN kind IN ('grant', 'top_up', 'refund') THEN amount_ucr > 0
        WHEN kind IN ('usage', 'expiry') THEN amount_ucr < 0
        ELSE amount_ucr <> 0
    END),
    CONSTRAINT adjustment_needs_reason CHECK (kind <> 'adjustment' OR length(btrim(reason)) > 0)
);
-- Serves "a tenant's entries in a period" (statements, allowance expiry).
CREATE INDEX ledger_by_time ON meter.ledger (tenant_id, created_at);

CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON meter.ledger
    FOR EACH ROW EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON meter.ledger
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();

CREATE TABLE meter.alerts (
    tenant_id       bigint NOT NULL REFERENCES meter.tenants (tenant_id),
    alert_id        bigint GENERATED ALWAYS AS IDENTITY,
    kind            text NOT NULL CONSTRAINT alert_kind_known CHECK (kind IN ('low_credit', 'exhausted')),
    balance_ucr     bigint NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by text,
    PRIMARY KEY (tenant_id, alert_id),
    CONSTRAINT acknowledgement_complete CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE INDEX alerts_newest ON meter.alerts (created_at DESC, alert_id DESC);
CREATE INDEX alerts_open ON meter.alerts (created_at DESC, alert_id DESC) WHERE acknowledged_at IS NULL;

-- Applies a statement's new ledger entries to the balances, set-based (metering writes one usage
-- entry per tenant per call, so a batch touches each balance once), and raises an alert where a
-- balance crossed downward: 'exhausted' when it reached zero, otherwise 'low_credit' when it fell
-- below the tenant's threshold (a threshold of 0 therefore never raises 'low_credit').
-- SECURITY DEFINER: nobody writes balances or alerts directly.
CREATE FUNCTION meter.apply_ledger_entries() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
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
    )
    SELECT count(pg_notify('meter_alert', json_build_object(
               'tenant_id', r.tenant_id, 'slug', t.slug, 'alert_id', r.alert_id, 'kind', r.kind,
               'balance_ucr', r.balance_ucr,
               'at', (extract(epoch FROM r.created_at) * 1000)::bigint)::text))
      INTO alerts_raised
      FROM raised r JOIN tenants t ON t.tenant_id = r.tenant_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER ledger_moves_balances AFTER INSERT ON meter.ledger
    REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION meter.apply_ledger_entries();

-- Locks a tenant's balance row and returns the balance. Every writer of a tenant's credits takes
-- this lock first, in tenant_id order when it takes several, so that checks and charges are atomic
-- and concurrent writers cannot deadlock.
CREATE FUNCTION meter.lock_balance(tenant_id bigint) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    balance bigint;
BEGIN
    SELECT b.balance_ucr INTO balance FROM meter.balances b WHERE b.tenant_id = lock_balance.tenant_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM meter.raise_unknown_tenant(lock_balance.tenant_id);
    END IF;
    RETURN balance;
END
$$;

CREATE FUNCTION meter.require_reason(reason text, rule text) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF length(reason) > 500 THEN
        RAISE EXCEPTION 'reason must be at most 500 characters' USING ERRCODE = '22023';
    END IF;
    IF rule = 'required' AND coalesce(btrim(reason), '') = '' THEN
        RAISE EXCEPTION 'reason must not be empty: an adjustment must say why' USING ERRCODE = '22023';
    END IF;
END
$$;

-- Credits bought by the tenant. Returns the new balance.
CREATE FUNCTION meter.top_up(tenant_id bigint, amount_ucr bigint, reason text DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    balance bigint;
BEGIN
    IF amount_ucr IS NULL OR amount_ucr <= 0 THEN
        RAISE EXCEPTION 'amount_ucr must be positive (got %)', coalesce(amount_ucr::text, 'null')
            USING ERRCODE = '22023';
    END IF;
    PERFORM require_reason(reason, 'optional');
    balance := lock_balance(tenant_id);
    INSERT INTO ledger (tenant_id, kind, amount_ucr, reason)
    VALUES (top_up.tenant_id, 'top_up', top_up.amount_ucr, nullif(btrim(top_up.reason), ''));
    RETURN balance + amount_ucr;
END
$$;

-- An operator's correction, either way, with a reason. Refused when it would make the balance
-- negative: the balance is what the tenant can spend, and a debt is not a balance.
-- Returns the new balance.
CREATE FUNCTION meter.adjust(tenant_id bigint, amount_ucr bigint, reason text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
DECLARE
    balance bigint;
BEGIN
    IF amount_ucr IS NULL OR amount_ucr = 0 THEN
        RAISE EXCEPTION 'amount_ucr must not be zero' USING ERRCODE = '22023';
    END IF;
    PERFORM require_reason(reason, 'required');
    balance := lock_balance(tenant_id);
    IF balance + amount_ucr < 0 THEN
        RAISE EXCEPTION 'amount_ucr % would make the balance negative (balance is % µcr)', amount_ucr, balance
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO ledger (tenant_id, kind, amount_ucr, reason)
    VALUES (adjust.tenant_id, 'adjustment', adjust.amount_ucr, btrim(adjust.reason));
    RETURN balance + amount_ucr;
END
$$;

-- Marks an alert as seen by the current operator; true when it was open until now.
CREATE FUNCTION meter.acknowledge_alert(tenant_id bigint, alert_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
BEGIN
    IF NOT EXISTS (SELECT FROM alerts a
                    WHERE a.tenant_id = acknowledge_alert.tenant_id AND a.alert_id = acknowledge_alert.alert_id) THEN
        RAISE EXCEPTION 'alert_id %: tenant % has no such alert', acknowledge_alert.alert_id,
                        acknowledge_alert.tenant_id
            USING ERRCODE = 'P0002';
    END IF;
    UPDATE alerts a SET acknowledged_at = now(), acknowledged_by = current_operator()
     WHERE a.tenant_id = acknowledge_alert.tenant_id AND a.alert_id = acknowledge_alert.alert_id
       AND a.acknowledged_at IS NULL;
    RETURN FOUND;
END
$$;
