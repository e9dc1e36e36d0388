#include "nonce_allocator.h"

#include <algorithm>

namespace meterdesk::chain {

std::uint64_t NonceAllocator::reserve(std::uint64_t nodePendingCount) {
    const std::uint64_t nonce = std::max(next_.value_or(0), nodePendingCount);
    next_ = nonce + 1;
    return nonce;
}

void NonceAllocator::release(std::uint64_t nonce) {
    if (next_ && *next_ == nonce + 1)
        next_ = nonce;
    else
        next_.reset();
}

} // namespace meterdesk::chain
