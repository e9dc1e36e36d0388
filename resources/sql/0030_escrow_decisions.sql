-- The operator's decisions on on-chain escrows: which escrow, what was decided (release, refund,
-- settle), by whom, and where its transaction is. A decision is recorded as pending as soon as
-- its transaction is sent, so that a console restarted before the transaction is mined finds it
-- and follows it to confirmed or failed. Every change is audited like the operators' other edits.

CREATE TABLE meter.escrow_decisions (
    decision_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The payer's tenant when its wallet address is known; the chain knows only addresses.
    tenant_id        bigint REFERENCES meter.tenants (tenant_id),
    chain_id         bigint NOT NULL CONSTRAINT escrow_decision_chain_positive CHECK (chain_id > 0),
    contract_address text NOT NULL
                     CONSTRAINT escrow_decision_contract_format CHECK (contract_address ~ '^0x[0-9a-f]{40}$'),
    escrow_id        text NOT NULL
                     CONSTRAINT escrow_decision_escrow_id_format CHECK (escrow_id ~ '^0x[0-9a-f]{64}$'),
    action           text NOT NULL
                     CONSTRAINT escrow_decision_action_known CHECK (action IN ('release', 'refund', 'settle')),
    -- Token base units paid to the payee by a settlement (uint256 fits in numeric(78)).
    to_payee         numeric(78, 0)
                     CONSTRAINT escrow_decision_to_payee_non_negative CHECK (to_payee >= 0),
    operator         text NOT NULL DEFAULT meter.current_operator(),
    signer_address   text NOT NULL
                     CONSTRAINT escrow_decision_signer_format CHECK (signer_address ~ '^0x[0-9a-f]{40}$'),
    tx_hash          text NOT NULL UNIQUE
                     CONSTRAINT escrow_decision_tx_hash_format CHECK (tx_hash ~ '^0x[0-9a-f]{64}$'),
    nonce            bigint NOT NULL CONSTRAINT escrow_decision_nonce_non_negative CHECK (nonce >= 0),
    status           text NOT NULL DEFAULT 'pending'
                     CONSTRAINT escrow_decision_status_known CHECK (status IN ('pending', 'confirmed', 'failed')),
    block_number     bigint,
    failure_reason   text,
    decided_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    CONSTRAINT escrow_decision_settle_has_amount CHECK ((action = 'settle') = (to_payee IS NOT NULL)),
    CONSTRAINT escrow_decision_resolution_matches_status CHECK (
        CASE status
            WHEN 'pending' THEN resolved_at IS NULL AND block_number IS NULL AND failure_reason IS NULL
            WHEN 'confirmed' THEN resolved_at IS NOT NULL AND block_number IS NOT NULL AND failure_reason IS NULL
            ELSE resolved_at IS NOT NULL AND failure_reason IS NOT NULL
        END)
);

-- The console's escrow detail lists an escrow's decisions; a restart looks for pending ones.
CREATE INDEX escrow_decisions_by_escrow ON meter.escrow_decisions (contract_address, escrow_id, decision_id);
CREATE INDEX escrow_decisions_pending ON meter.escrow_decisions (decision_id) WHERE status = 'pending';
CREATE INDEX escrow_decisions_by_tenant ON meter.escrow_decisions (tenant_id, decision_id) WHERE tenant_id IS NOT NULL;

-- A decision is history: only a pending one may be resolved, once, and only its resolution
-- columns change; nothing is deleted.
CREATE FUNCTION meter.escrow_decision_resolve_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status <> 'pending' THEN
        RAISE EXCEPTION 'escrow decision % is already %: it cannot change', OLD.decision_id, OLD.status
            USING ERRCODE = '23000';
    END IF;
    IF (NEW.decision_id, NEW.tenant_id, NEW.chain_id, NEW.contract_address, NEW.escrow_id, NEW.action,
        NEW.to_payee, NEW.operator, NEW.signer_address, NEW.tx_hash, NEW.nonce, NEW.decided_at)
       IS DISTINCT FROM
       (OLD.decision_id, OLD.tenant_id, OLD.chain_id, OLD.contract_address, OLD.escrow_id, OLD.action,
        OLD.to_payee, OLD.operator, OLD.signer_address, OLD.tx_hash, OLD.nonce, OLD.decided_at) THEN
        RAISE EXCEPTION 'escrow decision %: only status, block_number, failure_reason and resolved_at may change',
            OLD.decision_id USING ERRCODE = '23000';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER escrow_decisions_resolve_only BEFORE UPDATE ON meter.escrow_decisions
    FOR EACH ROW EXECUTE FUNCTION meter.escrow_decision_resolve_only();
CREATE TRIGGER escrow_decisions_no_delete BEFORE DELETE ON meter.escrow_decisions
    FOR EACH ROW EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER escrow_decisions_no_truncate BEFORE TRUNCATE ON meter.escrow_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER escrow_decisions_audit AFTER INSERT OR UPDATE ON meter.escrow_decisions
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('decision_id');

-- Billing and admin decide escrows; every operator role reads the decisions.
GRANT SELECT ON meter.escrow_decisions
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer;
GRANT INSERT, UPDATE (status, block_number, failure_reason, resolved_at) ON meter.escrow_decisions
    TO meterdesk_admin, meterdesk_billing;
