-- Invoices: drafts built from the usage rollups and the ledger (core/store/invoice_builder), issued
-- under a gapless number per year, then immutable. A correction is a credit note that references
-- the invoice it corrects; an invoice issued in error is voided, never edited or deleted.

-- Who issues the invoices and what a credit costs in the billing currency: a single row, edited by
-- admins. The values below are examples for a fresh database; operators set their own.
CREATE TABLE meter.billing_settings (
    singleton                     boolean PRIMARY KEY DEFAULT true
                                  CONSTRAINT billing_settings_single_row CHECK (singleton),
    issuer_name                   text NOT NULL
                                  CONSTRAINT issuer_name_length CHECK (length(btrim(issuer_name)) BETWEEN 1 AND 200),
    issuer_address                text NOT NULL DEFAULT ''
                                  CONSTRAINT issuer_address_length CHECK (length(issuer_address) <= 500),
    issuer_email                  text NOT NULL DEFAULT ''
                                  CONSTRAINT issuer_email_length CHECK (length(issuer_email) <= 254),
    issuer_tax_id                 text NOT NULL DEFAULT ''
                                  CONSTRAINT issuer_tax_id_length CHECK (length(issuer_tax_id) <= 50),
    -- The price of one credit, as core/billing's CurrencyRate: minor units (cents) per credit are
    -- minor_units_per_credit_scaled / 10^rate_decimals.
    currency                      text NOT NULL CONSTRAINT currency_code_format CHECK (currency ~ '^[A-Z]{3}$'),
    minor_units_per_credit_scaled bigint NOT NULL
                                  CONSTRAINT rate_positive CHECK (minor_units_per_credit_scaled >= 1),
    rate_decimals                 integer NOT NULL CONSTRAINT rate_decimals_range CHECK (rate_decimals BETWEEN 0 AND 18),
    currency_decimals             integer NOT NULL
                                  CONSTRAINT currency_decimals_range CHECK (currency_decimals BETWEEN 0 AND 4),
    platform_fee_basis_points     integer NOT NULL DEFAULT 250
                                  CONSTRAINT platform_fee_range CHECK (platform_fee_basis_points BETWEEN 0 AND 10000)
);

INSERT INTO meter.billing_settings (issuer_name, issuer_address, issuer_email, issuer_tax_id, currency,
                                    minor_units_per_credit_scaled, rate_decimals, currency_decimals)
VALUES ('Meterdesk Example Ltd', E'1 Example Street\nLondon EC1A 1AA\nUnited Kingdom', 'billing@example.com',
        'GB000000000', 'EUR', 100, 0, 2); -- one euro per credit

-- Tax by the tenant's region; a region not listed (or a tenant without one) is taxed at 0.
CREATE TABLE meter.tax_rates (
    region       text PRIMARY KEY CONSTRAINT tax_region_format CHECK (region ~ '^[a-z]{2,16}$'),
    basis_points integer NOT NULL CONSTRAINT tax_basis_points_range CHECK (basis_points BETWEEN 0 AND 10000)
);

-- Demo values.
INSERT INTO meter.tax_rates (region, basis_points)
VALUES ('eu', 2000), ('us', 0), ('ap', 1000), ('sa', 1800), ('uk', 2000), ('ch', 810);

-- The last number issued in each calendar year (UTC). meter.issue_invoice increments it inside the
-- issuing transaction, so a rolled-back issue rolls the counter back too: no gaps, and the row lock
-- makes concurrent issuers take turns, so no duplicates.
CREATE TABLE meter.invoice_numbers (
    year        integer PRIMARY KEY CONSTRAINT invoice_year_range CHECK (year BETWEEN 2000 AND 9999),
    last_number bigint NOT NULL CONSTRAINT last_number_non_negative CHECK (last_number >= 0)
);

