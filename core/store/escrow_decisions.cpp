#include "escrow_decisions.h"

#include "errors.h"
#include "sql_values.h"

#include <pqxx/pqxx>

#include <array>
#include <regex>
#include <utility>

namespace meterdesk::store {

namespace {

using billing::ValidationIssue;

constexpr std::array<std::pair<EscrowDecisionAction, std::string_view>, 3> kActions{{
    {EscrowDecisionAction::Release, "release"},
    {EscrowDecisionAction::Refund, "refund"},
    {EscrowDecisionAction::Settle, "settle"},
}};

constexpr std::array<std::pair<EscrowDecisionStatus, std::string_view>, 3> kStatuses{{
    {EscrowDecisionStatus::Pending, "pending"},
    {EscrowDecisionStatus::Confirmed, "confirmed"},
    {EscrowDecisionStatus::Failed, "failed"},
}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return name;
    throw std::logic_error("unnamed enum value");
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view text,
             const char* what) {
    for (const auto& [value, name] : names)
        if (name == text)
            return value;
    throw StoreError(StoreError::Kind::Other, std::string("unknown escrow decision ") + what +
                                                  " '" + std::string(text) + "'");
}

constexpr const char* decisionColumns = R"(
    decision_id, tenant_id, chain_id, contract_address, escrow_id, action, to_payee::text,
    signer_address, tx_hash, nonce, operator, status, block_number, failure_reason,
    extract(epoch FROM decided_at)::bigint, extract(epoch FROM resolved_at)::bigint)";

EscrowDecision decisionFromRow(const pqxx::row& row) {
    EscrowDecision decision;
    decision.id = row[0].as<std::int64_t>();
    if (!row[1].is_null())
        decision.draft.tenantId = row[1].as<std::int64_t>();
    decision.draft.chainId = row[2].as<std::uint64_t>();
    decision.draft.contractAddress = row[3].as<std::string>();
    decision.draft.escrowId = row[4].as<std::string>();
    decision.draft.action = escrowDecisionActionFromString(row[5].as<std::string>());
    if (!row[6].is_null())
        decision.draft.toPayee =
            billing::TokenAmount::fromDecimalString(row[6].as<std::string>(), 0);
    decision.draft.signerAddress = row[7].as<std::string>();
    decision.draft.txHash = row[8].as<std::string>();
    decision.draft.nonce = row[9].as<std::uint64_t>();
    decision.operatorName = row[10].as<std::string>();
    decision.status = escrowDecisionStatusFromString(row[11].as<std::string>());
    if (!row[12].is_null())
        decision.blockNumber = row[12].as<std::uint64_t>();
    decision.failureReason = sql::optionalText(row[13]);
    decision.decidedAt = sql::timestamp(row[14]);
    decision.resolvedAt = sql::optionalSeconds(row[15]);
    return decision;
}

std::vector<EscrowDecision> decisionsFrom(const pqxx::result& rows) {
    std::vector<EscrowDecision> decisions;
    for (const auto& row : rows)
        decisions.push_back(decisionFromRow(row));
    return decisions;
}

std::optional<std::string> toPayeeText(const EscrowDecisionDraft& draft) {
    if (!draft.toPayee)
        return std::nullopt;
    return draft.toPayee->toDecimalString(0);
}

} // namespace

std::string_view toString(EscrowDecisionAction action) {
    return nameOf(kActions, action);
}

std::string_view toString(EscrowDecisionStatus status) {
    return nameOf(kStatuses, status);
}

EscrowDecisionAction escrowDecisionActionFromString(std::string_view text) {
    return valueOf(kActions, text, "action");
}

EscrowDecisionStatus escrowDecisionStatusFromString(std::string_view text) {
    return valueOf(kStatuses, text, "status");
}

std::vector<ValidationIssue> validate(const EscrowDecisionDraft& draft) {
    static const std::regex address("0x[0-9a-f]{40}");
    static const std::regex hash32("0x[0-9a-f]{64}");
    std::vector<ValidationIssue> issues;
    if (draft.chainId == 0)
        issues.push_back({"chainId", "positive", "chain id must be positive"});
    if (!std::regex_match(draft.contractAddress, address))
        issues.push_back({"contractAddress", "format",
                          "contract address must be 0x followed by 40 lower-case hex digits"});
    if (!std::regex_match(draft.escrowId, hash32))
        issues.push_back(
            {"escrowId", "format", "escrow id must be 0x followed by 64 lower-case hex digits"});
    if (draft.toPayee.has_value() != (draft.action == EscrowDecisionAction::Settle))
        issues.push_back({"toPayee", "required",
                          "the amount to the payee is given for a settlement and only for one"});
    if (!std::regex_match(draft.signerAddress, address))
        issues.push_back({"signerAddress", "format",
                          "signer address must be 0x followed by 40 lower-case hex digits"});
    if (!std::regex_match(draft.txHash, hash32))
        issues.push_back({"txHash", "format",
                          "transaction hash must be 0x followed by 64 lower-case hex digits"});
    return issues;
}

