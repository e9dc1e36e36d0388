#pragma once

#include <cstdint>
#include <optional>

namespace meterdesk::chain {

// Hands out nonces for several transactions in flight from one account. Before each send
// the sender reports the node's pending transaction count; the allocator takes the larger of
// that and its own next nonce, so transactions it sent that the node has not counted yet are
// not reused, and transactions sent by someone else with the same key are not collided with.
class NonceAllocator {
public:
    // Observe the node's pending count and reserve the next nonce.
    std::uint64_t reserve(std::uint64_t nodePendingCount);
    // The reserved nonce was never accepted by the node: give it back if it was the last one
    // handed out; otherwise forget the local count and trust the node next time.
    void release(std::uint64_t nonce);

private:
    std::optional<std::uint64_t> next_;
};

} // namespace meterdesk::chain