-- Tenant, issuer, rates and totals are copied in when the invoice is made, so that a later change
-- of the tenant or of the settings never changes an invoice.
CREATE TABLE meter.invoices (
    tenant_id                     bigint NOT NULL REFERENCES meter.tenants (tenant_id),
    invoice_id                    bigint GENERATED ALWAYS AS IDENTITY,
    status                        text NOT NULL DEFAULT 'draft'
                                  CONSTRAINT invoice_status_known CHECK (status IN ('draft', 'issued', 'void')),
    number                        text UNIQUE CONSTRAINT invoice_number_format CHECK (number ~ '^MD-[0-9]{4}-[0-9]{6,}$'),
    credit_note_for               bigint,
    period_start                  timestamptz NOT NULL,
    period_end                    timestamptz NOT NULL,
    tenant_slug                   text NOT NULL,
    tenant_name                   text NOT NULL,
    tenant_email                  text NOT NULL,
    tenant_region                 text NOT NULL DEFAULT '',
    plan_code                     text NOT NULL,
    issuer_name                   text NOT NULL,
    issuer_address                text NOT NULL,
    issuer_email                  text NOT NULL,
    issuer_tax_id                 text NOT NULL,
    currency                      text NOT NULL CONSTRAINT invoice_currency_format CHECK (currency ~ '^[A-Z]{3}$'),
    minor_units_per_credit_scaled bigint NOT NULL,
    rate_decimals                 integer NOT NULL,
    currency_decimals             integer NOT NULL,
    platform_fee_basis_points     integer NOT NULL,
    tax_basis_points              integer NOT NULL,
    subtotal_ucr                  bigint NOT NULL,
    platform_fee_ucr              bigint NOT NULL,
    tax_ucr                       bigint NOT NULL,
    total_ucr                     bigint NOT NULL,
    subtotal_minor                bigint NOT NULL,
    platform_fee_minor            bigint NOT NULL,
    tax_minor                     bigint NOT NULL,
    total_minor                   bigint NOT NULL,
    -- The tenant's credit account in the period, from the ledger (a statement, not billed).
    top_ups_ucr                   bigint NOT NULL DEFAULT 0,
    grants_ucr                    bigint NOT NULL DEFAULT 0,
    refunds_ucr                   bigint NOT NULL DEFAULT 0,
    usage_ucr                     bigint NOT NULL DEFAULT 0,
    adjustments_ucr               bigint NOT NULL DEFAULT 0,
    expired_ucr                   bigint NOT NULL DEFAULT 0,
    content_sha256                text CONSTRAINT content_sha256_format CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    created_at                    timestamptz NOT NULL DEFAULT now(),
    created_by                    text NOT NULL DEFAULT meter.current_operator(),
    issued_at                     timestamptz,
    issued_by                     text,
    voided_at                     timestamptz,
    voided_by                     text,
    void_reason                   text CONSTRAINT void_reason_length CHECK (length(void_reason) <= 500),
    PRIMARY KEY (tenant_id, invoice_id),
    FOREIGN KEY (tenant_id, credit_note_for) REFERENCES meter.invoices (tenant_id, invoice_id),
    CONSTRAINT invoice_period_order CHECK (period_end > period_start),
    CONSTRAINT issued_invoice_complete CHECK (
        (status = 'draft') = (number IS NULL) AND (status = 'draft') = (issued_at IS NULL)
        AND (status = 'draft') = (issued_by IS NULL) AND (status = 'draft') = (content_sha256 IS NULL)),
    CONSTRAINT void_invoice_complete CHECK (
        (status = 'void') = (voided_at IS NOT NULL) AND (status = 'void') = (voided_by IS NOT NULL)
        AND (status = 'void') = (void_reason IS NOT NULL))
);
-- One live invoice per tenant and period, drafts included: billing a period again takes voiding
-- (or, for a draft, deleting) the first. Credit notes share their invoice's period.
CREATE UNIQUE INDEX invoices_one_per_period ON meter.invoices (tenant_id, period_start, period_end)
    WHERE status <> 'void' AND credit_note_for IS NULL;
-- The console lists a period's invoices for all tenants.
CREATE INDEX invoices_by_period ON meter.invoices (period_start, tenant_id);