EscrowDecisionRepository::EscrowDecisionRepository(pqxx::connection_base& connection)
    : connection_(connection) {}

EscrowDecision EscrowDecisionRepository::record(const EscrowDecisionDraft& draft) {
    billing::throwIfInvalid(validate(draft));
    return translatingErrors([&] {
        pqxx::work work(connection_);
        const std::optional<std::string> toPayee = toPayeeText(draft);
        const std::optional<std::string> tenant =
            draft.tenantId ? std::optional<std::string>(std::to_string(*draft.tenantId))
                           : std::nullopt;
        const auto row = work.exec_params1(
            std::string(R"(INSERT INTO meter.escrow_decisions
                   (tenant_id, chain_id, contract_address, escrow_id, action, to_payee,
                    signer_address, tx_hash, nonce)
               VALUES ($1::bigint, $2, $3, $4, $5, $6::numeric, $7, $8, $9) RETURNING )") +
                decisionColumns,
            sql::nullable(tenant), draft.chainId, draft.contractAddress, draft.escrowId,
            std::string(toString(draft.action)), sql::nullable(toPayee), draft.signerAddress,
            draft.txHash, draft.nonce);
        work.commit();
        return decisionFromRow(row);
    });
}

EscrowDecision EscrowDecisionRepository::markConfirmed(std::int64_t id, std::uint64_t blockNumber) {
    return resolve(id, EscrowDecisionStatus::Confirmed, blockNumber, std::nullopt);
}

EscrowDecision EscrowDecisionRepository::markFailed(std::int64_t id, const std::string& reason,
                                                    std::optional<std::uint64_t> blockNumber) {
    if (reason.empty())
        billing::throwIfInvalid(
            {{"failureReason", "required", "a failed decision needs its reason"}});
    return resolve(id, EscrowDecisionStatus::Failed, blockNumber, reason);
}

EscrowDecision EscrowDecisionRepository::resolve(std::int64_t id, EscrowDecisionStatus status,
                                                 std::optional<std::uint64_t> blockNumber,
                                                 const std::optional<std::string>& reason) {
    return translatingErrors([&] {
        pqxx::work work(connection_);
        const std::optional<std::string> block =
            blockNumber ? std::optional<std::string>(std::to_string(*blockNumber)) : std::nullopt;
        const auto rows = work.exec_params(std::string(R"(UPDATE meter.escrow_decisions
                  SET status = $2, block_number = $3::bigint, failure_reason = $4, resolved_at = now()
                WHERE decision_id = $1 RETURNING )") +
                                               decisionColumns,
                                           id, std::string(toString(status)), sql::nullable(block),
                                           sql::nullable(reason));
        if (rows.empty())
            throw StoreError(StoreError::Kind::NotFound,
                             "escrow decision " + std::to_string(id) + " does not exist");
        work.commit();
        return decisionFromRow(rows[0]);
    });
}

std::optional<EscrowDecision> EscrowDecisionRepository::find(std::int64_t id) const {
    return translatingErrors([&]() -> std::optional<EscrowDecision> {
        pqxx::read_transaction read(connection_);
        const auto rows =
            read.exec_params(std::string("SELECT ") + decisionColumns +
                                 " FROM meter.escrow_decisions WHERE decision_id = $1",
                             id);
        if (rows.empty())
            return std::nullopt;
        return decisionFromRow(rows[0]);
    });
}

std::vector<EscrowDecision> EscrowDecisionRepository::pending() const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return decisionsFrom(read.exec(std::string("SELECT ") + decisionColumns +
                                       " FROM meter.escrow_decisions WHERE status = 'pending'"
                                       " ORDER BY decision_id"));
    });
}

std::vector<EscrowDecision> EscrowDecisionRepository::forEscrow(const std::string& contractAddress,
                                                                const std::string& escrowId) const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return decisionsFrom(read.exec_params(
            std::string("SELECT ") + decisionColumns +
                " FROM meter.escrow_decisions WHERE contract_address = $1 AND escrow_id = $2"
                " ORDER BY decision_id",
            contractAddress, escrowId));
    });
}

bool EscrowDecisionRepository::mayDecide() const {
    return translatingErrors([&] {
        pqxx::read_transaction read(connection_);
        return read
            .exec1("SELECT has_table_privilege('meter.escrow_decisions', 'INSERT') AND "
                   "has_column_privilege('meter.escrow_decisions', 'status', 'UPDATE')")[0]
            .as<bool>();
    });
}

std::optional<std::int64_t>
EscrowDecisionRepository::tenantIdForWallet(const std::string& walletAddress) const {
    return translatingErrors([&]() -> std::optional<std::int64_t> {
        pqxx::read_transaction read(connection_);
        const auto rows = read.exec_params("SELECT tenant_id FROM meter.tenants WHERE "
                                           "wallet_address = $1 ORDER BY tenant_id LIMIT 1",
                                           walletAddress);
        if (rows.empty())
            return std::nullopt;
        return rows[0][0].as<std::int64_t>();
    });
}

} // namespace meterdesk::store
