-- Tenants (the API customers), their balances and their API keys.

CREATE TABLE meter.tenants (
    tenant_id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                     text COLLATE "C" NOT NULL UNIQUE
                             CONSTRAINT tenant_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name                     text NOT NULL
                             CONSTRAINT tenant_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    email                    text NOT NULL
                             CONSTRAINT tenant_email_format
                             CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
    status                   text NOT NULL DEFAULT 'active'
                             CONSTRAINT tenant_status_known CHECK (status IN ('active', 'suspended')),
    plan_code                text NOT NULL REFERENCES meter.plans (code),
    region                   text CONSTRAINT tenant_region_format CHECK (region ~ '^[a-z]{2,16}$'),
    premium_access           boolean NOT NULL DEFAULT false,
    low_credit_threshold_ucr bigint NOT NULL DEFAULT 0
                             CONSTRAINT low_credit_threshold_non_negative CHECK (low_credit_threshold_ucr >= 0),
    wallet_address           text
                             CONSTRAINT wallet_address_format CHECK (wallet_address ~ '^0x[0-9a-f]{40}$'),
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    row_version              integer NOT NULL DEFAULT 1
);

-- Search and keyset paging over millions of tenants. The console filters with ILIKE '%text%' on
-- slug, name and email (served by the trigram indexes, prefixes included) and pages by
-- (sort column, tenant_id).
CREATE INDEX tenants_slug_trgm ON meter.tenants USING gin (slug gin_trgm_ops);
CREATE INDEX tenants_name_trgm ON meter.tenants USING gin (name gin_trgm_ops);
CREATE INDEX tenants_email_trgm ON meter.tenants USING gin (email gin_trgm_ops);
CREATE INDEX tenants_name_page ON meter.tenants (name, tenant_id);
CREATE INDEX tenants_email_page ON meter.tenants (email, tenant_id);
CREATE INDEX tenants_status_page ON meter.tenants (status, tenant_id);
CREATE INDEX tenants_plan_page ON meter.tenants (plan_code, tenant_id);
CREATE INDEX tenants_region_page ON meter.tenants ((coalesce(region, '')), tenant_id);
CREATE INDEX tenants_created_page ON meter.tenants (created_at, tenant_id);

CREATE FUNCTION meter.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER tenants_row_version BEFORE UPDATE ON meter.tenants
    FOR EACH ROW EXECUTE FUNCTION meter.bump_row_version();
CREATE TRIGGER tenants_updated_at BEFORE UPDATE ON meter.tenants
    FOR EACH ROW EXECUTE FUNCTION meter.touch_updated_at();

-- The sum of a tenant's ledger, kept by the ledger's trigger (0003) and by nothing else, so that
-- metering can check and charge it under one row lock. It never goes negative: metering denies
-- calls it cannot pay, and ledger entries that would overdraw it (an adjustment, say) are refused.
-- Updated by every metered call: no index beyond the key, and room on each page, so that updates
-- stay heap-only (HOT).
CREATE TABLE meter.balances (
    tenant_id   bigint PRIMARY KEY REFERENCES meter.tenants (tenant_id) ON DELETE CASCADE,
    balance_ucr bigint NOT NULL DEFAULT 0 CONSTRAINT balance_never_negative CHECK (balance_ucr >= 0),
    updated_at  timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 50);

-- Every tenant has a balance row from birth, so that metering always has a row to lock.
-- SECURITY DEFINER: operators may create tenants but never write balances themselves.
CREATE FUNCTION meter.open_balances() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
BEGIN
    INSERT INTO balances (tenant_id) SELECT tenant_id FROM created_tenants;
    RETURN NULL;
END
$$;

CREATE TRIGGER tenants_open_balances AFTER INSERT ON meter.tenants
    REFERENCING NEW TABLE AS created_tenants
    FOR EACH STATEMENT EXECUTE FUNCTION meter.open_balances();

CREATE TABLE meter.api_keys (
    tenant_id  bigint NOT NULL REFERENCES meter.tenants (tenant_id),
    key_id     bigint GENERATED ALWAYS AS IDENTITY,
    prefix     text NOT NULL,
    key_hash   bytea NOT NULL CONSTRAINT key_hash_is_sha256 CHECK (length(key_hash) = 32),
    label      text CONSTRAINT api_key_label_length CHECK (length(label) <= 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    PRIMARY KEY (tenant_id, key_id)
);

CREATE FUNCTION meter.raise_unknown_tenant(tenant_id bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'tenant_id %: no such tenant', tenant_id USING ERRCODE = 'P0002';
END
$$;

-- Issues a key and returns its secret, which exists only in this result: the table keeps the
-- SHA-256 of it and a short prefix to recognise it by.
CREATE FUNCTION meter.issue_api_key(tenant_id bigint, label text)
    RETURNS TABLE (key_id bigint, secret text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
DECLARE
    -- 20 random bytes (160 bits) from two v4 UUIDs (244 random bits) through SHA-256.
    new_secret constant text := 'md_' || encode(substring(sha256(convert_to(
                                    gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')) FROM 1 FOR 20), 'hex');
    new_key_id bigint;
BEGIN
    IF issue_api_key.label IS NOT NULL AND length(issue_api_key.label) > 100 THEN
        RAISE EXCEPTION 'label must be at most 100 characters' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT FROM tenants t WHERE t.tenant_id = issue_api_key.tenant_id) THEN
        PERFORM raise_unknown_tenant(issue_api_key.tenant_id);
    END IF;
    INSERT INTO api_keys (tenant_id, prefix, key_hash, label)
    VALUES (issue_api_key.tenant_id, left(new_secret, 8), sha256(convert_to(new_secret, 'UTF8')),
            nullif(btrim(issue_api_key.label), ''))
    RETURNING api_keys.key_id INTO new_key_id;
    RETURN QUERY SELECT new_key_id, new_secret;
END
$$;

-- Revokes a key; true when it was active until now, false when it was already revoked.
CREATE FUNCTION meter.revoke_api_key(tenant_id bigint, key_id bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = meter, pg_temp AS
$$
#variable_conflict use_column
BEGIN
    IF NOT EXISTS (SELECT FROM api_keys k
                    WHERE k.tenant_id = revoke_api_key.tenant_id AND k.key_id = revoke_api_key.key_id) THEN
        RAISE EXCEPTION 'key_id %: tenant % has no such API key', revoke_api_key.key_id, revoke_api_key.tenant_id
            USING ERRCODE = 'P0002';
    END IF;
    UPDATE api_keys k SET revoked_at = now()
     WHERE k.tenant_id = revoke_api_key.tenant_id AND k.key_id = revoke_api_key.key_id AND k.revoked_at IS NULL;
    RETURN FOUND;
END
$$;
