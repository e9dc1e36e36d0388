#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace meterdesk::chain {

// Keccak-256 as Ethereum uses it (the original padding, not NIST SHA3-256): 32 bytes.
QByteArray keccak256(QByteArrayView data);

} // namespace meterdesk::chain