CREATE TABLE meter.invoice_lines (
    tenant_id    bigint NOT NULL,
    invoice_id   bigint NOT NULL,
    position     integer NOT NULL CONSTRAINT line_position_positive CHECK (position >= 1),
    -- usage: a service and endpoint under one tariff version; allowance and refund: credits the
    -- tenant does not pay for; escrow: a settlement of the period, for reference (amount 0).
    kind         text NOT NULL CONSTRAINT line_kind_known CHECK (kind IN ('usage', 'allowance', 'refund', 'escrow')),
    description  text NOT NULL CONSTRAINT line_description_length CHECK (length(description) BETWEEN 1 AND 500),
    service      text,
    endpoint     text,
    plan_version integer,
    covers_from  timestamptz,
    covers_until timestamptz,
    calls        bigint NOT NULL DEFAULT 0 CONSTRAINT line_calls_non_negative CHECK (calls >= 0),
    units        bigint NOT NULL DEFAULT 0 CONSTRAINT line_units_non_negative CHECK (units >= 0),
    -- The version's list prices, when one price serves every method of the endpoint.
    per_call_ucr bigint,
    per_unit_ucr bigint,
    amount_ucr   bigint NOT NULL,
    amount_minor bigint NOT NULL,
    reference    text CONSTRAINT line_reference_length CHECK (length(reference) <= 200),
    PRIMARY KEY (tenant_id, invoice_id, position),
    FOREIGN KEY (tenant_id, invoice_id) REFERENCES meter.invoices (tenant_id, invoice_id) ON DELETE CASCADE
);

-- The canonical text of an invoice, whose SHA-256 is stored when it is issued: everything the
-- invoice says, as JSON (jsonb prints keys in one fixed order), with instants as Unix seconds so
-- that the session's TimeZone cannot change it. Status and voiding are not content: a voided
-- invoice keeps its hash.
CREATE FUNCTION meter.invoice_canonical_text(invoice meter.invoices) RETURNS text
    LANGUAGE sql STABLE SET search_path = meter, pg_temp
BEGIN ATOMIC
    SELECT jsonb_build_object(
        'format', 'meterdesk-invoice-1',
        'tenant_id', invoice.tenant_id,
        'invoice_id', invoice.invoice_id,
        'number', invoice.number,
        'credit_note_for', invoice.credit_note_for,
        'issued_at', extract(epoch FROM invoice.issued_at)::bigint,
        'period', jsonb_build_array(extract(epoch FROM invoice.period_start)::bigint,
                                    extract(epoch FROM invoice.period_end)::bigint),
        'tenant', jsonb_build_array(invoice.tenant_slug, invoice.tenant_name, invoice.tenant_email,
                                    invoice.tenant_region, invoice.plan_code),
        'issuer', jsonb_build_array(invoice.issuer_name, invoice.issuer_address, invoice.issuer_email,
                                    invoice.issuer_tax_id),
        'rate', jsonb_build_array(invoice.currency, invoice.minor_units_per_credit_scaled,
                                  invoice.rate_decimals, invoice.currency_decimals),
        'fees', jsonb_build_array(invoice.platform_fee_basis_points, invoice.tax_basis_points),
        'totals_ucr', jsonb_build_array(invoice.subtotal_ucr, invoice.platform_fee_ucr, invoice.tax_ucr,
                                        invoice.total_ucr),
        'totals_minor', jsonb_build_array(invoice.subtotal_minor, invoice.platform_fee_minor,
                                          invoice.tax_minor, invoice.total_minor),
        'account_ucr', jsonb_build_array(invoice.top_ups_ucr, invoice.grants_ucr, invoice.refunds_ucr,
                                         invoice.usage_ucr, invoice.adjustments_ucr, invoice.expired_ucr),
        'lines', coalesce((
            SELECT jsonb_agg(jsonb_build_array(
                       l.position, l.kind, l.description, l.service, l.endpoint, l.plan_version,
                       extract(epoch FROM l.covers_from)::bigint, extract(epoch FROM l.covers_until)::bigint,
                       l.calls, l.units, l.per_call_ucr, l.per_unit_ucr, l.amount_ucr, l.amount_minor,
                       l.reference) ORDER BY l.position)
              FROM meter.invoice_lines l
             WHERE l.tenant_id = invoice.tenant_id AND l.invoice_id = invoice.invoice_id), '[]'::jsonb)
    )::text;
