#pragma once

#include <billing/token_amount.h>
#include <billing/validation.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace meterdesk::store {

enum class EscrowDecisionAction { Release, Refund, Settle };
enum class EscrowDecisionStatus { Pending, Confirmed, Failed };

std::string_view toString(EscrowDecisionAction action);
std::string_view toString(EscrowDecisionStatus status);
EscrowDecisionAction escrowDecisionActionFromString(std::string_view text);
EscrowDecisionStatus escrowDecisionStatusFromString(std::string_view text);

// A decision as it is recorded, right after its transaction was sent. Addresses, ids and
// hashes are lower-case 0x hex, as the chain layer prints them.
struct EscrowDecisionDraft {
    std::optional<std::int64_t> tenantId; // the payer's tenant, when its wallet is known
    std::uint64_t chainId = 0;
    std::string contractAddress;
    std::string escrowId;
    EscrowDecisionAction action = EscrowDecisionAction::Release;
    std::optional<billing::TokenAmount> toPayee; // settle only
    std::string signerAddress;
    std::string txHash;
    std::uint64_t nonce = 0;
};

struct EscrowDecision {
    std::int64_t id = 0;
    EscrowDecisionDraft draft;
    std::string operatorName; // the database's current operator when it was recorded
    EscrowDecisionStatus status = EscrowDecisionStatus::Pending;
    std::optional<std::uint64_t> blockNumber;
    std::optional<std::string> failureReason;
    std::chrono::sys_seconds decidedAt{};
    std::optional<std::chrono::sys_seconds> resolvedAt;
};

// Every problem with a draft at once, each naming its field (chainId, contractAddress,
// escrowId, toPayee, signerAddress, txHash) and rule.
std::vector<billing::ValidationIssue> validate(const EscrowDecisionDraft& draft);

// The operator's escrow decisions (meter.escrow_decisions). The database audits every row and
// lets a decision be resolved only once, from pending; roles without the grant are refused
// with StoreError::PermissionDenied.
class EscrowDecisionRepository {
public:
    explicit EscrowDecisionRepository(pqxx::connection_base& connection);

    EscrowDecision record(const EscrowDecisionDraft& draft);
    EscrowDecision markConfirmed(std::int64_t id, std::uint64_t blockNumber);
    // `blockNumber` is the block of a reverted transaction; none for one never mined.
    EscrowDecision markFailed(std::int64_t id, const std::string& reason,
                              std::optional<std::uint64_t> blockNumber);

    std::optional<EscrowDecision> find(std::int64_t id) const;
    // What a restarted console follows again, oldest first.
    std::vector<EscrowDecision> pending() const;
    std::vector<EscrowDecision> forEscrow(const std::string& contractAddress,
                                          const std::string& escrowId) const;
    // Whether the connected role may record decisions, for the console to offer them.
    bool mayDecide() const;
    // The tenant whose wallet is `walletAddress` (lower-case 0x hex), to attribute a decision.
    std::optional<std::int64_t> tenantIdForWallet(const std::string& walletAddress) const;

private:
    EscrowDecision resolve(std::int64_t id, EscrowDecisionStatus status,
                           std::optional<std::uint64_t> blockNumber,
                           const std::optional<std::string>& reason);

    pqxx::connection_base& connection_;
};

} // namespace meterdesk::store