END;

CREATE FUNCTION meter.invoice_content_sha256(invoice meter.invoices) RETURNS text
    LANGUAGE sql STABLE SET search_path = meter, pg_temp
    RETURN encode(sha256(convert_to(meter.invoice_canonical_text(invoice), 'UTF8')), 'hex');

-- True when the two rows differ in no column other than `changeable`.
CREATE FUNCTION meter.only_changed(old_row jsonb, new_row jsonb, changeable text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (old_row - changeable) = (new_row - changeable);

-- An invoice is born a draft and changes only twice: draft -> issued (meter.issue_invoice, which
-- gives it its number; the content hash is taken here, from the rows as they are issued) and
-- issued -> void (meter.void_invoice). Everything else is refused, for every role, the owner
-- included. Only drafts may be deleted.
CREATE FUNCTION meter.guard_invoice() RETURNS trigger
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' OR NEW.number IS NOT NULL OR NEW.content_sha256 IS NOT NULL THEN
            RAISE EXCEPTION 'invoices are created as drafts: status, number and content_sha256 are set by issuing'
                USING ERRCODE = '23000';
        END IF;
        IF NEW.credit_note_for IS NOT NULL AND NOT EXISTS (
               SELECT FROM invoices i
                WHERE i.tenant_id = NEW.tenant_id AND i.invoice_id = NEW.credit_note_for AND i.status = 'issued') THEN
            RAISE EXCEPTION 'credit_note_for % must be an issued invoice of tenant %', NEW.credit_note_for, NEW.tenant_id
                USING ERRCODE = '22023';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'invoice % is %: only drafts may be deleted', OLD.number, OLD.status
                USING ERRCODE = '23000', HINT = 'Void it, or correct it with a credit note.';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.number IS NOT NULL
       AND only_changed(to_jsonb(OLD), to_jsonb(NEW),
                        ARRAY['status', 'number', 'issued_at', 'issued_by', 'content_sha256']) THEN
        NEW.content_sha256 := invoice_content_sha256(NEW);
        RETURN NEW;
    END IF;
    IF OLD.status = 'issued' AND NEW.status = 'void'
       AND only_changed(to_jsonb(OLD), to_jsonb(NEW), ARRAY['status', 'voided_at', 'voided_by', 'void_reason']) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'invoice % is %: it can only be issued (a draft) or voided (an issued invoice), nothing else',
                    coalesce(OLD.number, format('draft %s', OLD.invoice_id)), OLD.status
        USING ERRCODE = '23000', HINT = 'A draft is rebuilt; an issued invoice is corrected by a credit note.';
END
$$;

CREATE TRIGGER invoices_guard BEFORE INSERT OR UPDATE OR DELETE ON meter.invoices
    FOR EACH ROW EXECUTE FUNCTION meter.guard_invoice();

-- Lines change only while their invoice is a draft. The invoice row is share-locked, so a line
-- cannot slip in while the invoice is being issued (which locks it for update). SECURITY DEFINER:
-- the lock needs a privilege that the roles writing drafts do not have.
CREATE FUNCTION meter.require_draft_invoice(tenant_id bigint, invoice_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    parent_status text;
BEGIN
    SELECT i.status INTO parent_status
      FROM invoices i
     WHERE i.tenant_id = require_draft_invoice.tenant_id AND i.invoice_id = require_draft_invoice.invoice_id
       FOR SHARE;
    -- Not found: the draft itself is being deleted (this is its cascade), or the foreign key
    -- refuses the line anyway.
    IF parent_status <> 'draft' THEN
        RAISE EXCEPTION 'invoice_id % is %: its lines cannot change', require_draft_invoice.invoice_id, parent_status
            USING ERRCODE = '23000', HINT = 'Correct an issued invoice with a credit note.';
    END IF;
END
$$;

CREATE FUNCTION meter.guard_invoice_line() RETURNS trigger
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM require_draft_invoice(OLD.tenant_id, OLD.invoice_id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    PERFORM require_draft_invoice(NEW.tenant_id, NEW.invoice_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER invoice_lines_guard BEFORE INSERT OR UPDATE OR DELETE ON meter.invoice_lines
    FOR EACH ROW EXECUTE FUNCTION meter.guard_invoice_line();

CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON meter.invoices
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER invoice_lines_no_truncate BEFORE TRUNCATE ON meter.invoice_lines
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();
CREATE TRIGGER invoice_numbers_no_truncate BEFORE TRUNCATE ON meter.invoice_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION meter.refuse_change();

-- Issues a draft: takes the next number of the current UTC year and returns it. Nothing else may
-- write meter.invoice_numbers, and nothing but this function sets an invoice's number.
CREATE FUNCTION meter.issue_invoice(tenant_id bigint, invoice_id bigint) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    issue_year constant integer := extract(year FROM now() AT TIME ZONE 'UTC')::integer;
    current_status text;
    sequence_number bigint;
    new_number text;
BEGIN
    SELECT i.status INTO current_status
      FROM invoices i
     WHERE i.tenant_id = issue_invoice.tenant_id AND i.invoice_id = issue_invoice.invoice_id
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invoice_id %: tenant % has no such invoice', issue_invoice.invoice_id, issue_invoice.tenant_id
            USING ERRCODE = 'P0002';
    END IF;
    IF current_status <> 'draft' THEN
        RAISE EXCEPTION 'invoice_id % is already %: only a draft can be issued', issue_invoice.invoice_id, current_status
            USING ERRCODE = '23000';
    END IF;

    INSERT INTO invoice_numbers (year, last_number) VALUES (issue_year, 0) ON CONFLICT DO NOTHING;
    UPDATE invoice_numbers n SET last_number = n.last_number + 1
     WHERE n.year = issue_year
    RETURNING n.last_number INTO sequence_number;
    new_number := format('MD-%s-%s', issue_year, lpad(sequence_number::text, greatest(6, length(sequence_number::text)), '0'));

    UPDATE invoices i
       SET status = 'issued', number = new_number, issued_at = now(), issued_by = current_operator()
     WHERE i.tenant_id = issue_invoice.tenant_id AND i.invoice_id = issue_invoice.invoice_id;
    RETURN new_number;
END
$$;

CREATE FUNCTION meter.void_invoice(tenant_id bigint, invoice_id bigint, reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    current_status text;
BEGIN
    IF coalesce(btrim(reason), '') = '' THEN
        RAISE EXCEPTION 'reason must not be empty: voiding an invoice must say why' USING ERRCODE = '22023';
    END IF;
    IF length(reason) > 500 THEN
        RAISE EXCEPTION 'reason must be at most 500 characters' USING ERRCODE = '22023';
    END IF;
    SELECT i.status INTO current_status
      FROM invoices i
     WHERE i.tenant_id = void_invoice.tenant_id AND i.invoice_id = void_invoice.invoice_id
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invoice_id %: tenant % has no such invoice', void_invoice.invoice_id, void_invoice.tenant_id
            USING ERRCODE = 'P0002';
    END IF;
    IF current_status <> 'issued' THEN
        RAISE EXCEPTION 'invoice_id % is %: only an issued invoice can be voided', void_invoice.invoice_id, current_status
            USING ERRCODE = '23000', HINT = 'A draft is deleted instead.';
    END IF;
    UPDATE invoices i
       SET status = 'void', voided_at = now(), voided_by = current_operator(), void_reason = btrim(reason)
     WHERE i.tenant_id = void_invoice.tenant_id AND i.invoice_id = void_invoice.invoice_id;
END
$$;

-- Drafts a credit note for an issued invoice: the same period, parties and rates, every line and
-- total negated (core/billing's rounding is symmetric, so negating the lines negates the totals).
-- Returns the credit note's invoice_id; issue it with meter.issue_invoice.
CREATE FUNCTION meter.draft_credit_note(tenant_id bigint, invoice_id bigint) RETURNS bigint
    LANGUAGE plpgsql SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    note_id bigint;
BEGIN
    INSERT INTO invoices (tenant_id, credit_note_for, period_start, period_end, tenant_slug, tenant_name,
                          tenant_email, tenant_region, plan_code, issuer_name, issuer_address, issuer_email,
                          issuer_tax_id, currency, minor_units_per_credit_scaled, rate_decimals,
                          currency_decimals, platform_fee_basis_points, tax_basis_points, subtotal_ucr,
                          platform_fee_ucr, tax_ucr, total_ucr, subtotal_minor, platform_fee_minor, tax_minor,
                          total_minor)
    SELECT i.tenant_id, i.invoice_id, i.period_start, i.period_end, i.tenant_slug, i.tenant_name, i.tenant_email,
           i.tenant_region, i.plan_code, i.issuer_name, i.issuer_address, i.issuer_email, i.issuer_tax_id,
           i.currency, i.minor_units_per_credit_scaled, i.rate_decimals, i.currency_decimals,
           i.platform_fee_basis_points, i.tax_basis_points, -i.subtotal_ucr, -i.platform_fee_ucr, -i.tax_ucr,
           -i.total_ucr, -i.subtotal_minor, -i.platform_fee_minor, -i.tax_minor, -i.total_minor
      FROM invoices i
     WHERE i.tenant_id = draft_credit_note.tenant_id AND i.invoice_id = draft_credit_note.invoice_id
    RETURNING invoices.invoice_id INTO note_id;
    IF note_id IS NULL THEN
        RAISE EXCEPTION 'invoice_id %: tenant % has no such invoice', draft_credit_note.invoice_id,
                        draft_credit_note.tenant_id
            USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO invoice_lines (tenant_id, invoice_id, position, kind, description, service, endpoint, plan_version,
                               covers_from, covers_until, calls, units, per_call_ucr, per_unit_ucr, amount_ucr,
                               amount_minor, reference)
    SELECT l.tenant_id, note_id, l.position, l.kind, l.description, l.service, l.endpoint, l.plan_version,
           l.covers_from, l.covers_until, l.calls, l.units, l.per_call_ucr, l.per_unit_ucr, -l.amount_ucr,
           -l.amount_minor, l.reference
      FROM invoice_lines l
     WHERE l.tenant_id = draft_credit_note.tenant_id AND l.invoice_id = draft_credit_note.invoice_id
     ORDER BY l.position;
    RETURN note_id;
END
$$;

-- Lines are covered by their invoice's audit rows: the content hash in the issued row's after
-- image seals them, and auditing each line would double the writes of a 1,000-tenant run.
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON meter.invoices
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('tenant_id', 'invoice_id');
CREATE TRIGGER billing_settings_audit AFTER INSERT OR UPDATE OR DELETE ON meter.billing_settings
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('singleton');
CREATE TRIGGER tax_rates_audit AFTER INSERT OR UPDATE OR DELETE ON meter.tax_rates
    FOR EACH ROW EXECUTE FUNCTION meter.audit_row('region');

-- Billing and admin make, issue and void invoices; support and viewer read them (SELECT on every
-- table comes from 0008's default privileges). Numbers are written by issue_invoice alone.
GRANT INSERT, DELETE ON meter.invoices, meter.invoice_lines TO meterdesk_admin, meterdesk_billing;
GRANT EXECUTE ON FUNCTION
    meter.issue_invoice(bigint, bigint), meter.void_invoice(bigint, bigint, text),
    meter.draft_credit_note(bigint, bigint)
    TO meterdesk_admin, meterdesk_billing;
GRANT EXECUTE ON FUNCTION meter.require_draft_invoice(bigint, bigint) TO meterdesk_admin, meterdesk_billing;
GRANT EXECUTE ON FUNCTION meter.invoice_canonical_text(meter.invoices), meter.invoice_content_sha256(meter.invoices)
    TO meterdesk_admin, meterdesk_billing, meterdesk_support, meterdesk_viewer;
GRANT UPDATE ON meter.billing_settings TO meterdesk_admin;
GRANT INSERT, UPDATE, DELETE ON meter.tax_rates TO meterdesk_admin;
